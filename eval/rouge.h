// precis_rouge: a re-implementation of the ROUGE-1.5.5 scorer (Lin 2004) for evaluating summaries.
//
// Host code (C++17 standard library). What it reproduces, option by option, and where it differs
// from the Perl original is documented in eval/README.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace precis {
namespace rouge {

// Scoring options; the names in brackets are ROUGE-1.5.5's flags.
struct Options {
  int max_n = 2;                // ROUGE-1 .. ROUGE-max_n [-n]; 0 computes no ROUGE-N
  bool lcs = true;              // ROUGE-L, summary-level union LCS [off with -x]
  bool skip = false;            // skip-bigram ROUGE-S [-2 GAP]
  int skip_gap = 4;             // at most this many words between the two words; < 0: unlimited
  bool skip_unigrams = false;   // count unigrams too: ROUGE-SU [-u]
  bool stem = false;            // WordNet exceptions + Porter stemming, tokens > 3 chars [-m]
  std::size_t byte_limit = 0;   // keep only the first N bytes of every summary [-b]; 0: all
  std::size_t word_limit = 0;   // keep only the first N words of every summary [-l]; 0: all
  double alpha = 0.5;           // F = P*R / ((1-alpha)*P + alpha*R) [-p]
  // Not in ROUGE-1.5.5 (whose tokenizer drops every non-ASCII character, so "déclaré" becomes
  // "d" "clar"): tokens are runs of letters, marks and digits of any script, case-folded, each
  // CJK ideograph or kana a token of its own (tokenize_unicode). [--unicode]
  bool unicode = false;
};

enum class InputFormat { kSpl, kSee };

// Reads ROUGE-1.5.5 input: one sentence per line (SPL: lines trimmed, empty lines dropped) or
// SEE html, lower-cases A-Z and applies ROUGE-1.5.5's -l/-b truncation (see truncate_lines).
std::vector<std::string> read_sentences(const std::string &text, InputFormat format,
                                        std::size_t word_limit, std::size_t byte_limit);

// ROUGE-1.5.5's checkSummarySize, line by line: a line that fits the remaining budget is kept;
// the first line that does not is cut to the budget (by whitespace-separated words for -l, by
// bytes for -b, possibly mid-word) and later lines are dropped, except that, as in ROUGE-1.5.5,
// a later line that still fits the budget left before the cut line is kept too.
std::vector<std::string> truncate_lines(const std::vector<std::string> &lines,
                                        std::size_t word_limit, std::size_t byte_limit);

// ROUGE-1.5.5's tokenizer: every character outside [a-z0-9] is a separator (input is already
// lower-cased; A-Z is treated as a separator too, like the Perl).
std::vector<std::string> tokenize(const std::string &line);

// The --unicode tokenizer: runs of letters, combining marks and digits of any script (every code
// point from U+00C0 that is not punctuation, a symbol, a space or an emoji), case-folded for Latin,
// Greek, Cyrillic and Armenian capitals; a CJK ideograph, kana or full-width letter is a token by
// itself (those scripts put no spaces between words). Invalid UTF-8 bytes separate tokens.
std::vector<std::string> tokenize_unicode(const std::string &line);

// ROUGE-1.5.5's -m: tokens longer than 3 characters are looked up in WordNet's exception lists
// (irregular forms: "said" -> "say") and otherwise Porter-stemmed with precis::detail::porter_stem.
class Stemmer {
 public:
  // Reads {adj,adv,noun,verb}.exc from `dir` in that order ("form base ..." per line; the first
  // base counts and a later entry for the same form replaces an earlier one, as ROUGE-1.5.5's
  // buildExeptionDB.pl does). Returns false (and says why in `error`) if none could be read.
  bool load_wordnet(const std::string &dir, std::string *error);
  void add_exception(const std::string &form, const std::string &base) { exc_[form] = base; }
  std::size_t exception_count() const { return exc_.size(); }
  std::string stem(const std::string &token) const;

