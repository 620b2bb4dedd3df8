#include "tokenize.h"

#include "language.h"
#include "snowball.h"
#include "stem.h"
#include "stopwords.h"
#include "text.h"

namespace precis {
namespace {

bool is_word_code_point_above_ascii(uint32_t cp) {
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;     // Latin-1 punctuation and signs
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;              // punctuation, symbols, arrows
    if (cp >= 0x3000 && cp <= 0x303F) return false;              // CJK punctuation
    if (cp >= 0xFE30 && cp <= 0xFE4F) return false;              // CJK compatibility forms
    if (cp >= 0xFF00 && cp <= 0xFF0F) return false;              // full-width punctuation
    if (cp == kReplacement || (cp >= 0x1F000 && cp <= 0x1FFFF)) return false;  // invalid, emoji
    if (cp < 0x1400) {  // punctuation of Greek, Armenian, Hebrew, Arabic, Devanagari, Myanmar, Ethiopic
        return !(cp == 0x37E || cp == 0x387 || (cp >= 0x55A && cp <= 0x55F) || cp == 0x589 || cp == 0x5BE ||
                 cp == 0x5C0 || cp == 0x5C3 || cp == 0x5F3 || cp == 0x5F4 || (cp >= 0x600 && cp <= 0x60F) ||
                 (cp >= 0x61B && cp <= 0x61F) || (cp >= 0x66A && cp <= 0x66D) || cp == 0x6D4 || cp == 0x964 ||
                 cp == 0x965 || cp == 0x970 || cp == 0x104A || cp == 0x104B || (cp >= 0x1360 && cp <= 0x1368));
    }
    if ((cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65))
        return false;  // more full-width punctuation
    return true;
}

// Scripts written without spaces, whose words are character bigrams: CJK ideographs (with the
// extensions and compatibility forms), hiragana and katakana.
bool is_unspaced_letter(uint32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

inline bool is_word_code_point(uint32_t cp) {
    if (cp < 0x80) return is_ascii_alpha(static_cast<unsigned char>(cp)) || is_digit(static_cast<unsigned char>(cp));
    return is_word_code_point_above_ascii(cp);
}

// Lower-case for ASCII and Latin-1 upper-case letters (U+00C0..U+00DE except U+00D7).
uint32_t fold(uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
    return cp;
}

std::size_t encode(uint32_t cp, unsigned char *out) {
    if (cp < 0x80) { out[0] = static_cast<unsigned char>(cp); return 1; }
    if (cp < 0x800) {
        out[0] = static_cast<unsigned char>(0xC0 | (cp >> 6));
        out[1] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<unsigned char>(0xE0 | (cp >> 12));
        out[1] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<unsigned char>(0xF0 | (cp >> 18));
    out[1] = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
    return 4;
}

// FNV-1a, 32 bits: byte-order independent, so every target hashes alike.
uint32_t fnv1a(const char *s, std::size_t n) {
    uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < n; ++i) {
        h ^= static_cast<unsigned char>(s[i]);
        h *= 16777619u;
    }
    return h;
}

}  // namespace

// The bigram word at p, the first character of which is an unspaced-script letter of n bytes:
// that character and the next when it is one too; the character alone when it neither continues
// nor starts a run. Returns false for the last character of a run (its bigram came before).
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

bool next_word(WordCursor *c, char *buf, std::size_t *len) {
    const unsigned char *p = c->p, *end = c->end;
    uint32_t cp = 0;
    std::size_t n = 0;
    // Skip to the first word character. ASCII bytes are classified in place: this loop and the
    // next see every byte of the input, and most of it is ASCII.
    for (;;) {
        while (p < end) {
            if (*p < 0x80) {
                if (is_ascii_alpha(*p) || is_digit(*p)) break;
                ++p;
                continue;
            }
            n = utf8_decode(p, static_cast<std::size_t>(end - p), &cp, nullptr);
            if (is_word_code_point(cp)) break;
            p += n;
        }
        if (p >= end) {
            c->p = end;
            c->in_unspaced_run = false;
            return false;
        }
        if (*p < 0x80 || !is_unspaced_letter(cp)) break;
        if (p != c->p) c->in_unspaced_run = false;  // punctuation or space ended the run
        if (unspaced_word(c, p, n, buf, len)) return true;
        p = c->p;
    }
    c->in_unspaced_run = false;
    c->word = p;
    std::size_t out = 0;
    bool digits_only = true;
    while (p < end) {
        bool word_char;
        if (*p < 0x80) {
            cp = *p;
            n = 1;
            word_char = is_ascii_alpha(*p) || is_digit(*p);
        } else {
            n = utf8_decode(p, static_cast<std::size_t>(end - p), &cp, nullptr);
            word_char = is_word_code_point(cp) && !is_unspaced_letter(cp);
        }
        if (!word_char) {
            // "3.5" and "1,000": a separator between digits stays inside a number.
            bool inner = (cp == '.' || cp == ',') && digits_only && out > 0 && p + 1 < end && is_digit(p[1]);
            if (!inner) break;
            if (cp == '.' && out < kMaxWordBytes) buf[out++] = '.';
            p += n;
            continue;
        }
        if (cp < 0x80) {  // most bytes of most text: no re-encoding
            unsigned char b = static_cast<unsigned char>(cp);
            if (!is_digit(b)) digits_only = false;
            if (out < kMaxWordBytes) buf[out++] = static_cast<char>(ascii_lower(b));
            p += n;
            continue;
        }
        digits_only = false;
        unsigned char bytes[4];
        std::size_t k = encode(fold(cp), bytes);
        if (out + k <= kMaxWordBytes) {
            for (std::size_t i = 0; i < k; ++i) buf[out++] = static_cast<char>(bytes[i]);
        }
        p += n;
    }
    c->p = p;
    c->word_end = p;
    *len = out;
    return true;
}

uint32_t term_key(char *word, std::size_t len) {
    if (len == 0 || is_stopword(word, len)) return 0;
    bool ascii_letters = true;
    for (std::size_t i = 0; i < len; ++i) {
        if (!is_ascii_lower(static_cast<unsigned char>(word[i]))) ascii_letters = false;
    }
    if (ascii_letters) {
        if (len == 1) return 0;  // stray letters ("s" of a possessive, initials) carry no topic
        len = porter_stem(word, len);
    }
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

uint32_t term_key(char *word, std::size_t len, const TermRules &rules) {
    if (rules.language == PRECIS_LANGUAGE_ENGLISH) return term_key(word, len);
    // Capitals beyond Latin-1 (Œ, Š, Ł) too: next_word folds ASCII and Latin-1 only.
    fold_lower_utf8(reinterpret_cast<unsigned char *>(word), static_cast<uint32_t>(len));
    if (len == 0 || is_stopword(word, len)) return 0;
    if (len == 1 && is_ascii_lower(static_cast<unsigned char>(word[0]))) return 0;
    if (rules.language == PRECIS_LANGUAGE_OTHER) {
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

uint32_t count_words(const unsigned char *text, std::size_t length) {
    uint32_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < length; ++i) {
        bool space = is_space(text[i]);
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
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

}  // namespace precis
