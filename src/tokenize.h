// Words of a sentence, case-folded, and the term key each content word maps to.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "compiler.h"
#include "text.h"

namespace precis::detail {

struct TermRules;

// Longest word kept whole; longer words (URLs, hashes) are keyed by their first kMaxWordBytes bytes.
constexpr std::size_t kMaxWordBytes = 48;

// Where the word count (count_words) stands between bytes: inside a word, after whitespace (or at
// the start), or after an unspaced-script character and any punctuation.
enum class WordGap : uint8_t { kInWord = 0, kSpace = 1, kUnspaced = 2 };

// A word is a run of letters and digits: ASCII, Latin-1 and other scripts' letters (any code point
// from U+00C0 that is not punctuation, a symbol or an emoji). Apostrophes and hyphens separate words
// ("parliament's" -> "parliament" "s", "Al-Kadhimi" -> "al" "kadhimi"); inside a number, "." and ","
// do not ("3.5", "1,000" -> "1000"). ASCII and Latin-1 letters are folded to lower case.
// Punctuation of other scripts (the Arabic question mark and comma, the Devanagari danda, the
// Greek question mark, full-width punctuation) separates words too.
//
// Scripts written without spaces between words (CJK ideographs, hiragana, katakana): every two
// neighbouring characters are a word of their own ("東京都" -> "東京" "京都"; a character alone
// between other text is a word by itself), so that terms repeat across sentences and centrality
// and redundancy work as they do on spaced text. Any other script starts a new word there.
struct WordCursor {
    const unsigned char *p;
    const unsigned char *end;
    const unsigned char *word;      // the first byte of the word next_word returned last
    const unsigned char *word_end;  // one past its last byte (a bigram overlaps the next word)
    bool in_unspaced_run;           // p is inside a run of unspaced-script characters
    WordGap gap;                    // the word count's state before p
    // Words as budgets count them (count_words) that start before p: counted on the bytes
    // next_word steps over between its words (a word holds no whitespace), where count_words
    // reads every byte again (it was 5% of a summary's instructions on Cortex-M4F).
    uint32_t words_before;
};

// A cursor at the start of text[0..length). Out of line (tokenize.cpp): inlined in each of the
// loops over words it cost 22 bytes of Cortex-M4F flash, and it runs once a text, not a word.
WordCursor word_cursor(const unsigned char *text, std::size_t length);

// Stores the next folded word in buf[0..kMaxWordBytes) and its length in *len (at most
// kMaxWordBytes). Returns false when no word is left. Out of line (tokenize.cpp) for every caller
// but add_tokens on hosts (next_word_inline, below).
bool next_word(WordCursor *c, char *buf, std::size_t *len);

// The term key of a folded word: 0 for a stopword or a word that carries no content, otherwise
// the 32-bit hash of its Porter stem (never 0). `word` is modified (stemmed in place).
uint32_t term_key(char *word, std::size_t len);

// Whether term_key(word, len) is not 0, without stemming or hashing: what sizing an input
// needs (precis_limits_for counts content words, not their stems).
bool is_content_word(const char *word, std::size_t len);

// The term key under a language's rules (language.h): English as above; with a pack, a stopword
// of the pack or of English, or a single ASCII letter, is 0, and the pack's stemmer (if any)
// makes the stem; with the fallback (PRECIS_LANGUAGE_OTHER), English stopwords and the input's
// own (FallbackStopwords) are 0, and words are not stemmed. `word` may be modified in place
// (it holds kMaxWordBytes bytes).
uint32_t term_key(char *word, std::size_t len, const TermRules &rules);

// The hash a word's term key is made of (FNV-1a, never 0): the fallback's stopwords are kept so.
uint32_t word_hash(const char *word, std::size_t len);

// Whether word[0..len) is a pair (or one) of unspaced-script characters, as next_word makes them.
bool is_unspaced_word(const char *word, std::size_t len);

// Words as budgets count them: runs of non-whitespace, as `wc -w` counts them, except in the
// scripts written without spaces (is_unspaced_letter: CJK ideographs, kana), where each character
// is a word of its own, as word processors count them, and punctuation after one adds none ("東京
// で雨。" is 4 words, "2024年3月" 4): a run of Chinese is one sentence long, and a budget of words
// would otherwise hold whole paragraphs of it. In text[0..length).
uint32_t count_words(const unsigned char *text, std::size_t length);

// count_words over text[begin..end) from `*gap`, which it updates: several ranges of one text
// (the fragments of a trimmed sentence) are counted as one stream.
uint32_t count_words_from(const unsigned char *text, std::size_t begin, std::size_t end, WordGap *gap);

// Writes text[0..length) with every whitespace run collapsed to one space and the ends trimmed to
// out (when not null) and returns the bytes that takes: the one definition of a sentence's length
// in bytes budgets and of what precis_join writes.
uint32_t write_collapsed(const unsigned char *text, std::size_t length, char *out);
// write_collapsed over text[begin..end) appended at out[n..): returns the new n. `pending_space`
// carries a whitespace run from one call to the next, so that several ranges of one text (the
// fragments of a trimmed sentence) are written as one collapsed sentence.
uint32_t append_collapsed(const unsigned char *text, std::size_t begin, std::size_t end, char *out, uint32_t n,
                          bool *pending_space);

// next_word's body, here so that the loop over a sentence's words (add_tokens, build.cpp) takes
// it inline where PRECIS_WIDE_SCANS (64-bit hosts, whose flash is not counted): the call and the
// cursor's round trip through memory cost about 30 of its 130 instructions a word, and it runs
// for every word of the input. Everywhere else next_word is this body out of line, one copy in
// flash. What it needs of tokenize.cpp, out of line (non-ASCII text only; as they were, in
// firmware's flash):

// Whether a code point is a letter or digit of a word (not punctuation, a symbol or an emoji).
bool is_word_code_point(uint32_t cp);

// Scripts written without spaces, whose words are character bigrams: CJK ideographs (with the
// extensions and compatibility forms), hiragana and katakana.
bool is_unspaced_letter(uint32_t cp);

// Lower-case for ASCII and Latin-1 upper-case letters (U+00C0..U+00DE except U+00D7).
inline uint32_t fold(uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
    return cp;
}

// The bigram word at p, the first character of which is an unspaced-script letter of n bytes:
// that character and the next when it is one too; the character alone when it neither continues
// nor starts a run. Returns false for the last character of a run (its bigram came before).
bool unspaced_word(WordCursor *c, const unsigned char *p, std::size_t n, char *buf, std::size_t *len);

PRECIS_ALWAYS_INLINE bool next_word_inline(WordCursor *c, char *buf, std::size_t *len) {
    const unsigned char *p = c->p, *end = c->end;
    uint32_t cp = 0;
    std::size_t n = 0;
    // Skip to the first word character. ASCII bytes are classified in place: this loop and the
    // next see every byte of the input, and most of it is ASCII. The words (count_words) are
    // counted in locals (stores to buf may alias the cursor), spaces first: most skipped bytes.
    uint32_t words = c->words_before;
    constexpr uint32_t kSpace = static_cast<uint32_t>(WordGap::kSpace);
    constexpr uint32_t kUnspaced = static_cast<uint32_t>(WordGap::kUnspaced);
    uint32_t gap = static_cast<uint32_t>(c->gap);  // a WordGap, as a number in a register
#if PRECIS_WIDE_SCANS
    // Most words are one space after the last: a space and an ASCII letter start a run of
    // non-whitespace, one word more, without the loop's turns (hosts only; firmware's flash).
    if (end - p >= 2 && *p == ' ' && is_ascii_alpha(p[1])) {
        ++p;
        ++words;
    } else
#endif
    for (;;) {
        while (p < end) {
            if (*p == ' ') {
                gap = kSpace;
                ++p;
                continue;
            }
            // Punctuation: a word after whitespace; none after an unspaced-script character.
            if (*p < 0x80) {
                if (is_ascii_alpha(*p) || is_digit(*p)) break;
                const bool space = is_space(*p);
                words += gap == kSpace && !space;
                gap = space ? kSpace : gap & kUnspaced;
                ++p;
                continue;
            }
            n = utf8_decode(p, static_cast<std::size_t>(end - p), &cp, nullptr);
            if (is_word_code_point(cp)) break;
            words += gap == kSpace;
            gap &= kUnspaced;
            p += n;
        }
        if (p >= end) {
            c->p = end;
            c->in_unspaced_run = false;
            c->words_before = words;
            c->gap = static_cast<WordGap>(gap);
            return false;
        }
        // A word starts a run of non-whitespace or goes on with one; an unspaced-script
        // character is a word of its own, and a word after one starts another (count_words).
        const bool unspaced = *p >= 0x80 && is_unspaced_letter(cp);
        words += unspaced || gap != 0;
        if (!unspaced) break;
        gap = kUnspaced;
        if (p != c->p) c->in_unspaced_run = false;  // punctuation or space ended the run
        if (unspaced_word(c, p, n, buf, len)) {
            c->words_before = words;
            c->gap = WordGap::kUnspaced;
            return true;
        }
        p = c->p;
    }
    c->words_before = words;
    c->gap = WordGap::kInWord;
    c->in_unspaced_run = false;
    c->word = p;
#if PRECIS_WIDE_SCANS
    // Most words are a few ASCII letters and then a space or punctuation: where eight bytes are
    // left, one test takes such a word whole, folded (capitals too: a letter is a-z once 0x20 is
    // set in it, and setting 0x20 in a letter folds it as ascii_lower does), and the loop below
    // takes the others. A letter run ends the word at any ASCII byte but a digit (no "3.5" after
    // a letter: digits_only is false), as the loop ends it.
    if (end - p >= 8) {
        const uint64_t w = load_scan(p);
        const uint64_t alpha = ascii_lower_bytes(w | each_byte(0x20));  // top bit of each letter
        const uint64_t other = ~alpha & each_byte(0x80);
        const uint32_t k = other == 0 ? 8 : static_cast<uint32_t>(__builtin_ctzll(other)) / 8;
        const unsigned char after = static_cast<unsigned char>(w >> (8 * (k & 7)));
        if (k - 1 < 7 && after < 0x80 && !is_digit(after)) {
            const uint64_t folded = w | alpha >> 2;
            std::memcpy(buf, &folded, sizeof folded);  // bytes past the word are not read
            p += k;
            c->p = p;
            c->word_end = p;
            *len = k;
            return true;
        }
    }
#endif
    std::size_t out = 0;
    bool digits_only = true;
    while (p < end) {
        // A run of lower-case ASCII letters, most of every word, copied as it is: one bound for
        // the end of the text and the room left in buf.
        // (An index counted up to a bound, tested at the bottom: the tightest loop -Os makes.)
        const std::size_t room = kMaxWordBytes - out, left = static_cast<std::size_t>(end - p);
        const std::size_t lim = left < room ? left : room;
        std::size_t run = 0;
        bool more = true;  // the run may go on byte by byte
#if PRECIS_WIDE_SCANS
        // Eight bytes copied and classified at once (text.h); fewer than eight left, byte by byte.
        while (run + 8 <= lim) {
            const uint64_t w = load_scan(p + run);  // eight bytes here
            std::memcpy(buf + out + run, &w, sizeof w);  // bytes past the run are overwritten or not read
            const uint32_t letters = leading_ascii_lower(w);
            run += letters;
            if (letters < 8) {
                more = false;
                break;
            }
        }
#endif
        if (more && run < lim) {
            do {
                const unsigned char b = p[run];
                if (!is_ascii_lower(b)) break;
                buf[out + run] = static_cast<char>(b);
            } while (++run < lim);
        }
        p += run;
        out += run;
        if (run != 0) digits_only = false;
        if (p >= end || *p <= ' ') break;  // most words end at a space, or a control byte
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
        std::size_t k = utf8_encode(fold(cp), bytes);
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

}  // namespace precis::detail
