// precis-eval: ROUGE-1.5.5-compatible scoring of summaries. Run `precis-eval --help`.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "rouge.h"

namespace {

using namespace precis::rouge;

const char kUsage[] = R"(precis-eval: ROUGE-1.5.5-compatible summary scoring

Usage:
  precis-eval [OPTIONS] SUMMARY REFERENCE...       score one summary against its references
  precis-eval [OPTIONS] --pairs FILE               score many summaries, print the mean
  precis-eval [OPTIONS] -a CONFIG.xml [SYSTEM...]  run a ROUGE-1.5.5 configuration (all systems,
                                                   or only the SYSTEM ids named)

Summaries and references are plain text, one sentence per line (ROUGE's SPL format; -z SEE for
ROUGE's html). With several references, hits and counts are summed over them before dividing
(ROUGE-1.5.5's -f A). Means are plain means over items (ROUGE-1.5.5 prints the mean of 1000
bootstrap resamples instead; the two differ by up to about 0.001).

Metrics (ROUGE-1.5.5's flags):
  -n N        ROUGE-1 .. ROUGE-N (default 2; -n 0 for none)
  -x          no ROUGE-L (summary-level union LCS over the lines, computed by default)
  -2 GAP      skip-bigram ROUGE-S with at most GAP words between the two (-1: any distance)
  -u          also count unigrams in the skip-bigrams: ROUGE-SU (use with -2)
  -p ALPHA    F = P*R / ((1-ALPHA)*P + ALPHA*R); 0.5 (default) is F1, 1 is precision, 0 recall

Text processing:
  -m          stem: WordNet exception lists (irregular forms, e.g. said -> say), then the Porter
              stemmer, for tokens longer than 3 characters. Tokens are always lower-cased
              runs of [a-z0-9].
  -b BYTES    keep only the first BYTES bytes of every summary and reference (newlines not
              counted; may cut a word)
  -l WORDS    keep only the first WORDS whitespace-separated words of every summary and reference
  -z FORMAT   SPL (default) or SEE, for SUMMARY/REFERENCE/--pairs files
  --unicode   tokens are runs of letters, marks and digits of any script, case-folded (Latin,
              Greek, Cyrillic, Armenian), each CJK ideograph or kana a token of its own. A
              departure from ROUGE-1.5.5, whose tokenizer drops every non-ASCII character
              ("déclaré" becomes "d" "clar"): for text in other languages than English.
              With -m only ASCII tokens are stemmed.
  --wordnet DIR  read {adj,adv,noun,verb}.exc from DIR (default: /usr/share/wordnet, Debian's
              wordnet-base, WordNet 3.0; ROUGE-1.5.5 used WordNet 2.0's lists)
  -e DIR      ROUGE-1.5.5's data directory: its WordNet-2.0-Exceptions/*.exc are used if present
  --no-wordnet   Porter stemming only

Input and output:
  --pairs FILE   one item per line: SUMMARY<TAB>REFERENCE1[<TAB>REFERENCE2...]; relative paths
              are relative to FILE's directory; blank lines and lines starting with # are skipped
  -a          the positional argument is a ROUGE-1.5.5 XML configuration (ROUGE_EVAL, as given
              to ROUGE-1.5.5.pl); prints per-system means in ROUGE-1.5.5's layout
  --peer-root DIR, --model-root DIR
              replace the configuration's PEER-ROOT / MODEL-ROOT. A configured root that does not
              exist is looked for beside the configuration file (<config dir>/<last component>).
  -d          also print the scores of every item / evaluation (ROUGE-1.5.5's "Eval" lines)
  -h, --help  this text

Accepted for compatibility with ROUGE-1.5.5 command lines: -f A (the only mode), -t 0 (the only
unit), -c CF and -r N (no bootstrap here), -w W (ROUGE-W is not computed; ignored with a note), -v.

Example, NIST's DUC 2006 run (its flags, verbatim):
  precis-eval -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d rougejk.in
)";

struct Cli {
  Options opt;
  bool per_item = false;
  bool config = false;
  bool no_wordnet = false;
  std::string wordnet_dir, rouge_data_dir, pairs, peer_root, model_root;
  InputFormat format = InputFormat::kSpl;
  std::vector<std::string> args;
};

int usage_error(const std::string &msg) {
  std::cerr << "precis-eval: " << msg << "\n(see precis-eval --help)\n";
  return 2;
}

bool parse_number(const std::string &s, double *out) {
  char *end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return !s.empty() && end != nullptr && *end == '\0';
}

bool parse_int(const std::string &s, long *out) {
  char *end = nullptr;
  *out = std::strtol(s.c_str(), &end, 10);
  return !s.empty() && end != nullptr && *end == '\0';
}

// Returns 0 on success, an exit status otherwise (-1: --help printed).
int parse_args(int argc, char **argv, Cli *cli) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string *v) {
      if (i + 1 >= argc) return false;
      *v = argv[++i];
      return true;
    };
    std::string v;
    long n = 0;
    double x = 0;
    if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return -1;
    } else if (a == "-n") {
      if (!value(&v) || !parse_int(v, &n) || n < 0 || n > 64) return usage_error("-n needs N >= 0");
      cli->opt.max_n = static_cast<int>(n);
    } else if (a == "-x") {
      cli->opt.lcs = false;
    } else if (a == "-2") {
      if (!value(&v) || !parse_int(v, &n) || n < -1) return usage_error("-2 needs GAP >= -1");
      cli->opt.skip = true;
      cli->opt.skip_gap = static_cast<int>(n);
    } else if (a == "-u") {
      cli->opt.skip_unigrams = true;
    } else if (a == "-U") {
      return usage_error("-U is not supported (use -2 GAP -u)");
    } else if (a == "-p") {
      if (!value(&v) || !parse_number(v, &x) || x < 0 || x > 1)
        return usage_error("-p needs ALPHA in [0, 1]");
      cli->opt.alpha = x;
    } else if (a == "-m") {
      cli->opt.stem = true;
    } else if (a == "-b" || a == "-l") {
      if (!value(&v) || !parse_int(v, &n) || n < 0) return usage_error(a + " needs a count >= 0");
      (a == "-b" ? cli->opt.byte_limit : cli->opt.word_limit) = static_cast<std::size_t>(n);
    } else if (a == "-z") {
      if (!value(&v)) return usage_error("-z needs SPL or SEE");
      if (v == "SPL" || v == "spl") {
        cli->format = InputFormat::kSpl;
      } else if (v == "SEE" || v == "see") {
        cli->format = InputFormat::kSee;
      } else {
        return usage_error("-z " + v + " is not supported (SPL or SEE)");
      }
    } else if (a == "--wordnet") {
      if (!value(&cli->wordnet_dir)) return usage_error("--wordnet needs DIR");
    } else if (a == "-e") {
      if (!value(&cli->rouge_data_dir)) return usage_error("-e needs DIR");
    } else if (a == "--unicode") {
      cli->opt.unicode = true;
    } else if (a == "--no-wordnet") {
      cli->no_wordnet = true;
    } else if (a == "--pairs") {
      if (!value(&cli->pairs)) return usage_error("--pairs needs FILE");
    } else if (a == "-a") {
      cli->config = true;
    } else if (a == "--peer-root") {
      if (!value(&cli->peer_root)) return usage_error("--peer-root needs DIR");
    } else if (a == "--model-root") {
      if (!value(&cli->model_root)) return usage_error("--model-root needs DIR");
    } else if (a == "-d") {
      cli->per_item = true;
    } else if (a == "-f") {
      if (!value(&v) || v != "A")
        return usage_error("only -f A (hits and counts summed over references) is supported");
    } else if (a == "-t") {
      if (!value(&v) || v != "0") return usage_error("only -t 0 (sentence units) is supported");
    } else if (a == "-c" || a == "-r") {
      if (!value(&v)) return usage_error(a + " needs a value");
    } else if (a == "-w") {
      if (!value(&v)) return usage_error("-w needs a weight");
      std::cerr << "precis-eval: note: ROUGE-W is not computed, -w ignored\n";
    } else if (a == "-v") {
      // verbose: nothing more to say
    } else if (a == "-s" || a == "-3" || a == "-M") {
      return usage_error(a + " is not supported");
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error("unknown option " + a);
    } else {
      cli->args.push_back(a);
    }
  }
  if (cli->opt.byte_limit != 0 && cli->opt.word_limit != 0)
    return usage_error("use either -b or -l, not both");
  if (cli->opt.skip_unigrams && !cli->opt.skip) return usage_error("-u needs -2 GAP");
  const int modes = (cli->config ? 1 : 0) + (cli->pairs.empty() ? 0 : 1);
  if (modes > 1) return usage_error("-a and --pairs are separate modes");
  if (cli->config && cli->args.empty()) return usage_error("-a needs a configuration file");
  if (!cli->pairs.empty() && !cli->args.empty())
    return usage_error("--pairs takes no SUMMARY/REFERENCE arguments");
  if (modes == 0 && cli->args.size() < 2) return usage_error("give SUMMARY and at least one REFERENCE");
  return 0;
}

