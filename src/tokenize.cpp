#include "tokenize.h"

#include <cstring>

#include "language.h"
#include "snowball.h"
#include "stem.h"
#include "stopwords.h"
#include "text.h"

namespace precis::detail {

std::size_t utf8_decode(const unsigned char *p, std::size_t n, uint32_t *cp, bool *valid) {
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

namespace {

bool is_word_code_point_above_ascii(uint32_t cp) {
    // Ranges of punctuation, signs and symbols, in order: Latin-1's, then those of Greek,
    // Armenian, Hebrew, Arabic, Devanagari, Myanmar and Ethiopic, general punctuation, symbols
    // and arrows, CJK punctuation, variation selectors (the U+FE0F of "❤️") and compatibility
    // forms, the byte order mark (a stray one where files were joined), full-width punctuation,
    // and U+FFFD (what an invalid sequence decodes to).
    static constexpr uint16_t kNotWord[][2] = {
        {0x80, 0xBF},     {0xD7, 0xD7},     {0xF7, 0xF7},     {0x37E, 0x37E},   {0x387, 0x387},
        {0x55A, 0x55F},   {0x589, 0x589},   {0x5BE, 0x5BE},   {0x5C0, 0x5C0},   {0x5C3, 0x5C3},
        {0x5F3, 0x5F4},   {0x600, 0x60F},   {0x61B, 0x61F},   {0x66A, 0x66D},   {0x6D4, 0x6D4},
        {0x964, 0x965},   {0x970, 0x970},   {0x104A, 0x104B}, {0x1360, 0x1368}, {0x2000, 0x2BFF},
        {0x3000, 0x303F}, {0xFE00, 0xFE0F}, {0xFE30, 0xFE4F}, {0xFEFF, 0xFEFF}, {0xFF00, 0xFF0F},
        {0xFF1A, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFFD, 0xFFFD}};
    static_assert(kReplacement == 0xFFFD, "the table's last range is the replacement character");
    if (cp >= 0x1F000 && cp <= 0x1FFFF) return false;  // emoji and other pictographs
    for (const auto &r : kNotWord) {
        if (cp < r[0]) return true;
        if (cp <= r[1]) return false;
    }
    return true;
}

}  // namespace

bool is_unspaced_letter(uint32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

bool is_word_code_point(uint32_t cp) {
    if (cp < 0x80) return is_ascii_alpha(static_cast<unsigned char>(cp)) || is_digit(static_cast<unsigned char>(cp));
    return is_word_code_point_above_ascii(cp);
}

std::size_t utf8_encode(uint32_t cp, unsigned char *out) {
    const std::size_t n = utf8_length(cp);
    if (n == 1) {
        out[0] = static_cast<unsigned char>(cp);
        return 1;
    }
    static constexpr unsigned char kLead[5] = {0, 0, 0xC0, 0xE0, 0xF0};
    for (std::size_t i = n - 1; i > 0; --i) {
        out[i] = static_cast<unsigned char>(0x80u | (cp & 0x3Fu));
        cp >>= 6;
    }
    out[0] = static_cast<unsigned char>(kLead[n] | cp);
    return n;
}

namespace {

// FNV-1a, 32 bits: byte-order independent, so every target hashes alike.
uint32_t fnv1a(const char *s, std::size_t n) {
    uint32_t h = 2166136261u;
    std::size_t i = 0;
#if PRECIS_WIDE_SCANS
    // Four bytes a turn on hosts: term_key hashes every word it keys, and the loop's own count
    // and test were half of each byte's instructions.
    for (; i + 4 <= n; i += 4) {
        h = (h ^ static_cast<unsigned char>(s[i])) * 16777619u;
        h = (h ^ static_cast<unsigned char>(s[i + 1])) * 16777619u;
        h = (h ^ static_cast<unsigned char>(s[i + 2])) * 16777619u;
        h = (h ^ static_cast<unsigned char>(s[i + 3])) * 16777619u;
    }
#endif
    for (; i < n; ++i) {
        h ^= static_cast<unsigned char>(s[i]);
        h *= 16777619u;
    }
    return h;
}

}  // namespace

bool unspaced_word(WordCursor *c, const unsigned char *p, std::size_t n, char *buf, std::size_t *len) {
    const unsigned char *next = p + n, *end = c->end;
    uint32_t cp2 = 0;
    std::size_t n2 = next < end ? utf8_decode(next, static_cast<std::size_t>(end - next), &cp2, nullptr) : 0;
    const bool pair = n2 > 0 && is_unspaced_letter(cp2);
    const bool continues = c->in_unspaced_run;
    c->p = next;
    c->in_unspaced_run = pair;
    if (!pair && continues) return false;
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) buf[k++] = static_cast<char>(p[i]);
    if (pair) {
        for (std::size_t i = 0; i < n2; ++i) buf[k++] = static_cast<char>(next[i]);
    }
    c->word = p;
    c->word_end = pair ? next + n2 : next;
    *len = k;
    return true;
}

WordCursor word_cursor(const unsigned char *text, std::size_t length) {
    return WordCursor{text, text + length, text, text, false, WordGap::kSpace, 0};
}

bool next_word(WordCursor *c, char *buf, std::size_t *len) { return next_word_inline(c, buf, len); }

bool is_content_word(const char *word, std::size_t len) {
    if (len == 0 || is_stopword(word, len)) return false;
    // A stray letter (the "s" of a possessive, an initial) carries no topic.
    return len > 1 || !is_ascii_lower(static_cast<unsigned char>(word[0]));
}

namespace {

// Whether word[0..len) (len >= 1) is letters a-z only, as the stemmer takes it. term_key asks it
// of every word it keys; where PRECIS_WIDE_SCANS (64-bit hosts), eight bytes a test (text.h) in
// loads that may overlap but never pass len: the word's last eight bytes, its first and last
// four, or its first, middle and last byte under five 'a's.
bool letters_only(const char *word, std::size_t len) {
#if PRECIS_WIDE_SCANS
    const unsigned char *p = reinterpret_cast<const unsigned char *>(word);
    uint64_t w;
    if (len >= 8) {
        for (std::size_t i = 0; i + 8 < len; i += 8) {
            if (leading_ascii_lower(load_scan(p + i)) < 8) return false;
        }
        w = load_scan(p + len - 8);
    } else if (len >= 4) {
        w = load4(p) | uint64_t{load4(p + len - 4)} << 32;
    } else {
        w = p[0] | uint64_t{p[len / 2]} << 8 | uint64_t{p[len - 1]} << 16 | (each_byte('a') << 24);
    }
    return leading_ascii_lower(w) == 8;
#else
    bool letters = true;
    for (std::size_t i = 0; i < len; ++i) {
        if (!is_ascii_lower(static_cast<unsigned char>(word[i]))) letters = false;
    }
    return letters;
#endif
}

}  // namespace

uint32_t term_key(char *word, std::size_t len) {
    if (!is_content_word(word, len)) return 0;
    if (letters_only(word, len)) len = porter_stem_letters(word, len);
    uint32_t h = fnv1a(word, len);
    return h == 0 ? 1 : h;
}

uint32_t word_hash(const char *word, std::size_t len) {
    uint32_t h = fnv1a(word, len);
    return h == 0 ? 1 : h;
}

bool is_unspaced_word(const char *word, std::size_t len) {
    uint32_t cp = 0;
    utf8_decode(reinterpret_cast<const unsigned char *>(word), len, &cp, nullptr);
    return is_unspaced_letter(cp);
}

namespace {

// term_key under rules other than English's. Out of line on hosts (PRECIS_WIDE_SCANS): with this
// body in it, term_key saved and restored its registers for every English word too before it
// jumped to term_key(word, len). Firmware takes it inline, 8 bytes less of Cortex-M0+ flash.
#if PRECIS_WIDE_SCANS
PRECIS_NOINLINE
#endif
uint32_t other_language_key(char *word, std::size_t len, const TermRules &rules) {
    // Capitals beyond Latin-1 (Œ, Š, Ł) too: next_word folds ASCII and Latin-1 only.
    fold_lower_utf8(reinterpret_cast<unsigned char *>(word), static_cast<uint32_t>(len));
    if (len == 0 || is_stopword(word, len)) return 0;
    if (len == 1 && is_ascii_lower(static_cast<unsigned char>(word[0]))) return 0;
    // With English alone built, a language other than English is PRECIS_LANGUAGE_OTHER (the
    // config accepts no other): the packs' code below is left out.
    if (rules.language == PRECIS_LANGUAGE_OTHER || !kAnyPackBuilt) {
        const uint32_t h = word_hash(word, len);
        for (uint32_t i = 0; rules.fallback != nullptr && i < rules.fallback->count; ++i) {
            if (rules.fallback->hash[i] == h) return 0;
        }
        return h;
    }
    if (in_word_list(rules.pack->stopwords, word, len)) return 0;
    if (rules.pack->stem != nullptr && !is_digit(static_cast<unsigned char>(word[0]))) {
        len = rules.pack->stem(reinterpret_cast<unsigned char *>(word), static_cast<uint32_t>(len),
                               static_cast<uint32_t>(kMaxWordBytes));
    }
    return word_hash(word, len);
}

}  // namespace

uint32_t term_key(char *word, std::size_t len, const TermRules &rules) {
    return rules.language == PRECIS_LANGUAGE_ENGLISH ? term_key(word, len) : other_language_key(word, len, rules);
}

uint32_t count_words_from(const unsigned char *text, std::size_t begin, std::size_t end, WordGap *gap) {
    uint32_t words = 0;
    WordGap g = *gap;
    for (std::size_t i = begin; i < end;) {
        uint32_t cp = text[i];  // most bytes are ASCII: no decoding
        i += cp < 0x80 ? 1 : utf8_decode(text + i, end - i, &cp, nullptr);
        if (cp < 0x80 && is_space(static_cast<unsigned char>(cp))) {
            g = WordGap::kSpace;
        } else if (is_unspaced_letter(cp)) {
            ++words;
            g = WordGap::kUnspaced;
        } else if (g == WordGap::kSpace || (g == WordGap::kUnspaced && is_word_code_point(cp))) {
            ++words;
            g = WordGap::kInWord;
        }
    }
    *gap = g;
    return words;
}

uint32_t count_words(const unsigned char *text, std::size_t length) {
    WordGap gap = WordGap::kSpace;
    return count_words_from(text, 0, length, &gap);
}

uint32_t append_collapsed(const unsigned char *text, std::size_t begin, std::size_t end, char *out, uint32_t n,
                          bool *pending_space) {
    for (std::size_t i = begin; i < end; ++i) {
        if (is_space(text[i])) {
            *pending_space = n > 0;
            continue;
        }
        if (*pending_space) {
            if (out) out[n] = ' ';
            ++n;
        }
        *pending_space = false;
        if (out) out[n] = static_cast<char>(text[i]);
        ++n;
    }
    return n;
}

uint32_t write_collapsed(const unsigned char *text, std::size_t length, char *out) {
    bool pending_space = false;
    return append_collapsed(text, 0, length, out, 0, &pending_space);
}

}  // namespace precis::detail