 private:
  std::unordered_map<std::string, std::string> exc_;
};

// The directories searched for WordNet exception files by default (Debian's wordnet-base).
std::vector<std::string> default_wordnet_dirs();

// Counts of every distinct gram of one kind, sorted by gram.
struct GramCounts {
  std::vector<std::pair<std::u32string, std::uint32_t>> grams;
  std::uint64_t total = 0;
};

// A summary prepared for scoring: token ids per sentence and its gram counts. Token ids belong
// to the Scorer that prepared it: only compare Documents prepared by the same Scorer.
struct Document {
  std::vector<std::vector<std::uint32_t>> sentences;
  std::vector<GramCounts> ngrams;  // [n-1] for n = 1 .. max(1, max_n)
  GramCounts skip;                 // skip-bigrams (and unigrams with skip_unigrams)
  std::size_t token_count() const;
};

struct Score {
  double recall = 0, precision = 0, f = 0;
};

// One metric's hits and counts, summed over the references (ROUGE-1.5.5's -f A).
struct Counts {
  std::uint64_t hit = 0, model = 0, peer = 0;
};

double f_measure(double recall, double precision, double alpha);
Score score_of(const Counts &c, double alpha);

class Scorer {
 public:
  explicit Scorer(const Options &options) : opt_(options) {}
  const Options &options() const { return opt_; }
  Stemmer &stemmer() { return stemmer_; }

  // Metric names in output order: ROUGE-1..N, ROUGE-L, ROUGE-S<gap>/ROUGE-SU<gap>.
  std::vector<std::string> metric_names() const;

  // Prepares already truncated, lower-cased sentences (see read_sentences).
  Document prepare(const std::vector<std::string> &sentences);
  // Prepares raw text: read_sentences with the options' limits, then prepare.
  Document prepare_text(const std::string &text, InputFormat format = InputFormat::kSpl);

  // Hits and counts of every metric (metric_names() order), summed over the references.
  std::vector<Counts> counts(const Document &peer, const std::vector<const Document *> &models) const;
  // Recall, precision and F of every metric (metric_names() order).
  std::vector<Score> score(const Document &peer, const std::vector<const Document *> &models) const;

 private:
  Options opt_;
  Stemmer stemmer_;
  std::unordered_map<std::string, std::uint32_t> vocab_;
};

// Hits of the summary-level union LCS of ROUGE-1.5.5: for every reference sentence the union of
// its LCS positions with each summary sentence, each hit clipped by the remaining count of that
// token in the reference and in the summary. Exposed for tests.
std::uint64_t union_lcs_hits(const Document &peer, const Document &model);

// Plain mean of per-item scores.
class Mean {
 public:
  void add(const std::vector<Score> &scores);
  std::size_t items() const { return n_; }
  std::vector<Score> mean() const;

 private:
  std::vector<Score> sum_;
  std::size_t n_ = 0;
};

// ---- ROUGE-1.5.5 XML configuration ("ROUGE_EVAL") ----
struct EvalItem {
  std::string id;
  std::string peer_root, model_root;
  InputFormat format = InputFormat::kSpl;
  std::vector<std::pair<std::string, std::string>> peers;   // (system id, file)
  std::vector<std::pair<std::string, std::string>> models;  // (model id, file)
};

bool read_text_file(const std::string &path, std::string *out);

// Parses the <EVAL> items of a ROUGE-1.5.5 configuration. Returns false with `error` set on a
// malformed file or an unsupported INPUT-FORMAT.
bool parse_config(const std::string &xml, std::vector<EvalItem> *items, std::string *error);

// Where the files of a configuration are. A root given here replaces the configuration's; a
// configured root that does not exist is looked for as <config_dir>/<its last component> (so a
// copy of NIST's run, whose roots are absolute paths on NIST's machines, works where it lies).
struct Roots {
  std::string peer_root, model_root, config_dir;
};

struct EvalScores {
  std::string eval_id, system;
  std::vector<Score> scores;
};

struct SystemMean {
  std::string system;
  std::size_t evals = 0;
  std::vector<Score> mean;
};

// Scores every peer of every item (only the systems in `systems` when it is not empty) against
// the item's models (-f A), then averages each system's scores over the items it appears in
// (plain mean; ROUGE-1.5.5 prints the mean of its bootstrap resamples instead). Systems are
// ordered by id as strings, like ROUGE-1.5.5. `notes` collects remarks for stderr.
bool run_config(Scorer *scorer, const std::vector<EvalItem> &items, const Roots &roots,
                const std::vector<std::string> &systems, std::vector<EvalScores> *per_eval,
                std::vector<SystemMean> *means, std::string *notes, std::string *error);

}  // namespace rouge
}  // namespace precis
