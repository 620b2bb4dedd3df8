// The words the tokenizer (src/tokenize.h) reads in a text, for the tests that look inside it.
#pragma once

#include <string>
#include <vector>

#include "tokenize.h"

namespace test {

inline std::vector<std::string> words(const std::string &text) {
    precis::WordCursor c = precis::word_cursor(reinterpret_cast<const unsigned char *>(text.data()), text.size());
    char buf[precis::kMaxWordBytes];
    std::size_t len = 0;
    std::vector<std::string> out;
    while (precis::next_word(&c, buf, &len)) out.emplace_back(buf, len);
    return out;
}

}  // namespace test
