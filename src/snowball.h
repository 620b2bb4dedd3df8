// The machinery the Snowball stemmers of stem_languages.h share (stem_de.cpp ... stem_nl.cpp):
// a word decoded once from UTF-8 into a small fixed array of code points, the regions R1, R2 and
// RV, longest-suffix search over Snowball's "among" lists, suffix replacement, and the encoding
// back to UTF-8. Each stemmer is then its algorithm's steps and nothing else.
//
// Snowball's backward mode works at the end of the word: every step looks at a suffix, deletes
// or replaces it, and the next step looks at the new end. So the word here is just code points
// and a length; the regions are indices into it (a suffix is "in R1" when it starts at or after
// p1). No heap, no recursion, integer only; suffix lists are read-only data.
//
// The suffix lists are written as in Snowball's sources, one string of space-separated suffixes
// per action (U"ance iqUe isme"), in UTF-8 source text: the code points are fixed at compile
// time by the U"" literals. Upper-case letters in them are Snowball's markers (U, I, Y, H...),
// which never occur in a lower-case word.
#pragma once

#include <cstdint>

namespace precis::detail {

// Lower-cases the Latin letters of UTF-8 s[0..len) in place: A-Z, U+00C0..U+00DE (but the
// multiplication sign U+00D7) and the pairs of Latin Extended-A (U+0100..U+017F: Œ -> œ, Ÿ -> ÿ,
// ...), all of which keep their length in bytes; U+0130 (İ, whose lower case is two code
// points) and everything else, including invalid bytes, are left alone. Returns len. This is
// what the stemmers of stem_languages.h expect their words to have been through: the tokenizer
// lower-cases ASCII only, and "Été", "Straße" or "ÖSTERREICH" must reach them as "été", ...
uint32_t fold_lower_utf8(unsigned char *s, uint32_t len);

namespace snowball {

// Longest word stemmed, in code points: longer ones are returned unchanged (no word of the six
// Debian word lists comes near it). A few more code points of room let a prelude spell one
// letter as two (German ß -> ss, Portuguese ã -> a~, French ë -> He).
constexpr uint32_t kMaxChars = 64;
constexpr uint32_t kRoom = kMaxChars + 16;

struct Word {
  // The six languages' letters are all in the Basic Multilingual Plane: a word with a code point
  // beyond it is returned unchanged, and the buffer takes half the stack of char32_t.
  char16_t c[kRoom];
  uint32_t len;
  bool overflow;  // a rule needed more than kRoom code points: the word is returned unchanged
};

// A set of letters (Snowball's "grouping"), e.g. the vowels: a zero-terminated U"" string.
using Letters = const char32_t *;
bool is_in(char32_t c, Letters set);

// Snowball's usual postlude: the markers a prelude wrote in capitals (U, I, Y for a vowel that acts
// as a consonant) back to lower case.
void unmark(Word &w, Letters markers);

// Snowball's "gopast v gopast non-v" from `from`: the index after the first non-vowel that
// follows a vowel, or w.len. R1 is region_after(w, 0, v), R2 is region_after(w, R1, v).
uint32_t region_after(const Word &w, uint32_t from, Letters vowels);

// RV as Spanish, Portuguese and Italian define it: if the second letter is a consonant, the
// region after the next vowel; if the first two letters are vowels, the region after the next
// consonant; otherwise (consonant-vowel) the region after the third letter; w.len when none.
uint32_t rv_standard(const Word &w, Letters vowels);

// True when w ends with `suffix` at `end` (w.c[end - n .. end) == suffix), and that suffix
// starts at or after `limit`.
bool ends_at(const Word &w, uint32_t end, const char32_t *suffix, uint32_t limit = 0);
inline bool ends_with(const Word &w, const char32_t *suffix) { return ends_at(w, w.len, suffix); }
// The code point before index i, or 0 when there is none.
inline char32_t before(const Word &w, uint32_t i) { return i > 0 ? w.c[i - 1] : 0; }

// An "among": the suffixes that share an action, e.g. {kDelete, U"ance iqUe isme"}.
struct Among {
  uint8_t action;
  const char32_t *suffixes;  // separated by single spaces
};
// The longest suffix of w among all the groups (Snowball's among picks the longest match; when
// its action then fails no shorter one is tried). The match is w.c[w.len - len .. w.len);
// len 0: none. Two kinds of region test, as in Snowball:
//  - `[substring] R2 among(...)`: find the longest match, then test where it starts
//    (in_region below); a longer match outside R2 hides a shorter one inside it.
//  - `setlimit tomark pV for ([substring] among(...))`: the letters before pV are invisible, so
//    the longest match that starts at or after pV wins: pass pV as `limit`.
struct Match {
  uint8_t action;
  uint32_t len;
};
Match longest_of(const Word &w, const Among *groups, uint32_t n, uint32_t limit);
template <uint32_t N>
Match longest(const Word &w, const Among (&groups)[N], uint32_t limit = 0) {
  return longest_of(w, groups, N, limit);
}
// Whether match m (non-empty) starts at or after `region` (p1, p2 or pV).
inline bool in_region(const Word &w, Match m, uint32_t region) {
  return m.len > 0 && w.len - m.len >= region;
}

// Replaces w.c[at .. at + n) with `with` (may be empty: a deletion). Sets w.overflow and
// leaves w alone when the result would not fit.
void replace(Word &w, uint32_t at, uint32_t n, const char32_t *with);
// The common cases at the end of the word: drop the last n code points, or put `with` in
// their place.
inline void cut(Word &w, uint32_t n) { w.len -= n; }
inline void replace_end(Word &w, uint32_t n, const char32_t *with) { replace(w, w.len - n, n, with); }
// If w ends with `suffix` starting at or after `limit`, replaces it with `with` and returns true.
bool replace_suffix(Word &w, const char32_t *suffix, const char32_t *with, uint32_t limit = 0);

// Runs `stem` over UTF-8 s[0..len) in place and returns the new length: decodes (ASCII A-Z
// lower-cased, as stemwords does), stems, encodes. Invalid UTF-8, an empty word, more than
// kMaxChars code points, an overflow, or a stem longer than cap bytes: s is left as it was and
// len returned.
uint32_t run(unsigned char *s, uint32_t len, uint32_t cap, void (*stem)(Word &));

}  // namespace snowball
}  // namespace precis::detail
