// Byte- and code-point-level helpers shared by every stage. Header-only so that the
// segmenter, tokenizer and join helper agree on what whitespace and a letter are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "compiler.h"

namespace precis::detail {

// Whitespace for every stage: ASCII blanks (space, \t \n \v \f \r) and NUL (a NUL byte never
// joins two words). A mask test: this runs on every byte of input, several times.
constexpr bool is_space(unsigned char c) {
    // 32-bit arithmetic only (a 64-bit shift is a call on some cores): bits 0 and 9..13, and ' '.
    return c < ' ' ? ((0x3E01u >> c) & 1u) != 0 : c == ' ';
}
// One comparison each, so that the compiler inlines them even at -Os: they run on every byte.
constexpr bool is_ascii_upper(unsigned char c) { return static_cast<unsigned>(c - 'A') < 26u; }
constexpr bool is_ascii_lower(unsigned char c) { return static_cast<unsigned>(c - 'a') < 26u; }
constexpr bool is_ascii_alpha(unsigned char c) { return static_cast<unsigned>((c | 0x20) - 'a') < 26u; }
constexpr bool is_digit(unsigned char c) { return static_cast<unsigned>(c - '0') < 10u; }
PRECIS_ALWAYS_INLINE constexpr unsigned char ascii_lower(unsigned char c) {
    return is_ascii_upper(c) ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

// The first index at or after i in s[0..n) that is not whitespace (n when there is none). Out of
// line: its callers test lines and words, not every byte, and inlined in them it cost 16 bytes of
// Cortex-M4F flash.
PRECIS_NOINLINE inline uint32_t skip_spaces(const unsigned char *s, uint32_t n, uint32_t i) {
    while (i < n && is_space(s[i])) ++i;
    return i;
}

// Eight bytes at a time, for loops that run on most bytes of the input (next_word's letters, and
// the scans below): where words have 8 bytes and little-endian order (64-bit hosts with GCC or
// Clang, whose flash is not counted). Firmware keeps its byte loops, which are smaller.
#if defined(__GNUC__) && UINTPTR_MAX > 0xFFFFFFFFu && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define PRECIS_WIDE_SCANS 1
#else
#define PRECIS_WIDE_SCANS 0
#endif

// The four bytes at p (not necessarily aligned) as one word.
inline uint32_t load4(const unsigned char *p) {
    uint32_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Word-at-a-time scanning, for searches whose bytes are rare in text (where PRECIS_WORD_SCANS):
// the kScanBytes bytes at p as one word, and whether a word holds a zero byte. Byte order does
// not matter to either test built from them. Four bytes a step; eight where PRECIS_WIDE_SCANS,
// with the same operations a step, so that a scan takes half the steps on hosts and firmware's
// code stays as it was.
#if PRECIS_WIDE_SCANS
using ScanWord = uint64_t;
#else
using ScanWord = uint32_t;
#endif
constexpr uint32_t kScanBytes = sizeof(ScanWord);
inline ScanWord load_scan(const unsigned char *p) {
    ScanWord w;
    std::memcpy(&w, p, sizeof w);
    return w;
}
constexpr ScanWord each_byte(unsigned char c) { return ~ScanWord{0} / 0xFF * c; }
constexpr bool has_zero_byte(ScanWord w) { return ((w - each_byte(0x01)) & ~w & each_byte(0x80)) != 0; }

#if PRECIS_WIDE_SCANS
// The top bit of each byte of w that is an ASCII byte in lo..hi, the other bits 0.
inline uint64_t ascii_bytes_between(uint64_t w, unsigned char lo, unsigned char hi) {
    const uint64_t high = each_byte(0x80), seven = w & ~high;  // low 7 bits: no carry between bytes
    // High bit: at least lo (+ 0x80 - lo), not above hi (+ 0x80 - hi - 1 has none), ASCII.
    return (seven + each_byte(static_cast<unsigned char>(0x80 - lo))) &
           ~(seven + each_byte(static_cast<unsigned char>(0x80 - hi - 1))) & ~w & high;
}

// The top bit of each byte of w that is a-z, the other bits 0.
inline uint64_t ascii_lower_bytes(uint64_t w) { return ascii_bytes_between(w, 'a', 'z'); }

// The number of a-z bytes that w's first bytes in memory (little-endian: its low bytes) are, 0..8.
inline uint32_t leading_ascii_lower(uint64_t w) {
    const uint64_t other = ~ascii_lower_bytes(w) & each_byte(0x80);
    return other == 0 ? 8 : static_cast<uint32_t>(__builtin_ctzll(other)) / 8;
}

// The bytes p[0..n) (1 <= n <= 8) as one little-endian word, zero above n: loads that may
// overlap but never pass p + n (the text's last word may end its buffer).
inline uint64_t word_head(const unsigned char *p, std::size_t n) {
    if (n >= 8) return load_scan(p);
    if (n >= 4) return load4(p) | uint64_t{load4(p + n - 4)} << (8 * (n - 4));
    return p[0] | uint64_t{p[n / 2]} << (8 * (n / 2)) | uint64_t{p[n - 1]} << (8 * (n - 1));
}
#endif

constexpr uint32_t kReplacement = 0xFFFD;

// Decodes one UTF-8 code point at p[0..n). Returns the bytes consumed (1..4, never 0 when n > 0)
// and stores the code point, or kReplacement with a length of 1 for an invalid sequence
// (overlong forms, surrogates, values above U+10FFFF, truncated sequences, stray continuation
// bytes), so that callers always make progress. `valid` (may be null) says which.
// One copy for every stage (tokenize.cpp): flash matters more than a call per non-ASCII letter.
std::size_t utf8_decode(const unsigned char *p, std::size_t n, uint32_t *cp, bool *valid);

// Characters of UTF-8 text s[0..n): its bytes that are not continuation bytes.
inline uint32_t utf8_characters(const unsigned char *s, std::size_t n) {
    uint32_t count = 0;
    for (std::size_t i = 0; i < n; ++i) count += (s[i] & 0xC0) != 0x80;
    return count;
}

// Bytes of the code point cp (at most U+10FFFF) in UTF-8.
inline std::size_t utf8_length(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

// Writes cp in UTF-8 at out (utf8_length(cp) bytes) and returns that length (tokenize.cpp).
std::size_t utf8_encode(uint32_t cp, unsigned char *out);

// Typographic code points the stages care about.
constexpr uint32_t kLeftSingleQuote = 0x2018, kRightSingleQuote = 0x2019;
constexpr uint32_t kLeftDoubleQuote = 0x201C, kRightDoubleQuote = 0x201D;
constexpr uint32_t kEllipsis = 0x2026, kNoBreakSpace = 0x00A0;
constexpr uint32_t kEnDash = 0x2013, kEmDash = 0x2014, kBullet = 0x2022;

}  // namespace precis::detail
