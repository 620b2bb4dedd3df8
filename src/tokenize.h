// Words of a sentence, case-folded, and the term key each content word maps to.
#pragma once

#include <cstddef>
#include <cstdint>

namespace precis::detail {

struct TermRules;

// Longest word kept whole; longer words (URLs, hashes) are keyed by their first kMaxWordBytes bytes.
constexpr std::size_t kMaxWordBytes = 48;

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
    bool after_space;               // the byte before p is whitespace, or p is the text's start
    // Runs of non-whitespace (count_words) that start before p: counted on the bytes next_word
    // steps over between its words (a word holds no whitespace), where count_words reads every
    // byte again (it was 5% of a summary's instructions on Cortex-M4F).
    uint32_t whitespace_words;
};

// A cursor at the start of text[0..length). Out of line (tokenize.cpp): inlined in each of the
// loops over words it cost 22 bytes of Cortex-M4F flash, and it runs once a text, not a word.
WordCursor word_cursor(const unsigned char *text, std::size_t length);

// Stores the next folded word in buf[0..kMaxWordBytes) and its length in *len (at most
// kMaxWordBytes). Returns false when no word is left.
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

// Runs of non-whitespace in text[0..length), as `wc -w` counts them.
uint32_t count_words(const unsigned char *text, std::size_t length);

// Writes text[0..length) with every whitespace run collapsed to one space and the ends trimmed to
// out (when not null) and returns the bytes that takes: the one definition of a sentence's length
// in bytes budgets and of what precis_join writes.
uint32_t write_collapsed(const unsigned char *text, std::size_t length, char *out);
// write_collapsed over text[begin..end) appended at out[n..): returns the new n. `pending_space`
// carries a whitespace run from one call to the next, so that several ranges of one text (the
// fragments of a trimmed sentence) are written as one collapsed sentence.
uint32_t append_collapsed(const unsigned char *text, std::size_t begin, std::size_t end, char *out, uint32_t n,
                          bool *pending_space);

}  // namespace precis::detail
