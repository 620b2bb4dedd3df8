#pragma once

#include <cstddef>

namespace precis::detail {

// True when word[0..len) (case-folded, as the tokenizer emits it) is an English stopword.
bool is_stopword(const char *word, std::size_t len);

}  // namespace precis::detail
