// The Porter (1980) stemmer, following Martin Porter's reference C implementation (the version
// that reproduces his published voc.txt -> output.txt), including its three departures from the
// paper: step 2 maps -bli to -ble (not -abli to -able), step 2 maps -logi to -log, and words of one
// or two letters are left alone. Integer only, no heap, no recursion, no stdio.
#include "stem.h"

#include <cstring>

namespace precis::detail {
namespace {

// Suffix rules for steps 2, 3 and 4. The first rule whose suffix ends the word is the one that
// applies, matched or not by its condition, exactly like the reference's switch on the
// penultimate letter: where one suffix ends another (ational/tional, ization/ation,
// ement/ment/ent) the longer comes first. Lengths are computed at compile time: the tables are
// scanned for every word, so a scan must cost a comparison or two per rule.
// The letters are held in the rule (no terminating 0, no pointers): 13 bytes a rule in flash,
// where two pointers, padding and the strings took some 26.
struct Rule {
  char suffix[7];
  unsigned char length;
  char replacement[4];
  unsigned char replacement_length;
};
// Step 4 only deletes: its rules are suffixes alone (8 bytes a rule, not 13).
struct Suffix {
  char suffix[7];
  unsigned char length;
};
template <std::size_t N>
constexpr Suffix suffix(const char (&letters)[N]) {
  static_assert(N - 1 <= sizeof Suffix::suffix && N - 1 >= 2, "a suffix has 2..7 letters");
  Suffix r{};
  for (std::size_t i = 0; i + 1 < N; ++i) r.suffix[i] = letters[i];
  r.length = static_cast<unsigned char>(N - 1);
  return r;
}
template <std::size_t N, std::size_t M>
constexpr Rule rule(const char (&suffix)[N], const char (&replacement)[M]) {
  static_assert(N - 1 <= sizeof Rule::suffix && M - 1 <= sizeof Rule::replacement, "a rule's letters must fit");
  static_assert(N - 1 >= 2, "find() tests a suffix's last two letters");
  Rule r{};
  for (std::size_t i = 0; i + 1 < N; ++i) r.suffix[i] = suffix[i];
  for (std::size_t i = 0; i + 1 < M; ++i) r.replacement[i] = replacement[i];
  r.length = static_cast<unsigned char>(N - 1);
  r.replacement_length = static_cast<unsigned char>(M - 1);
  return r;
}
// A table indexed by the suffixes' last letter: first[c] is the first rule ending in 'a' + c,
// next[i] the next one after rule i (N: none), in table order. Built at compile time.
template <typename R, std::size_t N>
struct RuleTable {
  R rules[N];
  unsigned char first[26];
  unsigned char next[N];
};
template <typename R, std::size_t N>
constexpr RuleTable<R, N> indexed(const R (&rules)[N]) {
  RuleTable<R, N> t{};
  for (std::size_t i = 0; i < N; ++i) t.rules[i] = rules[i];
  for (unsigned char &f : t.first) f = static_cast<unsigned char>(N);
  for (std::size_t i = N; i-- > 0;) {
    unsigned letter = static_cast<unsigned>(rules[i].suffix[rules[i].length - 1] - 'a');
    t.next[i] = t.first[letter];
    t.first[letter] = static_cast<unsigned char>(i);
  }
  return t;
}
constexpr Rule kStep2Rules[] = {
    rule("ational", "ate"), rule("tional", "tion"), rule("enci", "ence"), rule("anci", "ance"),
    rule("izer", "ize"),    rule("bli", "ble"),     rule("alli", "al"),   rule("entli", "ent"),
    rule("eli", "e"),       rule("ousli", "ous"),   rule("ization", "ize"), rule("ation", "ate"),
    rule("ator", "ate"),    rule("alism", "al"),    rule("iveness", "ive"), rule("fulness", "ful"),
    rule("ousness", "ous"), rule("aliti", "al"),    rule("iviti", "ive"), rule("biliti", "ble"),
    rule("logi", "log"),
};
constexpr Rule kStep3Rules[] = {
    rule("icate", "ic"), rule("ative", ""), rule("alize", "al"), rule("iciti", "ic"),
    rule("ical", "ic"),  rule("ful", ""),   rule("ness", ""),
};
constexpr Suffix kStep4Rules[] = {
    suffix("al"),   suffix("ance"), suffix("ence"), suffix("er"),   suffix("ic"),
    suffix("able"), suffix("ible"), suffix("ant"),  suffix("ement"), suffix("ment"),
    suffix("ent"),  suffix("ion"),  suffix("ou"),   suffix("ism"),  suffix("ate"),
    suffix("iti"),  suffix("ous"),  suffix("ive"),  suffix("ize"),
};
constexpr auto kStep2 = indexed(kStep2Rules);
constexpr auto kStep3 = indexed(kStep3Rules);
constexpr auto kStep4 = indexed(kStep4Rules);

// One mask test (bits a, e, i, o, u of the letters' positions): it runs for every letter that a
// measure walks.
bool is_vowel_letter(char c) {
  const unsigned k = static_cast<unsigned char>(c) - 'a';
  return k < 26 && ((0x104111u >> k) & 1u) != 0;
}

// Whether the letter c at position p is a consonant, given whether the letter before it is one:
// a, e, i, o, u are vowels; y is a vowel after a consonant (a consonant first or after a vowel).
bool cons_at(char c, std::size_t p, bool prev_cons) {
  return !is_vowel_letter(c) && (c != 'y' || p == 0 || !prev_cons);
}

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
    unsigned m = 0;
    bool c = true;
    for (std::size_t p = 0; p < n; ++p) {
      const bool now = cons_at(b[p], p, c);
      if (now && !c) ++m;
      c = now;
    }
    return m;
  }
  bool has_vowel(std::size_t n) const {
    bool c = true;
    for (std::size_t p = 0; p < n; ++p) {
      c = cons_at(b[p], p, c);
      if (!c) return true;
    }
    return false;
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
  void set_to(const char *s, std::size_t n) {
    std::memcpy(b + stem, s, n);
    len = stem + n;
  }
  // The first rule of `table` whose suffix ends the word (then `stem` is set), or null. Only the
  // rules ending in the word's last letter are tried. Every suffix has two letters or more, and
  // so has the word (porter_stem_letters tests w.len > 1 before the steps).
  template <typename R, std::size_t N>
  const R *find(const RuleTable<R, N> &table) {
    // The last letters match (the index says so); the one before rejects most rules in place.
    const char before_last = b[len - 2];  // read once: the rules' letters could alias b for the compiler
    for (unsigned i = table.first[b[len - 1] - 'a']; i != N; i = table.next[i]) {
      const R &r = table.rules[i];
      if (r.suffix[r.length - 2] == before_last && ends(r.suffix, r.length)) return &r;
    }
    return nullptr;
  }
  // Steps 2 and 3: replace the suffix when the stem's m > 0.
  template <std::size_t N>
  void replace_step(const RuleTable<Rule, N> &rules) {
    const Rule *r = find(rules);
    if (r != nullptr && measure(stem) > 0) set_to(r->replacement, r->replacement_length);
  }

  void step1ab() {
    if (b[len - 1] == 's') {
      if (ends("sses", 4)) {
        len -= 2;
      } else if (ends("ies", 3)) {
        set_to("i", 1);
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
    w.replace_step(kStep2);
    w.replace_step(kStep3);
    w.step4();
    w.step5();
  }
  return w.len;
}

}  // namespace precis::detail