bool setup_stemmer(const Cli &cli, Stemmer *stemmer) {
  if (!cli.opt.stem || cli.no_wordnet) return true;
  std::vector<std::string> dirs;
  if (!cli.wordnet_dir.empty()) {
    dirs.push_back(cli.wordnet_dir);
  } else if (!cli.rouge_data_dir.empty()) {
    dirs.push_back(cli.rouge_data_dir + "/WordNet-2.0-Exceptions");
    dirs.push_back(cli.rouge_data_dir);
  } else {
    dirs = default_wordnet_dirs();
  }
  for (const std::string &d : dirs) {
    if (stemmer->load_wordnet(d, nullptr)) return true;
  }
  if (!cli.wordnet_dir.empty() || !cli.rouge_data_dir.empty()) {
    std::cerr << "precis-eval: no WordNet exception files ({adj,adv,noun,verb}.exc) in " << dirs[0];
    for (std::size_t i = 1; i < dirs.size(); ++i) std::cerr << " or " << dirs[i];
    std::cerr << "\n";
    return false;
  }
  std::cerr << "precis-eval: note: WordNet exception lists not found (apt-get install "
               "wordnet-base); stemming with Porter only, which can move ROUGE-1 by up to about "
               "0.005 from ROUGE-1.5.5\n";
  return true;
}

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", v);
  return buf;
}

