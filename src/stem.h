// The Porter (1980) stemmer, as defined by Martin Porter's reference implementation and its
// published vocabulary/output lists (with its departures from the paper: -bli -> -ble,
// -logi -> -log, one- and two-letter words kept). Snowball's "porter" differs from it on a few
// words by design; tests/test_stem.cpp checks every difference over a 73k-word list.
// ROUGE-1.5.5's -m uses a Perl variant that also strips a second step-4 suffix
// ("environmental" -> "environ"); eval/rouge.cpp reproduces that on top of this function.
#pragma once

#include <cstddef>

namespace precis::detail {

// Stems word[0..len) in place and returns the new length (<= len). The word must be lower-case
// ASCII letters a-z; anything else is returned unchanged. Words of one or two letters are
// returned unchanged. No allocation, no recursion.
std::size_t porter_stem(char *word, std::size_t len);

// porter_stem of a word the caller knows to be letters a-z only (term_key): without the check.
// Anything else is undefined: on 64-bit hosts its tables are indexed and shifted by letter - 'a'
// with no bound test.
std::size_t porter_stem_letters(char *word, std::size_t len);

}  // namespace precis::detail
