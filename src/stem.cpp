// The Porter (1980) stemmer, following Martin Porter's reference C implementation (the version
// that reproduces his published voc.txt -> output.txt), including its three departures from the
// paper: step 2 maps -bli to -ble (not -abli to -able), step 2 maps -logi to -log, and words of one
// or two letters are left alone. Integer only, no heap, no recursion, no stdio.
#include "stem.h"

#include <cstring>

namespace precis {
namespace {

// Suffix rules for steps 2, 3 and 4: entries separated by ' ', "suffix=replacement" or just
// "suffix" (removed). The first entry that ends the word is the one that applies, matched or not
// by its condition, exactly like the reference's switch on the penultimate letter: where one
// suffix ends another (ational/tional, ization/ation, ement/ment/ent) the longer comes first.
const char kStep2[] =
    "ational=ate tional=tion enci=ence anci=ance izer=ize bli=ble alli=al entli=ent eli=e "
    "ousli=ous ization=ize ation=ate ator=ate alism=al iveness=ive fulness=ful ousness=ous "
    "aliti=al iviti=ive biliti=ble logi=log";
const char kStep3[] = "icate=ic ative= alize=al iciti=ic ical=ic ful= ness=";
const char kStep4[] =
    "al ance ence er ic able ible ant ement ment ent ion ou ism ate iti ous ive ize";

bool is_vowel_letter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Whether the letter c at position p is a consonant, given whether the letter before it is one:
// a, e, i, o, u are vowels; y is a vowel after a consonant (a consonant first or after a vowel).
bool cons_at(char c, std::size_t p, bool prev_cons) {
  return !is_vowel_letter(c) && (c != 'y' || p == 0 || !prev_cons);
}

struct Word {
  char *b;
  std::size_t len;   // current length of the word
  std::size_t stem;  // length of the stem before the suffix found by the last successful ends()

  bool cons(std::size_t i) const {
    bool c = true;
    for (std::size_t p = 0; p <= i; ++p) c = cons_at(b[p], p, c);
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
    if (n > len || std::memcmp(b + len - n, s, n) != 0) return false;
    stem = len - n;
    return true;
  }
  void set_to(const char *s, std::size_t n) {
    std::memcpy(b + stem, s, n);
    len = stem + n;
  }
  // Finds the first rule of `table` whose suffix ends the word. On success `stem` is set and
  // `rep`/`rep_len` describe the replacement.
  bool find(const char *table, const char **rep, std::size_t *rep_len) {
    const char *p = table;
    while (*p != '\0') {
      const char *end = p;
      while (*end != '\0' && *end != ' ' && *end != '=') ++end;
      const char *r = end;
      const char *next = end;
      if (*next == '=') {
        ++r;
        next = r;
        while (*next != '\0' && *next != ' ') ++next;
      }
      if (ends(p, static_cast<std::size_t>(end - p))) {
        *rep = r;
        *rep_len = static_cast<std::size_t>(next - r);
        return true;
      }
      p = (*next == ' ') ? next + 1 : next;
    }
    return false;
  }
  // Steps 2 and 3: replace the suffix when the stem's m > 0.
  void replace_step(const char *table) {
    const char *rep = nullptr;
    std::size_t n = 0;
    if (find(table, &rep, &n) && measure(stem) > 0) set_to(rep, n);
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
    if (ends("eed", 3)) {
      if (measure(stem) > 0) --len;
    } else if ((ends("ed", 2) || ends("ing", 3)) && has_vowel(stem)) {
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
    if (ends("y", 1) && has_vowel(stem)) b[len - 1] = 'i';
  }
  void step4() {
    const char *rep = nullptr;
    std::size_t n = 0;
    if (!find(kStep4, &rep, &n)) return;
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
  if (word == nullptr || len <= 2) return len;
  for (std::size_t i = 0; i < len; ++i) {
    if (word[i] < 'a' || word[i] > 'z') return len;
  }
  Word w{word, len, 0};
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

}  // namespace precis
