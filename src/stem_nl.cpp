// Snowball's Dutch stemmer (snowballstem.org/algorithms/dutch), as Snowball 2.2 implements it:
// Martin Porter's original algorithm (Snowball 3 renamed it dutch_porter).
#include "snowball.h"
#include "stem_languages.h"

namespace precis::detail {
namespace snowball {
namespace nl {  // inside snowball: its names are found before any of precis's own

constexpr char32_t kVowels[] = U"aeiouyè";

bool vowel(char32_t c) { return is_in(c, kVowels); }
// Snowball's "non-v" looks at a letter that must exist.
bool consonant_before(const Word &w, uint32_t i) { return i > 0 && !vowel(w.c[i - 1]); }

// Accents go but for è; an initial y, a y after a vowel and an i between vowels are consonants
// (Y, I).
void prelude(Word &w) {
  for (uint32_t i = 0; i < w.len; ++i) {
    switch (w.c[i]) {
      case U'ä': case U'á': w.c[i] = U'a'; break;
      case U'ë': case U'é': w.c[i] = U'e'; break;
      case U'ï': case U'í': w.c[i] = U'i'; break;
      case U'ö': case U'ó': w.c[i] = U'o'; break;
      case U'ü': case U'ú': w.c[i] = U'u'; break;
      default: break;
    }
  }
  if (w.c[0] == U'y') w.c[0] = U'Y';
  for (uint32_t i = 0; i + 1 < w.len; ++i) {
    if (!vowel(w.c[i])) continue;
    if (w.c[i + 1] == U'i' && i + 2 < w.len && vowel(w.c[i + 2])) w.c[i + 1] = U'I';
    else if (w.c[i + 1] == U'y') w.c[i + 1] = U'Y';
  }
}

struct Regions {
  uint32_t p1, p2;
};

// -kk -dd -tt lose a letter.
void undouble(Word &w) {
  if (ends_with(w, U"kk") || ends_with(w, U"dd") || ends_with(w, U"tt")) cut(w, 1);
}

// A final e in R1 after a consonant goes (then undouble). Returns whether it did.
bool e_ending(Word &w, const Regions &r) {
  if (!ends_at(w, w.len, U"e", r.p1) || !consonant_before(w, w.len - 1)) return false;
  cut(w, 1);
  undouble(w);
  return true;
}

// A final -en (n letters) in R1 after a consonant goes, but not after gem (then undouble).
void en_ending(Word &w, const Regions &r, uint32_t n) {
  const uint32_t start = w.len - n;
  if (start < r.p1 || !consonant_before(w, start) || ends_at(w, start, U"gem")) return;
  cut(w, n);
  undouble(w);
}

enum : uint8_t { kHeden, kEn, kS, kEndIng, kIg, kLijk, kBaar, kBar };

constexpr Among kStep1[] = {{kHeden, U"heden"}, {kEn, U"en ene"}, {kS, U"s se"}};
constexpr Among kStep3b[] = {
    {kEndIng, U"end ing"}, {kIg, U"ig"}, {kLijk, U"lijk"}, {kBaar, U"baar"}, {kBar, U"bar"}};

void stem(Word &w) {
  prelude(w);
  // R1 starts at least 3 in; R2 is measured from where R1 would have been. Snowball 2.2's Dutch
  // counts those 3 in bytes of UTF-8 (German counts letters): R1 never starts before the fourth
  // letter, unless its two letters before take 3 bytes or more ("èss" -> "ès" but "ess" stays).
  Regions r{w.len, w.len};
  const uint32_t r1 = region_after(w, 0, kVowels);
  if (r1 < w.len) {
    const bool ascii_prefix = r1 == 2 && w.c[0] < 0x80 && w.c[1] < 0x80;
    r.p1 = ascii_prefix ? 3 : r1;  // r1 is 2 or more: a vowel, then a non-vowel
    r.p2 = region_after(w, r1, kVowels);
  }

  // Step 1: -heden -> -heid, -en(e) after a consonant, -s(e) after a consonant but j.
  Match m = longest(w, kStep1);
  if (m.action == kHeden && in_region(w, m, r.p1)) {
    replace_end(w, m.len, U"heid");
  } else if (m.len > 0 && m.action == kEn) {
    en_ending(w, r, m.len);
  } else if (m.len > 0 && m.action == kS) {
    const uint32_t start = w.len - m.len;
    if (start >= r.p1 && consonant_before(w, start) && w.c[start - 1] != U'j') cut(w, m.len);
  }
  // Step 2: a final e.
  const bool e_found = e_ending(w, r);
  // Step 3a: -heid in R2 but after c, then -en.
  if (ends_at(w, w.len, U"heid", r.p2) && before(w, w.len - 4) != U'c') {
    cut(w, 4);
    if (ends_with(w, U"en")) en_ending(w, r, 2);
  }
  // Step 3b: derivational suffixes in R2.
  m = longest(w, kStep3b);
  if (in_region(w, m, r.p2)) {
    const uint32_t start = w.len - m.len;
    switch (m.action) {
      case kEndIng:
        cut(w, m.len);
        if (ends_at(w, w.len, U"ig", r.p2) && before(w, w.len - 2) != U'e') cut(w, 2);
        else undouble(w);
        break;
      case kIg:
        if (before(w, start) != U'e') cut(w, m.len);
        break;
      case kLijk:
        cut(w, m.len);
        e_ending(w, r);
        break;
      case kBaar:
        cut(w, m.len);
        break;
      case kBar:
        if (e_found) cut(w, m.len);
        break;
      default:
        break;
    }
  }
  // Step 4: a doubled aa ee oo uu between consonants loses a letter ("maan" -> "man"); the
  // last consonant may not be the I of the prelude.
  const uint32_t n = w.len;
  if (n >= 4 && !vowel(w.c[n - 1]) && w.c[n - 1] != U'I' && w.c[n - 2] == w.c[n - 3] &&
      (w.c[n - 2] == U'a' || w.c[n - 2] == U'e' || w.c[n - 2] == U'o' || w.c[n - 2] == U'u') &&
      !vowel(w.c[n - 4])) {
    replace(w, n - 2, 1, U"");
  }
  unmark(w, U"YI");
}

}  // namespace nl
}  // namespace snowball

uint32_t stem_dutch(unsigned char *s, uint32_t len, uint32_t cap) {
  return snowball::run(s, len, cap, snowball::nl::stem);
}

}  // namespace precis::detail
