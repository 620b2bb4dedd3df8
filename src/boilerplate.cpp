#include "boilerplate.h"

#include <cstddef>

#include "text.h"

namespace precis {
namespace {

bool starts_with_ci(const unsigned char *s, uint32_t n, const char *lit) {
    uint32_t i = 0;
    for (; lit[i] != 0; ++i) {
        if (i >= n || ascii_lower(s[i]) != static_cast<unsigned char>(lit[i])) return false;
    }
    return true;
}

// The set of bytes that start one of a list of phrases, built at compile time.
struct ByteSet {
    uint32_t bits[8];
    constexpr bool has(unsigned char c) const { return (bits[c >> 5] >> (c & 31u)) & 1u; }
};
// Both cases of each first letter are in the set, so that the scan tests a raw byte and
// lower-cases only the few that may start a phrase.
template <std::size_t N>
constexpr ByteSet first_bytes(const char *const (&phrases)[N]) {
    ByteSet set{};
    for (const char *p : phrases) {
        unsigned char c = static_cast<unsigned char>(p[0]);
        set.bits[c >> 5] |= 1u << (c & 31u);
        if (c >= 'a' && c <= 'z') c = static_cast<unsigned char>(c - 32);
        set.bits[c >> 5] |= 1u << (c & 31u);
    }
    return set;
}

// Whether any of `phrases` (lower case) occurs in s, case-insensitively. One pass over s that
// tries the phrases only where a phrase's first byte stands: this runs on every byte of input.
template <std::size_t N>
bool contains_any_ci(const unsigned char *s, uint32_t n, const char *const (&phrases)[N], const ByteSet &starts) {
    for (uint32_t i = 0; i < n; ++i) {
        if (!starts.has(s[i])) continue;
        unsigned char c = ascii_lower(s[i]);
        for (const char *p : phrases) {
            if (static_cast<unsigned char>(p[0]) == c && starts_with_ci(s + i, n - i, p)) return true;
        }
    }
    return false;
}

// Length of a dash-like separator at s ("-", "--", "_", ":", en or em dash), 0 if none.
uint32_t separator_length(const unsigned char *s, uint32_t n) {
    if (n >= 2 && s[0] == '-' && s[1] == '-') return 2;
    if (n >= 1 && (s[0] == '-' || s[0] == '_' || s[0] == ':')) return 1;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94)) return 3;
    return 0;
}

uint32_t skip_spaces(const unsigned char *s, uint32_t n, uint32_t i) {
    while (i < n && is_space(s[i])) ++i;
    return i;
}

// Phrases that open a byline, credit, notice or page furniture (lower case).
const char *const kOpeners[] = {
    "writing by",     "reporting by",  "editing by",     "additional reporting", "compiled by",
    "written by",     "edited by",     "produced by",    "photo by",             "photos by",
    "photograph by",  "picture by",    "pictures by",    "image by",             "video by",
    "copyright (c)",  "follow us",     "sign up",        "subscribe to",         "subscribe now",
    "read more",      "related:",      "advertisement",  "e-mail to a friend",   "share this",
    "picture credit", "image credit",  "photo credit",   "photo:",               "picture:",
    "image:",         "source:",
};

// Phrases that mark a notice or credit wherever they occur (lower case).
constexpr const char *kMarkers[] = {
    "all rights reserved", "\xC2\xA9", "may not be published, broadcast", "contributed to this report",
    "contributed reporting", "click here",
};
constexpr ByteSet kMarkerStarts = first_bytes(kMarkers);

// "By Jane Doe." / "By Jane Doe and John Roe, CNN": a short run of capitalized names after "By".
bool is_byline(const unsigned char *s, uint32_t n) {
    if (n < 4 || s[0] != 'B' || s[1] != 'y' || !is_space(s[2])) return false;
    uint32_t words = 0;
    for (uint32_t i = 3; i < n;) {
        i = skip_spaces(s, n, i);
        if (i >= n) break;
        uint32_t start = i;
        while (i < n && !is_space(s[i])) ++i;
        ++words;
        bool capital = is_ascii_upper(s[start]) || s[start] >= 0x80;
        bool joiner = starts_with_ci(s + start, i - start, "and") || starts_with_ci(s + start, i - start, "of");
        if (!capital && !joiner) return false;
    }
    return words >= 1 && words <= 6;
}

}  // namespace

uint32_t dateline_length(const unsigned char *s, uint32_t n) {
    // A head of place-name words: letters, spaces, commas, periods; at most 48 bytes.
    uint32_t i = 0, upper = 0, lowercase = 0;
    while (i < n && i < 48 && (is_ascii_alpha(s[i]) || s[i] == ' ' || s[i] == ',' || s[i] == '.' || s[i] == '\'')) {
        if (is_ascii_upper(s[i])) ++upper;
        if (is_ascii_lower(s[i])) ++lowercase;
        ++i;
    }
    uint32_t head_end = i;
    bool agency = false;
    if (i < n && s[i] == '(') {
        uint32_t j = i + 1;
        while (j < n && j < i + 24 && s[j] != ')' && s[j] != '(') ++j;
        if (j < n && s[j] == ')' && j > i + 1 && is_ascii_upper(s[i + 1])) {
            agency = true;
            i = j + 1;
        }
    }
    // The head must look like a place: capitalized words ("LONDON, England") or nothing at all.
    if (head_end > 0 && (!is_ascii_upper(s[0]) || (!agency && (upper < 4 || lowercase > 0)))) return 0;
    if (!agency && head_end == 0) return 0;
    uint32_t k = skip_spaces(s, n, i);
    uint32_t sep = separator_length(s + k, n - k);
    if (sep > 0) {
        k = skip_spaces(s, n, k + sep);
    } else if (!agency || head_end > 0) {
        return 0;  // "NAME (X)" without a separator is a sentence, not a dateline; "(CNN)Text" is one
    }
    return k < n ? k : 0;
}

bool is_boilerplate(const unsigned char *s, uint32_t n) {
    // Leading list markers and brackets do not hide a byline: "* Writing by ...", "(Reporting by".
    uint32_t i = 0;
    while (i < n && (is_space(s[i]) || s[i] == '*' || s[i] == '-' || s[i] == '(' || s[i] == '[')) ++i;
    const unsigned char *t = s + i;
    uint32_t m = n - i;
    const unsigned char first = m > 0 ? ascii_lower(t[0]) : 0;
    for (const char *opener : kOpeners) {
        if (static_cast<unsigned char>(opener[0]) == first && starts_with_ci(t, m, opener)) return true;
    }
    // "Copyright 2022 Agency." but not "Copyright law ...".
    if (starts_with_ci(t, m, "copyright ") && m > 10 && is_digit(t[10])) return true;
    if (contains_any_ci(t, m, kMarkers, kMarkerStarts)) return true;
    return is_byline(t, m);
}

}  // namespace precis
