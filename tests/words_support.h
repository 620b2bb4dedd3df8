// The words the tokenizer (src/tokenize.h) reads in a text, for the tests that look inside it.
#pragma once

#include <string>
#include <vector>

#include "tokenize.h"

namespace test {

inline std::vector<std::string> words(const std::string &text) {
    precis::detail::WordCursor c = precis::detail::word_cursor(reinterpret_cast<const unsigned char *>(text.data()), text.size());
    char buf[precis::detail::kMaxWordBytes];
    std::size_t len = 0;
    std::vector<std::string> out;
    while (precis::detail::next_word(&c, buf, &len)) out.emplace_back(buf, len);
    return out;
}

}  // namespace test
