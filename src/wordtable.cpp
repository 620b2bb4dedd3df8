#include "wordtable.h"

#include "language.h"
#include "text.h"

namespace precis::detail {

uint32_t has_phrase_prefix(const unsigned char *g, const unsigned char *s, uint32_t n, bool whole_word) {
    const unsigned char first = n > 0 ? ascii_lower(s[0]) : 0;
#if PRECIS_WIDE_SCANS
    // The index (wordtable.h) gives a letter's group; any other byte walks from the first group.
    const uint32_t letter = static_cast<uint32_t>(first) - 'a';
    if (letter < 26) {
        const uint32_t at = g[2 * letter] | static_cast<uint32_t>(g[2 * letter + 1]) << 8;
        if (at == 0) return 0;
        g += at;
    } else {
        g += kPhraseIndexBytes;
    }
#endif
    for (; *g != 0; g += *g + 1) {
        if (g[1] < first) continue;
        if (g[1] > first) break;  // sorted: no group further opens with `first`
        for (const unsigned char *p = g + 2, *end = g + 1 + *g; p < end; p += *p) {  // a phrase takes its length
            const uint32_t len = *p;
            if (len > n) continue;
            uint32_t k = 1;  // the first bytes match; p[k] is the phrase's byte k
            while (k < len && ascii_lower(s[k]) == p[k]) ++k;
            if (k == len && (!whole_word || k == n || !(is_ascii_alpha(s[k]) || is_digit(s[k])))) return len;
        }
        return 0;
    }
    return 0;
}

bool in_word_table(const unsigned char *text, const uint16_t *start, const char *w, std::size_t n) {
    // Words that start above ASCII are the packs' alone (the English tables have none): a build
    // without packs leaves their walk out, and such a word fails the letter test below.
    if (kAnyPackBuilt && n != 0 && static_cast<unsigned char>(w[0]) >= 0x80) {
        for (const unsigned char *p = text + start[26]; *p != 0; p += *p + 1) {
            if (*p != n) continue;
            std::size_t k = 0;
            while (k < n && p[1 + k] == static_cast<unsigned char>(w[k])) ++k;
            if (k == n) return true;
        }
        return false;
    }
    if (n == 0 || w[0] < 'a' || w[0] > 'z') return false;
    const unsigned char *p = text + start[w[0] - 'a'];
    const unsigned char *end = text + start[w[0] - 'a' + 1];
    if (p == end) return false;
    do {  // a test at the bottom: the loop runs a few times for each word of the input
        const unsigned char len = *p;
        if (len == n) {
            std::size_t k = 1;  // the first letters match: the index says so, and holds no first letter
            while (k < n && p[k] == static_cast<unsigned char>(w[k])) ++k;
            if (k == n) return true;
        }
        p += len;  // the length byte and the letters after the first
    } while (p < end);
    return false;
}

}  // namespace precis::detail
