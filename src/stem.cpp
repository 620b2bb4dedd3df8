// The Porter (1980) stemmer, following Martin Porter's reference C implementation (the version
// that reproduces his published voc.txt -> output.txt), including its three departures from the
// paper: step 2 maps -bli to -ble (not -abli to -able), step 2 maps -logi to -log, and words of one
// or two letters are left alone. Integer only, no heap, no recursion, no stdio.
#include "stem.h"

#include <cstring>

#include "text.h"

namespace precis::detail {
namespace {

// Suffix rules for steps 2, 3 and 4. The first rule whose suffix ends the word is the one that
// applies, matched or not by its condition, exactly like the reference's switch on the
// penultimate letter: where one suffix ends another (ational/tional, ization/ation,
// ement/ment/ent) the longer comes first. Lengths are computed at compile time: the tables are
// scanned for every word, so a scan must cost a comparison or two per rule.
// Every replacement is the first letters of its suffix, then an 'e' or "le" or nothing
// ("ational" -> "at" + "e", "biliti" -> "b" + "le", "ative" -> ""): the letters kept are already
// in the word, so a rule holds a count and a tail code, one byte, in place of four letters and a
// length. Written here as Rule and Suffix values, held in flash as bytes (RuleTable).
enum Tail : unsigned char { kNoTail, kTailE, kTailLe };
template <std::size_t L>
struct Rule {
  static constexpr std::size_t kHeader = 3;  // in RuleTable: next, length, keep
  char suffix[L];
  unsigned char length;
  unsigned char keep;  // letters of the suffix kept, times 4, plus the Tail
};
// Step 4 only deletes: its rules are suffixes alone.
template <std::size_t L>
struct Suffix {
  static constexpr std::size_t kHeader = 2;  // in RuleTable: next, length
  char suffix[L];
  unsigned char length;
};
template <std::size_t L, std::size_t N>
constexpr Suffix<L> suffix(const char (&letters)[N]) {
  static_assert(N - 1 <= L && N - 1 >= 2, "a suffix has 2..L letters");
  Suffix<L> r{};
  for (std::size_t i = 0; i + 1 < N; ++i) r.suffix[i] = letters[i];
  r.length = static_cast<unsigned char>(N - 1);
  return r;
}
// The rule that replaces `suffix` by `replacement`: the letters they share first, and a tail.
// A replacement that is not so marks the rule (keep 0xFF), which a static_assert rejects.
template <std::size_t L, std::size_t N, std::size_t M>
constexpr Rule<L> rule(const char (&suffix)[N], const char (&replacement)[M]) {
  static_assert(N - 1 <= L, "a rule's letters must fit");
  static_assert(N - 1 >= 2, "find() tests a suffix's last two letters");
  Rule<L> r{};
  for (std::size_t i = 0; i + 1 < N; ++i) r.suffix[i] = suffix[i];
  r.length = static_cast<unsigned char>(N - 1);
  std::size_t keep = 0;
  while (keep + 1 < M && keep + 1 < N && replacement[keep] == suffix[keep]) ++keep;
  const char *rest = replacement + keep;
  const std::size_t left = M - 1 - keep;
  Tail tail = kNoTail;
  if (left == 1 && rest[0] == 'e') tail = kTailE;
  else if (left == 2 && rest[0] == 'l' && rest[1] == 'e') tail = kTailLe;
  r.keep = left == 0 || tail != kNoTail ? static_cast<unsigned char>(keep * 4 + tail) : 0xFF;
  return r;
}
template <std::size_t L, std::size_t N>
constexpr bool all_encoded(const Rule<L> (&rules)[N]) {
  for (const Rule<L> &r : rules) {
    if (r.keep == 0xFF) return false;
  }
  return true;
}

// A step's rules as bytes, indexed by the suffixes' last letter: first[c] is the byte offset in
// `rules` of the first rule ending in 'a' + c, and a rule's first byte the offset of the next
// one, in table order (kNoRule: none). A rule is H bytes (next, length and, but in step 4, keep)
// and then its suffix's letters but the last, which the index gives: 7 bytes a rule of step 2
// on average, 6 in step 3, 4 in step 4. Built at compile time.
// Where PRECIS_WIDE_SCANS (64-bit hosts, whose flash is not counted), also for each last letter
// the letters that come before it in its rules' suffixes, a bit each: most words end in no
// suffix of a step, and are turned away by one test, not a walk through the rules of their last
// letter (that walk was 40% of a stem's instructions, and most of its mispredicted branches).
constexpr unsigned char kNoRule = 0xFF;
template <std::size_t H, std::size_t B>
struct RuleTable {
  unsigned char first[26];
  unsigned char rules[B];
#if PRECIS_WIDE_SCANS
  uint32_t before_last[26];
#endif
};
template <typename R, std::size_t N>
constexpr std::size_t rule_bytes(const R (&rules)[N]) {
  std::size_t bytes = 0;
  for (const R &r : rules) bytes += R::kHeader + r.length - 1u;
  return bytes;
}
template <std::size_t B, typename R, std::size_t N>
constexpr RuleTable<R::kHeader, B> indexed(const R (&rules)[N]) {
  static_assert(B <= kNoRule, "a rule's offset must fit in a byte");
  RuleTable<R::kHeader, B> t{};
  for (unsigned char &f : t.first) f = kNoRule;
  std::size_t at = B;
  for (std::size_t i = N; i-- > 0;) {
    const R &r = rules[i];
    at -= R::kHeader + r.length - 1u;
    const unsigned letter = static_cast<unsigned>(r.suffix[r.length - 1] - 'a');
    t.rules[at] = t.first[letter];
    t.rules[at + 1] = r.length;
    if constexpr (R::kHeader == 3) t.rules[at + 2] = r.keep;
    for (std::size_t k = 0; k + 1 < r.length; ++k) t.rules[at + R::kHeader + k] = static_cast<unsigned char>(r.suffix[k]);
    t.first[letter] = static_cast<unsigned char>(at);
#if PRECIS_WIDE_SCANS
    t.before_last[letter] |= 1u << (r.suffix[r.length - 2] - 'a');
#endif
  }
  return t;
}
using Rule2 = Rule<7>;
using Rule3 = Rule<5>;
using Suffix4 = Suffix<5>;
constexpr Rule2 kStep2Rules[] = {
    rule<7>("ational", "ate"), rule<7>("tional", "tion"), rule<7>("enci", "ence"),   rule<7>("anci", "ance"),
    rule<7>("izer", "ize"),    rule<7>("bli", "ble"),     rule<7>("alli", "al"),     rule<7>("entli", "ent"),
    rule<7>("eli", "e"),       rule<7>("ousli", "ous"),   rule<7>("ization", "ize"), rule<7>("ation", "ate"),
    rule<7>("ator", "ate"),    rule<7>("alism", "al"),    rule<7>("iveness", "ive"), rule<7>("fulness", "ful"),
    rule<7>("ousness", "ous"), rule<7>("aliti", "al"),    rule<7>("iviti", "ive"),   rule<7>("biliti", "ble"),
    rule<7>("logi", "log"),
};
constexpr Rule3 kStep3Rules[] = {
    rule<5>("icate", "ic"), rule<5>("ative", ""), rule<5>("alize", "al"), rule<5>("iciti", "ic"),
    rule<5>("ical", "ic"),  rule<5>("ful", ""),   rule<5>("ness", ""),
};
constexpr Suffix4 kStep4Rules[] = {
    suffix<5>("al"),   suffix<5>("ance"), suffix<5>("ence"), suffix<5>("er"),    suffix<5>("ic"),
    suffix<5>("able"), suffix<5>("ible"), suffix<5>("ant"),  suffix<5>("ement"), suffix<5>("ment"),
    suffix<5>("ent"),  suffix<5>("ion"),  suffix<5>("ou"),   suffix<5>("ism"),   suffix<5>("ate"),
    suffix<5>("iti"),  suffix<5>("ous"),  suffix<5>("ive"),  suffix<5>("ize"),
};
static_assert(all_encoded(kStep2Rules) && all_encoded(kStep3Rules),
              "a replacement must be its suffix's first letters and then nothing, 'e' or \"le\"");
constexpr auto kStep2 = indexed<rule_bytes(kStep2Rules)>(kStep2Rules);
constexpr auto kStep3 = indexed<rule_bytes(kStep3Rules)>(kStep3Rules);
constexpr auto kStep4 = indexed<rule_bytes(kStep4Rules)>(kStep4Rules);

// One mask test (bits a, e, i, o, u of the letters' positions): it runs for every letter that a
// measure walks. The stemmer's words are letters a-z (porter_stem checks, porter_stem_letters'
// callers know), so on hosts the position takes no bound test (5% of a stem's instructions).
// Firmware keeps it: without it the compiler inlined the test in more places, 24 bytes more of
// Cortex-M4F flash.
bool is_vowel_letter(char c) {
  const unsigned k = static_cast<unsigned char>(c) - 'a';
  return (PRECIS_WIDE_SCANS || k < 26) && ((0x104111u >> k) & 1u) != 0;
}

// Whether the letter c at position p is a consonant, given whether the letter before it is one:
// a, e, i, o, u are vowels; y is a vowel after a consonant (a consonant first or after a vowel).
bool cons_at(char c, std::size_t p, bool prev_cons) {
  return !is_vowel_letter(c) && (c != 'y' || p == 0 || !prev_cons);
}

#if PRECIS_WIDE_SCANS
// For each last letter, the letters before it in a suffix of steps 2, 3 or 4: the three tables'
// before_last, joined.
struct SuffixPairs {
  uint32_t before_last[26];
};
constexpr SuffixPairs suffix_pairs() {
  SuffixPairs p{};
  for (unsigned i = 0; i < 26; ++i) p.before_last[i] = kStep2.before_last[i] | kStep3.before_last[i] | kStep4.before_last[i];
  return p;
}
constexpr SuffixPairs kSuffixPairs = suffix_pairs();
#endif

struct PorterWord {  // not "Word": snowball.h has one, and the amalgamation is one unit
  char *b;
  std::size_t len;   // current length of the word
  std::size_t stem;  // length of the stem before the suffix found by the last successful ends()