void print_table(const std::vector<std::string> &names, const std::vector<Score> &scores,
                 std::size_t items, double alpha) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-12s %9s %9s %9s   (alpha %.2g, %zu item%s)\n", "metric",
                "recall", "precision", "F", alpha, items, items == 1 ? "" : "s");
  std::cout << buf;
  for (std::size_t k = 0; k < names.size(); ++k) {
    std::snprintf(buf, sizeof buf, "%-12s %9.5f %9.5f %9.5f\n", names[k].c_str(), scores[k].recall,
                  scores[k].precision, scores[k].f);
    std::cout << buf;
  }
}

void print_eval_line(const std::string &prefix, const std::string &metric, const std::string &label,
                     const Score &s) {
  std::cout << prefix << metric << " Eval " << label << " R:" << fmt(s.recall)
            << " P:" << fmt(s.precision) << " F:" << fmt(s.f) << "\n";
}

bool load_doc(Scorer *scorer, const std::string &path, InputFormat format, Document *doc) {
  std::string text;
  if (!read_text_file(path, &text)) {
    std::cerr << "precis-eval: cannot read " << path << "\n";
    return false;
  }
  *doc = scorer->prepare_text(text, format);
  return true;
}

int run_items(const Cli &cli, Scorer *scorer,
              const std::vector<std::vector<std::string>> &items) {
  const std::vector<std::string> names = scorer->metric_names();
  Mean mean;
  for (const auto &paths : items) {
    Document peer;
    std::vector<Document> refs(paths.size() - 1);
    if (!load_doc(scorer, paths[0], cli.format, &peer)) return 1;
    std::vector<const Document *> models;
    for (std::size_t i = 1; i < paths.size(); ++i) {
      if (!load_doc(scorer, paths[i], cli.format, &refs[i - 1])) return 1;
      models.push_back(&refs[i - 1]);
    }
    const std::vector<Score> s = scorer->score(peer, models);
    if (cli.per_item) {
      for (std::size_t k = 0; k < names.size(); ++k) print_eval_line("", names[k], paths[0], s[k]);
    }
    mean.add(s);
  }
  print_table(names, mean.mean(), mean.items(), cli.opt.alpha);
  return 0;
}

