// Byte- and code-point-level helpers shared by every stage. Header-only so that the
// segmenter, tokenizer and join helper agree on what whitespace and a letter are.
#pragma once

#include <cstddef>
#include <cstdint>

namespace precis {

// Whitespace for every stage: ASCII blanks (space, \t \n \v \f \r) and NUL (a NUL byte never
// joins two words). A mask test: this runs on every byte of input, several times.
constexpr bool is_space(unsigned char c) {
    return c <= ' ' && ((uint64_t{0x100003E01} >> c) & 1u) != 0;
}
// One comparison each, so that the compiler inlines them even at -Os: they run on every byte.
constexpr bool is_ascii_upper(unsigned char c) { return static_cast<unsigned>(c - 'A') < 26u; }
constexpr bool is_ascii_lower(unsigned char c) { return static_cast<unsigned>(c - 'a') < 26u; }
constexpr bool is_ascii_alpha(unsigned char c) { return static_cast<unsigned>((c | 0x20) - 'a') < 26u; }
constexpr bool is_digit(unsigned char c) { return static_cast<unsigned>(c - '0') < 10u; }
constexpr unsigned char ascii_lower(unsigned char c) {
    return is_ascii_upper(c) ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

// The first index at or after i in s[0..n) that is not whitespace (n when there is none).
inline uint32_t skip_spaces(const unsigned char *s, uint32_t n, uint32_t i) {
    while (i < n && is_space(s[i])) ++i;
    return i;
}

constexpr uint32_t kReplacement = 0xFFFD;

// Decodes one UTF-8 code point at p[0..n). Returns the bytes consumed (1..4, never 0 when n > 0)
// and stores the code point, or kReplacement with a length of 1 for an invalid sequence
// (overlong forms, surrogates, values above U+10FFFF, truncated sequences, stray continuation
// bytes), so that callers always make progress. `valid` (may be null) says which.
inline std::size_t utf8_decode(const unsigned char *p, std::size_t n, uint32_t *cp, bool *valid) {
    auto fail = [&]() -> std::size_t {
        *cp = kReplacement;
        if (valid) *valid = false;
        return 1;
    };
    if (n == 0) return fail();
    unsigned char c = p[0];
    if (c < 0x80) {
        *cp = c;
        if (valid) *valid = true;
        return 1;
    }
    std::size_t len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1Fu; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0Fu; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07u; min = 0x10000; }
    else return fail();
    if (n < len) return fail();
    for (std::size_t i = 1; i < len; ++i) {
        if ((p[i] & 0xC0u) != 0x80u) return fail();
        v = (v << 6) | (p[i] & 0x3Fu);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return fail();
    *cp = v;
    if (valid) *valid = true;
    return len;
}

// Typographic code points the stages care about.
constexpr uint32_t kLeftSingleQuote = 0x2018, kRightSingleQuote = 0x2019;
constexpr uint32_t kLeftDoubleQuote = 0x201C, kRightDoubleQuote = 0x201D;
constexpr uint32_t kEllipsis = 0x2026, kNoBreakSpace = 0x00A0;
constexpr uint32_t kEnDash = 0x2013, kEmDash = 0x2014, kBullet = 0x2022;

}  // namespace precis
