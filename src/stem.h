// The Porter (1980) stemmer, as defined by Martin Porter's reference implementation and its
// published vocabulary/output lists (the same algorithm ROUGE-1.5.5's -m option applies).
#pragma once

#include <cstddef>

namespace precis {

// Stems word[0..len) in place and returns the new length (<= len). The word must be lower-case
// ASCII letters a-z; anything else is returned unchanged. Words of one or two letters are
// returned unchanged. No allocation, no recursion.
std::size_t porter_stem(char *word, std::size_t len);

}  // namespace precis
