// Snowball's German stemmer (snowballstem.org/algorithms/german), as Snowball 2.2 implements it.
#include "snowball.h"
#include "stem_languages.h"

namespace precis::detail {
namespace snowball {
namespace de {  // inside snowball: its names are found before any of precis's own

constexpr char32_t kVowels[] = U"aeiouyäöü";
constexpr char32_t kSEnding[] = U"bdfghklmnrt";  // letters that may precede a removable -s
constexpr char32_t kStEnding[] = U"bdfghklmnt";  // ... and -st (not r)

bool vowel(char32_t c) { return is_in(c, kVowels); }

// ß is stemmed as ss; u and y between vowels are consonants (marked U, Y).
void prelude(Word &w) {
  for (uint32_t i = 0; i < w.len; ++i)
    if (w.c[i] == U'ß') replace(w, i, 1, U"ss");
  for (uint32_t i = 0; i + 2 < w.len; ++i) {
    if (!vowel(w.c[i]) || !vowel(w.c[i + 2])) continue;
    if (w.c[i + 1] == U'u') w.c[i + 1] = U'U';
    else if (w.c[i + 1] == U'y') w.c[i + 1] = U'Y';
  }
}

void postlude(Word &w) {
  for (uint32_t i = 0; i < w.len; ++i) {
    switch (w.c[i]) {
      case U'U': case U'ü': w.c[i] = U'u'; break;
      case U'Y': w.c[i] = U'y'; break;
      case U'ä': w.c[i] = U'a'; break;
      case U'ö': w.c[i] = U'o'; break;
      default: break;
    }
  }
}

enum : uint8_t { kDelete, kDeleteThenNis, kDeleteAfterSEnding, kDeleteAfterStEnding,
                 kDeleteThenIg, kDeleteUnlessE, kDeleteThenErEn, kDeleteThenLichIg };

constexpr Among kStep1[] = {
    {kDelete, U"em ern er"},
    {kDeleteThenNis, U"e en es"},
    {kDeleteAfterSEnding, U"s"},
};
constexpr Among kStep2[] = {
    {kDelete, U"en er est"},
    {kDeleteAfterStEnding, U"st"},
};
constexpr Among kStep3[] = {
    {kDeleteThenIg, U"end ung"},
    {kDeleteUnlessE, U"ig ik isch"},
    {kDeleteThenErEn, U"lich heit"},
    {kDeleteThenLichIg, U"keit"},
};
constexpr Among kLichIg[] = {{kDelete, U"lich ig"}};

void stem(Word &w) {
  prelude(w);
  // R1 is the region after the first non-vowel following a vowel, but at least 3 letters in
  // (R2 is still measured from where R1 would have been). Words of fewer than 3 letters have none.
  uint32_t p1 = w.len, p2 = w.len;
  if (w.len >= 3) {
    const uint32_t r1 = region_after(w, 0, kVowels);
    if (r1 < w.len) {
      p1 = r1 < 3 ? 3 : r1;
      p2 = region_after(w, r1, kVowels);
    }
  }

  Match m = longest(w, kStep1);
  if (in_region(w, m, p1)) {
    const uint32_t start = w.len - m.len;
    if (m.action != kDeleteAfterSEnding || is_in(before(w, start), kSEnding)) cut(w, m.len);
    // -nisse, -nissen, -nisses: the stem is -nis
    if (m.action == kDeleteThenNis && ends_with(w, U"niss")) cut(w, 1);
  }

  m = longest(w, kStep2);
  if (in_region(w, m, p1)) {
    const uint32_t start = w.len - m.len;
    if (m.action == kDelete || (is_in(before(w, start), kStEnding) && start >= 4)) cut(w, m.len);
  }

  m = longest(w, kStep3);
  if (in_region(w, m, p2)) {
    const uint32_t start = w.len - m.len;
    switch (m.action) {
      case kDeleteThenIg:
        cut(w, m.len);
        if (ends_at(w, w.len, U"ig", p2) && before(w, w.len - 2) != U'e') cut(w, 2);
        break;
      case kDeleteUnlessE:
        if (before(w, start) != U'e') cut(w, m.len);
        break;
      case kDeleteThenErEn:
        cut(w, m.len);
        if (ends_at(w, w.len, U"er", p1) || ends_at(w, w.len, U"en", p1)) cut(w, 2);
        break;
      case kDeleteThenLichIg:
        cut(w, m.len);
        m = longest(w, kLichIg);
        if (in_region(w, m, p2)) cut(w, m.len);
        break;
      default:
        break;
    }
  }
  postlude(w);
}

}  // namespace de
}  // namespace snowball

uint32_t stem_german(unsigned char *s, uint32_t len, uint32_t cap) {
  return snowball::run(s, len, cap, snowball::de::stem);
}

}  // namespace precis::detail