  // Whether b[i] is a consonant. Only a 'y' depends on the letter before it, so walk back over
  // a run of y's alone rather than from the start of the word.
  bool cons(std::size_t i) const {
    std::size_t p = i;
    while (p > 0 && b[p] == 'y') --p;  // b[p] decides; each y flips the answer
    bool c = p == 0 && b[p] == 'y' ? true : !is_vowel_letter(b[p]);
    for (++p; p <= i; ++p) c = cons_at(b[p], p, c);
    return c;
  }
  // m: the number of vowel-consonant sequences in b[0, n), i.e. [C](VC)^m[V].
  unsigned measure(std::size_t n) const {
#if PRECIS_WIDE_SCANS
    // On hosts the first letter apart: then the loop tests no position (a y first is a
    // consonant, and the word starts as if after one). The loops of measure and has_vowel were
    // a quarter of a stem's instructions.
    if (n == 0) return 0;
    unsigned m = 0;
    bool c = !is_vowel_letter(b[0]);
    for (std::size_t p = 1; p < n; ++p) {
      const char l = b[p];
      const bool now = !is_vowel_letter(l) && (l != 'y' || !c);
      m += now && !c;
      c = now;
    }
    return m;
#else
    unsigned m = 0;
    bool c = true;
    for (std::size_t p = 0; p < n; ++p) {
      const bool now = cons_at(b[p], p, c);
      if (now && !c) ++m;
      c = now;
    }
    return m;
#endif
  }
  bool has_vowel(std::size_t n) const {
#if PRECIS_WIDE_SCANS
    if (n == 0) return false;  // as measure, on hosts
    bool c = !is_vowel_letter(b[0]);
    if (!c) return true;
    for (std::size_t p = 1; p < n; ++p) {
      const char l = b[p];
      c = !is_vowel_letter(l) && (l != 'y' || !c);
      if (!c) return true;
    }
    return false;
#else
    bool c = true;
    for (std::size_t p = 0; p < n; ++p) {
      c = cons_at(b[p], p, c);
      if (!c) return true;
    }
    return false;
#endif
  }
  // b[0, n) ends with a double consonant.
  bool double_cons(std::size_t n) const { return n >= 2 && b[n - 1] == b[n - 2] && cons(n - 1); }
  // b[0, n) ends consonant-vowel-consonant, the last not w, x or y.
  bool cvc(std::size_t n) const {
    if (n < 3 || !cons(n - 1) || cons(n - 2) || !cons(n - 3)) return false;
    const char c = b[n - 1];
    return c != 'w' && c != 'x' && c != 'y';
  }
  bool ends(const char *s, std::size_t n) {
    if (n > len) return false;
    // From the last letter back: most suffixes fail on the first comparison.
    for (std::size_t i = n; i-- > 0;) {
      if (b[len - n + i] != s[i]) return false;
    }
    stem = len - n;
    return true;
  }
  // The first rule of `table` whose suffix ends the word (then `stem` is set), or null. Only the
  // rules ending in the word's last letter are tried. Every suffix has two letters or more, and
  // so has the word (porter_stem_letters tests w.len > 1 before the steps).
  template <std::size_t H, std::size_t B>
  const unsigned char *find(const RuleTable<H, B> &table) {
    // The last letters match (the index says so); the one before rejects most rules in place.
    const char before_last = b[len - 2];  // read once: the rules' letters could alias b for the compiler
#if PRECIS_WIDE_SCANS
    if (((table.before_last[b[len - 1] - 'a'] >> (before_last - 'a')) & 1u) == 0) return nullptr;
#endif
    for (unsigned at = table.first[b[len - 1] - 'a']; at != kNoRule;) {
      const unsigned char *r = table.rules + at;
      const std::size_t n = r[1];
      const unsigned char *letters = r + H;  // the suffix's letters but the last
      if (letters[n - 2] == static_cast<unsigned char>(before_last) && n <= len) {
        std::size_t i = n - 2;  // from the third last letter back
        while (i > 0 && letters[i - 1] == static_cast<unsigned char>(b[len - n + i - 1])) --i;
        if (i == 0) {
          stem = len - n;
          return r;
        }
      }
      at = r[0];
    }
    return nullptr;
  }
#if PRECIS_WIDE_SCANS
  // Whether the last two letters are those of a suffix of step 2, 3 or 4 (kSuffixPairs).
  bool may_end_in_a_suffix() const;
#endif
  // Steps 2 and 3: replace the suffix when the stem's m > 0.
  template <std::size_t B>
  void replace_step(const RuleTable<3, B> &rules) {
    const unsigned char *r = find(rules);
    if (r == nullptr || measure(stem) == 0) return;
    const unsigned keep = r[2];
    len = stem + keep / 4u;  // the kept letters are the suffix's own, in place
    if (keep % 4u == kTailLe) b[len++] = 'l';
    if (keep % 4u != kNoTail) b[len++] = 'e';
  }

