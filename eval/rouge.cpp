// precis_rouge: ROUGE-1.5.5 re-implemented. See rouge.h and eval/README.md.
#include "rouge.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <unordered_map>

#include "stem.h"

namespace precis {
namespace rouge {
namespace {

// Perl's \s (space, \t, \n, \v, \f, \r).
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string lower_ascii(std::string s) {
  for (char &c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string trim(const std::string &s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// Perl's split(/\s+/, $s): a leading empty field when $s starts with whitespace, none at the end.
std::vector<std::string> perl_split_ws(const std::string &s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  if (!s.empty() && is_space(s[0])) {
    out.emplace_back();
    while (i < s.size() && is_space(s[i])) ++i;
  }
  while (i < s.size()) {
    std::size_t j = i;
    while (j < s.size() && !is_space(s[j])) ++j;
    out.push_back(s.substr(i, j - i));
    while (j < s.size() && is_space(s[j])) ++j;
    i = j;
  }
  return out;
}

// Sorted counts of a list of grams.
GramCounts count_grams(std::vector<std::u32string> grams) {
  GramCounts out;
  out.total = grams.size();
  std::sort(grams.begin(), grams.end());
  for (std::size_t i = 0; i < grams.size();) {
    std::size_t j = i + 1;
    while (j < grams.size() && grams[j] == grams[i]) ++j;
    out.grams.emplace_back(std::move(grams[i]), static_cast<std::uint32_t>(j - i));
    i = j;
  }
  return out;
}

// Sum over shared grams of the smaller count.
std::uint64_t gram_hits(const GramCounts &a, const GramCounts &b) {
  std::uint64_t hit = 0;
  auto i = a.grams.begin(), j = b.grams.begin();
  while (i != a.grams.end() && j != b.grams.end()) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      hit += std::min(i->second, j->second);
      ++i;
      ++j;
    }
  }
  return hit;
}

std::string skip_name(const Options &o) {
  std::string name = o.skip_unigrams ? "ROUGE-SU" : "ROUGE-S";
  return name + (o.skip_gap < 0 ? std::string("*") : std::to_string(o.skip_gap));
}

bool read_file(const std::string &path, std::string *out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace

// ---- Reading and tokenization ----

std::vector<std::string> truncate_lines(const std::vector<std::string> &lines,
                                        std::size_t word_limit, std::size_t byte_limit) {
  std::vector<std::string> out;
  std::size_t wsize = 0, bsize = 0;
  bool done = false;
  for (const std::string &text : lines) {
    const std::vector<std::string> words = perl_split_ws(text);
    if ((word_limit == 0 && byte_limit == 0) ||
        (word_limit != 0 && words.size() + wsize <= word_limit) ||
        (byte_limit != 0 && text.size() + bsize <= byte_limit)) {
      out.push_back(text);
      wsize += words.size();
      bsize += text.size();
    } else if (word_limit != 0) {
      if (!done) {
        std::string cut;
        const std::size_t keep = word_limit > wsize ? word_limit - wsize : 0;
        for (std::size_t i = 0; i < keep && i < words.size(); ++i) {
          if (i > 0) cut += ' ';
          cut += words[i];
        }
        out.push_back(cut);
        done = true;
      }
    } else if (!done) {
      out.push_back(text.substr(0, byte_limit > bsize ? byte_limit - bsize : 0));
      done = true;
    }
  }
  return out;
}

std::vector<std::string> read_sentences(const std::string &text, InputFormat format,
                                        std::size_t word_limit, std::size_t byte_limit) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  if (format == InputFormat::kSpl) {
    while (std::getline(in, line)) {
      line = trim(line);
      if (!line.empty()) lines.push_back(lower_ascii(line));
    }
  } else {
    static const std::regex see(
        "^<a size=\"[0-9]+\" name=\"[0-9]+\">\\[([0-9]+)\\]</a>\\s+<a href=\"#[0-9]+\" "
        "id=[0-9]+>([^<]+)");
    std::smatch m;
    while (std::getline(in, line)) {
      if (std::regex_search(line, m, see)) lines.push_back(lower_ascii(m[2].str()));
    }
  }
  return truncate_lines(lines, word_limit, byte_limit);
}

std::vector<std::string> tokenize(const std::string &line) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur += c;
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

namespace {

// One code point at s[i], advancing i; U+FFFD for an invalid byte.
char32_t decode_at(const std::string &s, std::size_t *i) {
  const unsigned char c = static_cast<unsigned char>(s[*i]);
  std::size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                  : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < len; ++k) {
    const unsigned char b = static_cast<unsigned char>(s[*i + k]);
    if ((b & 0xC0u) != 0x80u) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3Fu);
  }
  *i += len;
  return cp;
}

void append_utf8(char32_t cp, std::string *out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_unicode_word(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;  // Latin-1 signs
  if (cp == 0x37E || cp == 0x387 || cp == 0x589 || cp == 0x5BE || cp == 0x5C0 || cp == 0x5C3 ||
      cp == 0x5F3 || cp == 0x5F4) return false;                             // Greek, Armenian, Hebrew marks
  if ((cp >= 0x600 && cp <= 0x60F) || cp == 0x61B || cp == 0x61E || cp == 0x61F || cp == 0x66A ||
      cp == 0x66B || cp == 0x66C || cp == 0x66D || cp == 0x6D4) return false;  // Arabic punctuation
  if (cp == 0x964 || cp == 0x965 || cp == 0x970) return false;              // Devanagari danda
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;                            // punctuation, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;                            // CJK punctuation
  if (cp >= 0xFE10 && cp <= 0xFE6F) return false;                            // vertical/small forms
  if ((cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
      (cp >= 0xFF5B && cp <= 0xFF65)) return false;                          // full-width punctuation
  if (cp >= 0x1F000 && cp <= 0x1FFFF) return false;                          // emoji
  return true;
}

// Scripts written without spaces: every character is a token.
bool is_unspaced(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

char32_t fold_case(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x137 && (cp & 1) == 0) return cp + 1;
  if (cp >= 0x139 && cp <= 0x148 && (cp & 1) == 1) return cp + 1;
  if (cp >= 0x14A && cp <= 0x177 && (cp & 1) == 0) return cp + 1;
  if (cp == 0x178) return 0xFF;
  if (cp >= 0x179 && cp <= 0x17E && (cp & 1) == 1) return cp + 1;
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;  // Greek
  if (cp >= 0x386 && cp <= 0x38F) return cp == 0x386 ? 0x3AC : cp <= 0x38A ? cp + 37 : cp == 0x38C ? 0x3CC : cp + 63;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;  // Cyrillic
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  if (cp >= 0x531 && cp <= 0x556) return cp + 48;  // Armenian
  if (cp >= 0xFF21 && cp <= 0xFF3A) return cp + 32;  // full-width Latin
  return cp;
}

}  // namespace

std::vector<std::string> tokenize_unicode(const std::string &line) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t cp = decode_at(line, &i);
    if (!is_unicode_word(cp)) {
      if (!cur.empty()) out.push_back(cur), cur.clear();
      continue;
    }
    if (is_unspaced(cp)) {
      if (!cur.empty()) out.push_back(cur), cur.clear();
      std::string one;
      append_utf8(cp, &one);
      out.push_back(one);
      continue;
    }
    append_utf8(fold_case(cp), &cur);
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// ---- Stemming ----
namespace {

// Porter's measure m of a lower-case a-z word ([C](VC)^m[V]; y is a vowel after a consonant).
unsigned porter_measure(const std::string &w, std::size_t n) {
  unsigned m = 0;
  bool prev_cons = true;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = w[i];
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
                       (c == 'y' && i > 0 && prev_cons);
    if (!vowel && !prev_cons) ++m;
    prev_cons = !vowel;
  }
  return m;
}

bool ends_with(const std::string &w, const char *suffix) {
  const std::size_t n = std::char_traits<char>::length(suffix);
  return w.size() >= n && w.compare(w.size() - n, n, suffix) == 0;
}

// ROUGE-1.5.5's Perl Porter stemmer differs from Porter's reference in step 4: after it removed
// one of the suffixes -al, -ance, ..., -ize (anything but -ion), it also removes a following
// -ement/-ment/-ent or -(s|t)ion when m > 1 is left: "environmental" -> "environ" (reference
// "environment"), "commissioner" -> "commiss", "representation" -> "repres", "accidental" ->
// "accid"; after -ion it stops ("circumvention" -> "circumvent" in both). Reproduced here on the
// reference stem `w` of `token` (inferred from, and exact on, NIST's DUC 2006 run: 7200
// evaluations).
void rouge_step4_quirk(const std::string &token, std::string *w) {
  // The reference stem can only end in one of these suffixes with m > 1 if step 4 removed
  // another suffix before it, unless step 5a dropped a final e or step 4 removed -ion.
  if (token == *w + "e" || token == *w + "es") return;
  if (token.compare(0, w->size() + 3, *w + "ion") == 0) return;
  for (const char *suffix : {"ement", "ment", "ent"}) {
    if (ends_with(*w, suffix)) {
      const std::size_t stem = w->size() - std::char_traits<char>::length(suffix);
      if (porter_measure(*w, stem) > 1) w->resize(stem);
      return;
    }
  }
  const std::size_t n = w->size();
  if (ends_with(*w, "ion") && n > 3 && ((*w)[n - 4] == 's' || (*w)[n - 4] == 't') &&
      porter_measure(*w, n - 3) > 1) {
    w->resize(n - 3);
  }
}

}  // namespace

std::vector<std::string> default_wordnet_dirs() {
  return {"/usr/share/wordnet", "/usr/local/share/wordnet", "/usr/share/wordnet/dict"};
}

bool Stemmer::load_wordnet(const std::string &dir, std::string *error) {
  static const char *const kFiles[] = {"adj.exc", "adv.exc", "noun.exc", "verb.exc"};
  std::size_t read = 0;
  for (const char *name : kFiles) {
    std::ifstream f(dir + "/" + name);
    if (!f) continue;
    ++read;
    std::string line;
    while (std::getline(f, line)) {
      std::istringstream fields(line);
      std::string form, base;
      if (fields >> form >> base) exc_[form] = base;
    }
  }
  if (read == 0) {
    if (error != nullptr) *error = "no WordNet exception files ({adj,adv,noun,verb}.exc) in " + dir;
    return false;
  }
  return true;
}

std::string Stemmer::stem(const std::string &token) const {
  const auto it = exc_.find(token);
  if (it != exc_.end()) return it->second;
  // ROUGE-1.5.5's Perl stemmer treats digits as consonants that no suffix rule names; so does
  // 'q', which stands in for them while precis::detail::porter_stem (a-z only) runs.
  std::string mapped = token;
  bool digits = false;
  for (char &c : mapped) {
    if (c >= '0' && c <= '9') {
      c = 'q';
      digits = true;
    } else if (c < 'a' || c > 'z') {
      return token;
    }
  }
  std::string w = mapped;
  w.resize(precis::detail::porter_stem(&w[0], w.size()));
  rouge_step4_quirk(mapped, &w);
  if (digits) {
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (token[i] >= '0' && token[i] <= '9') w[i] = token[i];
    }
  }
  return w;
}

// ---- Scores ----

std::size_t Document::token_count() const {
  std::size_t n = 0;
  for (const auto &s : sentences) n += s.size();
  return n;
}

double f_measure(double recall, double precision, double alpha) {
  const double d = (1 - alpha) * precision + alpha * recall;
  return d > 0 ? precision * recall / d : 0.0;
}

Score score_of(const Counts &c, double alpha) {
  Score s;
  s.recall = c.model > 0 ? static_cast<double>(c.hit) / static_cast<double>(c.model) : 0.0;
  s.precision = c.peer > 0 ? static_cast<double>(c.hit) / static_cast<double>(c.peer) : 0.0;
  s.f = f_measure(s.recall, s.precision, alpha);
  return s;
}

std::vector<std::string> Scorer::metric_names() const {
  std::vector<std::string> names;
  for (int n = 1; n <= opt_.max_n; ++n) names.push_back("ROUGE-" + std::to_string(n));
  if (opt_.lcs) names.push_back("ROUGE-L");
  if (opt_.skip) names.push_back(skip_name(opt_));
  return names;
}

Document Scorer::prepare(const std::vector<std::string> &sentences) {
  Document d;
  std::vector<std::uint32_t> flat;
  for (const std::string &line : sentences) {
    std::vector<std::uint32_t> ids;
    for (std::string &tok : opt_.unicode ? tokenize_unicode(line) : tokenize(line)) {
      if (opt_.stem && tok.size() > 3) tok = stemmer_.stem(tok);
      const auto ins = vocab_.emplace(tok, static_cast<std::uint32_t>(vocab_.size()));
      ids.push_back(ins.first->second);
    }
    flat.insert(flat.end(), ids.begin(), ids.end());
    d.sentences.push_back(std::move(ids));
  }
  // n-grams run over the whole summary, across sentence boundaries, as in ROUGE-1.5.5.
  const int max_n = std::max(1, opt_.max_n);
  for (int n = 1; n <= max_n; ++n) {
    const std::size_t un = static_cast<std::size_t>(n);
    std::vector<std::u32string> grams;
    for (std::size_t i = 0; i + un <= flat.size(); ++i) {
      grams.emplace_back(flat.begin() + static_cast<std::ptrdiff_t>(i),
                         flat.begin() + static_cast<std::ptrdiff_t>(i + un));
    }
    d.ngrams.push_back(count_grams(std::move(grams)));
  }
  if (opt_.skip) {
    std::vector<std::u32string> grams;
    for (std::size_t i = 0; i < flat.size(); ++i) {
      for (std::size_t j = i + 1; j < flat.size(); ++j) {
        if (opt_.skip_gap >= 0 && j - i - 1 > static_cast<std::size_t>(opt_.skip_gap)) break;
        grams.push_back({static_cast<char32_t>(flat[i]), static_cast<char32_t>(flat[j])});
      }
      // ROUGE-1.5.5 adds the unigrams inside its skip-bigram loop, which stops before the last
      // token: the last token's unigram is never counted (verified on NIST's DUC 2006 run).
      if (opt_.skip_unigrams && i + 1 < flat.size()) grams.push_back({static_cast<char32_t>(flat[i])});
    }
    d.skip = count_grams(std::move(grams));
  }
  return d;
}

Document Scorer::prepare_text(const std::string &text, InputFormat format) {
  return prepare(read_sentences(text, format, opt_.word_limit, opt_.byte_limit));
}

std::uint64_t union_lcs_hits(const Document &peer, const Document &model) {
  std::unordered_map<std::uint32_t, std::int64_t> peer_left, model_left;
  for (const auto &s : peer.sentences) {
    for (std::uint32_t t : s) ++peer_left[t];
  }
  for (const auto &s : model.sentences) {
    for (std::uint32_t t : s) ++model_left[t];
  }
  std::uint64_t hits = 0;
  std::vector<std::uint32_t> c;
  std::vector<char> hit;
  for (const auto &r : model.sentences) {
    const std::size_t m = r.size();
    hit.assign(m, 0);
    for (const auto &p : peer.sentences) {
      const std::size_t n = p.size();
      if (m == 0 || n == 0) continue;
      const std::size_t w = n + 1;
      if (c.size() < (m + 1) * w) c.resize((m + 1) * w);
      std::fill(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(w), 0u);  // row 0
      for (std::size_t i = 1; i <= m; ++i) {
        std::uint32_t *row = &c[i * w];
        const std::uint32_t *up = row - w;
        const std::uint32_t ri = r[i - 1];
        row[0] = 0;
        for (std::size_t j = 1; j <= n; ++j) {
          row[j] = ri == p[j - 1] ? up[j - 1] + 1 : std::max(up[j], row[j - 1]);
        }
      }
      // Backtrack as ROUGE-1.5.5 does: diagonal on equal tokens, else up when c[i-1][j] >= c[i][j-1].
      std::size_t i = m, j = n;
      while (i > 0 && j > 0) {
        if (r[i - 1] == p[j - 1]) {
          --i;
          --j;
          hit[i] = 1;
        } else if (c[(i - 1) * w + j] >= c[i * w + j - 1]) {
          --i;
        } else {
          --j;
        }
      }
    }
    for (std::size_t i = 0; i < m; ++i) {
      if (!hit[i]) continue;
      std::int64_t &pl = peer_left[r[i]];
      std::int64_t &ml = model_left[r[i]];
      if (pl > 0 && ml > 0) {
        ++hits;
        --pl;
        --ml;
      }
    }
  }
  return hits;
}

std::vector<Counts> Scorer::counts(const Document &peer,
                                   const std::vector<const Document *> &models) const {
  std::vector<Counts> out(metric_names().size());
  for (const Document *model : models) {
    std::size_t k = 0;
    for (int n = 1; n <= opt_.max_n; ++n, ++k) {
      const std::size_t i = static_cast<std::size_t>(n - 1);
      out[k].hit += gram_hits(peer.ngrams[i], model->ngrams[i]);
      out[k].model += model->ngrams[i].total;
      out[k].peer += peer.ngrams[i].total;
    }
    if (opt_.lcs) {
      out[k].hit += union_lcs_hits(peer, *model);
      out[k].model += model->token_count();
      out[k].peer += peer.token_count();
      ++k;
    }
    if (opt_.skip) {
      out[k].hit += gram_hits(peer.skip, model->skip);
      out[k].model += model->skip.total;
      out[k].peer += peer.skip.total;
    }
  }
  return out;
}

std::vector<Score> Scorer::score(const Document &peer,
                                 const std::vector<const Document *> &models) const {
  std::vector<Score> out;
  for (const Counts &c : counts(peer, models)) out.push_back(score_of(c, opt_.alpha));
  return out;
}

void Mean::add(const std::vector<Score> &scores) {
  if (sum_.size() < scores.size()) sum_.resize(scores.size());
  for (std::size_t i = 0; i < scores.size(); ++i) {
    sum_[i].recall += scores[i].recall;
    sum_[i].precision += scores[i].precision;
    sum_[i].f += scores[i].f;
  }
  ++n_;
}

std::vector<Score> Mean::mean() const {
  std::vector<Score> out = sum_;
  if (n_ == 0) return out;
  const double n = static_cast<double>(n_);
  for (Score &s : out) {
    s.recall /= n;
    s.precision /= n;
    s.f /= n;
  }
  return out;
}

// ---- Configuration ----
namespace {

std::string xml_unescape(const std::string &s) {
  static const std::pair<const char *, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool replaced = false;
    if (s[i] == '&') {
      for (const auto &e : kEntities) {
        const std::size_t len = std::char_traits<char>::length(e.first);
        if (s.compare(i, len, e.first) == 0) {
          out += e.second;
          i += len - 1;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += s[i];
  }
  return out;
}

// A minimal scanner for ROUGE's configuration: elements, attributes and text, no DTDs.
struct Tag {
  std::string name;  // "EVAL", "/EVAL", ...
  std::map<std::string, std::string> attrs;
  std::size_t end = 0;  // offset just past '>'
};

bool next_tag(const std::string &xml, std::size_t from, Tag *tag, std::size_t *start) {
  for (std::size_t lt = xml.find('<', from); lt != std::string::npos; lt = xml.find('<', lt + 1)) {
    if (xml.compare(lt, 4, "<!--") == 0) {
      const std::size_t e = xml.find("-->", lt);
      if (e == std::string::npos) return false;
      lt = e;
      continue;
    }
    if (xml.compare(lt, 2, "<?") == 0 || xml.compare(lt, 2, "<!") == 0) {
      lt = xml.find('>', lt);
      if (lt == std::string::npos) return false;
      continue;
    }
    const std::size_t gt = xml.find('>', lt);
    if (gt == std::string::npos) return false;
    std::string body = xml.substr(lt + 1, gt - lt - 1);
    if (!body.empty() && body.back() == '/') body.pop_back();
    std::size_t i = 0;
    while (i < body.size() && !is_space(body[i])) ++i;
    tag->name = body.substr(0, i);
    for (char &ch : tag->name) {
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    }
    tag->attrs.clear();
    while (i < body.size()) {
      while (i < body.size() && is_space(body[i])) ++i;
      const std::size_t eq = body.find('=', i);
      if (eq == std::string::npos) break;
      std::string key = trim(body.substr(i, eq - i));
      for (char &ch : key) {
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      }
      std::size_t v = eq + 1;
      while (v < body.size() && is_space(body[v])) ++v;
      std::string value;
      if (v < body.size() && (body[v] == '"' || body[v] == '\'')) {
        const std::size_t close = body.find(body[v], v + 1);
        if (close == std::string::npos) return false;
        value = body.substr(v + 1, close - v - 1);
        i = close + 1;
      } else {
        std::size_t e = v;
        while (e < body.size() && !is_space(body[e])) ++e;
        value = body.substr(v, e - v);
        i = e;
      }
      tag->attrs[key] = xml_unescape(value);
    }
    tag->end = gt + 1;
    *start = lt;
    return true;
  }
  return false;
}

}  // namespace

bool parse_config(const std::string &xml, std::vector<EvalItem> *items, std::string *error) {
  items->clear();
  Tag tag;
  std::size_t pos = 0, start = 0;
  EvalItem *cur = nullptr;
  auto fail = [&](const std::string &why) {
    if (error != nullptr) *error = why;
    return false;
  };
  while (next_tag(xml, pos, &tag, &start)) {
    pos = tag.end;
    const std::string &name = tag.name;
    if (name == "EVAL") {
      items->emplace_back();
      cur = &items->back();
      cur->id = tag.attrs["ID"];
    } else if (name == "/EVAL") {
      cur = nullptr;
    } else if (cur == nullptr) {
      continue;
    } else if (name == "PEER-ROOT" || name == "MODEL-ROOT" || name == "P" || name == "M") {
      const std::size_t close = xml.find("</", pos);
      if (close == std::string::npos) return fail("unterminated <" + name + ">");
      const std::string text = xml_unescape(trim(xml.substr(pos, close - pos)));
      if (name == "PEER-ROOT") {
        cur->peer_root = text;
      } else if (name == "MODEL-ROOT") {
        cur->model_root = text;
      } else if (name == "P") {
        cur->peers.emplace_back(tag.attrs["ID"], text);
      } else {
        cur->models.emplace_back(tag.attrs["ID"], text);
      }
    } else if (name == "INPUT-FORMAT") {
      const std::string type = lower_ascii(tag.attrs["TYPE"]);
      if (type == "spl") {
        cur->format = InputFormat::kSpl;
      } else if (type == "see") {
        cur->format = InputFormat::kSee;
      } else {
        return fail("EVAL " + cur->id + ": INPUT-FORMAT " + tag.attrs["TYPE"] +
                    " is not supported (SPL and SEE are)");
      }
    }
  }
  if (items->empty()) return fail("no <EVAL> element found");
  for (const EvalItem &it : *items) {
    if (it.models.empty()) return fail("EVAL " + it.id + " has no models");
  }
  return true;
}

bool read_text_file(const std::string &path, std::string *out) { return read_file(path, out); }

namespace {

std::string resolve_root(const std::string &configured, const std::string &given,
                         const std::string &config_dir, std::string *notes) {
  namespace fs = std::filesystem;
  if (!given.empty()) return given;
  std::error_code ec;
  if (configured.empty() || fs::is_directory(configured, ec)) return configured;
  fs::path p(configured);
  while (!p.empty() && !p.has_filename()) p = p.parent_path();  // drop trailing '/'
  const fs::path local = fs::path(config_dir.empty() ? "." : config_dir) / p.filename();
  if (fs::is_directory(local, ec)) {
    const std::string note = "precis-eval: note: root " + configured + " not found, using " + local.string() + "\n";
    if (notes != nullptr && notes->find(note) == std::string::npos) *notes += note;
    return local.string();
  }
  return configured;
}

}  // namespace

bool run_config(Scorer *scorer, const std::vector<EvalItem> &items, const Roots &roots,
                const std::vector<std::string> &systems, std::vector<EvalScores> *per_eval,
                std::vector<SystemMean> *means, std::string *notes, std::string *error) {
  std::unordered_map<std::string, Document> cache;
  auto load = [&](const std::string &path, InputFormat format, const Document **doc) {
    auto it = cache.find(path);
    if (it == cache.end()) {
      std::string text;
      if (!read_file(path, &text)) {
        if (error != nullptr) *error = "cannot read " + path;
        return false;
      }
      it = cache.emplace(path, scorer->prepare_text(text, format)).first;
    }
    *doc = &it->second;
    return true;
  };
  std::map<std::string, Mean> by_system;
  for (const EvalItem &item : items) {
    const std::string peer_root = resolve_root(item.peer_root, roots.peer_root, roots.config_dir, notes);
    const std::string model_root =
        resolve_root(item.model_root, roots.model_root, roots.config_dir, notes);
    std::vector<const Document *> models;
    for (const auto &m : item.models) {
      const Document *doc = nullptr;
      if (!load(model_root + "/" + m.second, item.format, &doc)) return false;
      models.push_back(doc);
    }
    for (const auto &p : item.peers) {
      if (!systems.empty() && std::find(systems.begin(), systems.end(), p.first) == systems.end())
        continue;
      const Document *doc = nullptr;
      if (!load(peer_root + "/" + p.second, item.format, &doc)) return false;
      EvalScores e{item.id, p.first, scorer->score(*doc, models)};
      by_system[p.first].add(e.scores);
      if (per_eval != nullptr) per_eval->push_back(std::move(e));
    }
  }
  if (means != nullptr) {
    means->clear();
    for (const auto &kv : by_system) means->push_back({kv.first, kv.second.items(), kv.second.mean()});
  }
  return true;
}

}  // namespace rouge
}  // namespace precis
