// Snowball stemmers for German, French, Spanish, Italian, Portuguese and Dutch, written from the
// algorithms published at snowballstem.org, in the versions Snowball 2.2 implements (Debian's
// libstemmer0d / stemwords). tests/test_stem_languages.cpp compares each with stemwords over the
// whole Debian word list of its language.
//
// All six share one contract:
//
//   uint32_t stem_LANGUAGE(unsigned char *s, uint32_t len, uint32_t cap);
//
// - s[0..len) is one word in UTF-8, in lower case. Fold it with fold_lower_utf8 (snowball.h)
//   first when it may hold upper-case letters beyond ASCII: the algorithms match lower-case
//   letters only (ASCII A-Z are lower-cased on the way in anyway, as stemwords does). Anything
//   else in the word (digits, apostrophes, hyphens, other scripts) is kept and counts as a
//   consonant, as in Snowball.
// - The word is stemmed in place and its new length in bytes returned. The stem is never longer
//   than the word: each rule that lengthens the word's tail (French -ic -> -iqU, say) only follows
//   one that deleted more, and the letters a prelude spells as two (ß -> ss, ã -> a~, ë -> He)
//   take no more bytes than the letter. So cap >= len is enough; cap is checked all the same,
//   and a stem that would not fit in cap bytes leaves the word unchanged.
// - Left unchanged (len returned): invalid UTF-8, an empty word, a word of more than 64 code
//   points, a word with a code point beyond the Basic Multilingual Plane (no letter of the six
//   languages is), and a word whose prelude would need more than 80 code points (64 letters
//   with more than 16 of ß, ã, õ, ë, ï). stemwords would stem those; no word of the word lists
//   is one.
// - No heap, no recursion, no global state: reentrant. About 400 bytes of stack on a 64-bit
//   host, most of it the word decoded to 80 UTF-16 code units.
// - Compile with a UTF-8 source character set (GCC's and Clang's default; MSVC needs /utf-8):
//   the suffix lists are U"" literals with accented letters.
#pragma once

#include <cstdint>

namespace precis::detail {

// German ("german"): ß is stemmed as ss and stays ss; ä ö ü lose their umlaut in the stem
// ("häuser" -> "haus"); -e -em -en -er -es -s, -en -er -est -st, then -end -ung -ig -ik -isch
// -lich -heit -keit by region.
uint32_t stem_german(unsigned char *s, uint32_t len, uint32_t cap);

// French ("french"): the accent of an é or è before the final consonants goes ("désespéré" ->
// "désesper"); other accents are kept, but a ç left at the end by a removed suffix becomes c.
uint32_t stem_french(unsigned char *s, uint32_t len, uint32_t cap);

// Spanish ("spanish"): acute accents are removed from the stem ("acción" -> "accion"); ü and ñ
// are kept. Attached pronouns go first ("haciéndola" -> "hac").
uint32_t stem_spanish(unsigned char *s, uint32_t len, uint32_t cap);

// Italian ("italian"): acute accents are written grave (é -> è), as Snowball does.
uint32_t stem_italian(unsigned char *s, uint32_t len, uint32_t cap);

// Portuguese ("portuguese"): accents, ã and õ are kept ("coração" -> "coraçã"); a final ç
// becomes c ("criança" -> "crianc").
uint32_t stem_portuguese(unsigned char *s, uint32_t len, uint32_t cap);

// Dutch ("dutch", Porter's original algorithm, not Snowball 3's Kraaij-Pohlmann one): ä á ë é
// ï í ö ó ü ú lose their accent, è keeps it. Like Snowball 2.2 it counts R1's minimum of 3 in
// UTF-8 bytes, which only matters for three-letter words that start with a non-ASCII letter.
uint32_t stem_dutch(unsigned char *s, uint32_t len, uint32_t cap);

}  // namespace precis::detail