  void step1ab() {
    if (b[len - 1] == 's') {
      if (ends("sses", 4)) {
        len -= 2;
      } else if (ends("ies", 3)) {
        len = stem + 1;  // -ies becomes -i, the suffix's own first letter
      } else if (b[len - 2] != 's') {
        --len;
      }
    }
    // The last letter first, in place: most words end in neither -d nor -g, and ends() is a call.
    const char last = b[len - 1];
    if (last == 'd' && ends("eed", 3)) {
      if (measure(stem) > 0) --len;
    } else if (((last == 'd' && ends("ed", 2)) || (last == 'g' && ends("ing", 3))) && has_vowel(stem)) {
      len = stem;
      if (ends("at", 2) || ends("bl", 2) || ends("iz", 2)) {
        b[len++] = 'e';  // -at, -bl, -iz become -ate, -ble, -ize
      } else if (double_cons(len)) {
        const char c = b[len - 1];
        if (c != 'l' && c != 's' && c != 'z') --len;
      } else if (measure(len) == 1 && cvc(len)) {
        b[len++] = 'e';
      }
    }
  }
  void step1c() {
    if (b[len - 1] == 'y' && has_vowel(len - 1)) b[len - 1] = 'i';
  }
  void step4() {
    if (find(kStep4) == nullptr) return;
    if (len - stem == 3 && std::memcmp(b + stem, "ion", 3) == 0 &&
        (stem == 0 || (b[stem - 1] != 's' && b[stem - 1] != 't'))) {
      return;  // -ion goes only after s or t
    }
    if (measure(stem) > 1) len = stem;
  }
  void step5() {
    if (b[len - 1] == 'e') {
      const unsigned m = measure(len - 1);
      if (m > 1 || (m == 1 && !cvc(len - 1))) --len;
    }
    if (b[len - 1] == 'l' && double_cons(len) && measure(len) > 1) --len;
  }
};

#if PRECIS_WIDE_SCANS
bool PorterWord::may_end_in_a_suffix() const {
  return ((kSuffixPairs.before_last[b[len - 1] - 'a'] >> (b[len - 2] - 'a')) & 1u) != 0;
}
#endif

}  // namespace

std::size_t porter_stem(char *word, std::size_t len) {
  if (word == nullptr) return len;
  for (std::size_t i = 0; i < len; ++i) {
    if (word[i] < 'a' || word[i] > 'z') return len;
  }
  return porter_stem_letters(word, len);
}

std::size_t porter_stem_letters(char *word, std::size_t len) {
  if (len <= 2) return len;
  PorterWord w{word, len, 0};
  w.step1ab();
  if (w.len > 1) {
    w.step1c();
#if PRECIS_WIDE_SCANS
    // On hosts, one test for the three suffix steps first: most words end in none of their
    // suffixes, and steps 2 and 3 change no word they do not find a suffix in.
    if (w.may_end_in_a_suffix())
#endif
    {
      w.replace_step(kStep2);
      w.replace_step(kStep3);
      w.step4();
    }
    w.step5();
  }
  return w.len;
}

}  // namespace precis::detail