int run_pairs(const Cli &cli, Scorer *scorer) {
  std::string text;
  if (!read_text_file(cli.pairs, &text)) {
    std::cerr << "precis-eval: cannot read " << cli.pairs << "\n";
    return 1;
  }
  const std::filesystem::path base = std::filesystem::path(cli.pairs).parent_path();
  std::vector<std::vector<std::string>> items;
  std::istringstream in(text);
  std::string line;
  std::size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream ls(line);
    std::string f;
    while (std::getline(ls, f, '\t')) {
      if (f.empty()) continue;
      const std::filesystem::path p(f);
      fields.push_back(p.is_absolute() ? f : (base / p).string());
    }
    if (fields.size() < 2) {
      std::cerr << "precis-eval: " << cli.pairs << ":" << lineno
                << ": expected SUMMARY<TAB>REFERENCE...\n";
      return 1;
    }
    items.push_back(std::move(fields));
  }
  if (items.empty()) {
    std::cerr << "precis-eval: " << cli.pairs << " lists no items\n";
    return 1;
  }
  return run_items(cli, scorer, items);
}

int run_config_mode(const Cli &cli, Scorer *scorer) {
  const std::string &path = cli.args[0];
  std::string xml, error, notes;
  if (!read_text_file(path, &xml)) {
    std::cerr << "precis-eval: cannot read " << path << "\n";
    return 1;
  }
  std::vector<EvalItem> items;
  if (!parse_config(xml, &items, &error)) {
    std::cerr << "precis-eval: " << path << ": " << error << "\n";
    return 1;
  }
  Roots roots{cli.peer_root, cli.model_root, std::filesystem::path(path).parent_path().string()};
  const std::vector<std::string> systems(cli.args.begin() + 1, cli.args.end());
  std::vector<EvalScores> per_eval;
  std::vector<SystemMean> means;
  if (!run_config(scorer, items, roots, systems, &per_eval, &means, &notes, &error)) {
    std::cerr << notes << "precis-eval: " << error << "\n";
    return 1;
  }
  std::cerr << notes;
  const std::vector<std::string> names = scorer->metric_names();
  for (const SystemMean &sm : means) {
    for (std::size_t k = 0; k < names.size(); ++k) {
      const std::string p = sm.system + " " + names[k];
      const std::string tail = " (plain mean of " + std::to_string(sm.evals) + " evaluations)\n";
      std::cout << "---------------------------------------------\n"
                << p << " Average_R: " << fmt(sm.mean[k].recall) << tail
                << p << " Average_P: " << fmt(sm.mean[k].precision) << tail
                << p << " Average_F: " << fmt(sm.mean[k].f) << tail;
      if (cli.per_item) {
        std::cout << ".............................................\n";
        for (const EvalScores &e : per_eval) {
          if (e.system == sm.system)
            print_eval_line(sm.system + " ", names[k], e.eval_id + "." + e.system, e.scores[k]);
        }
      }
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char **argv) {
  Cli cli;
  const int rc = parse_args(argc, argv, &cli);
  if (rc != 0) return rc < 0 ? 0 : rc;
  Scorer scorer(cli.opt);
  if (!setup_stemmer(cli, &scorer.stemmer())) return 1;
  if (cli.config) return run_config_mode(cli, &scorer);
  if (!cli.pairs.empty()) return run_pairs(cli, &scorer);
  return run_items(cli, &scorer, {cli.args});
}
