// Word tables: a sorted list of lower-case words, written in the source as one string with each
// word between single spaces (" a about above "). At compile time each space becomes the length
// of the word after it and the table is indexed by first letter, so a lookup hops from word to
// word among those that share the first letter and compares only words of the right length. No
// pointer per word: a table costs its characters and 54 bytes of index in flash. Used for the
// stopwords and the segmenter's abbreviations. Words that start with a non-ASCII letter ("à",
// "über", "él") come last, after the z words: start[26] is where they begin, and a lookup walks
// them to the terminating 0.
#pragma once

#include <cstddef>
#include <cstdint>

namespace precis::detail {

template <std::size_t N>
struct WordTable {
    unsigned char text[N];  // each word after its length byte; 0 at the end
    uint16_t start[27];     // offset of the first word >= 'a' + c; [26]: the non-ASCII words
    bool sorted;            // by first letter; checked by a static_assert where a table is defined
};

template <std::size_t N>
constexpr WordTable<N> index_words(const char (&words)[N]) {
    WordTable<N> t{};
    t.sorted = true;
    int letter = 0;
    for (std::size_t i = 0; i < N; ++i) t.text[i] = static_cast<unsigned char>(words[i]);
    for (std::size_t i = 0; i + 2 < N; ++i) {
        if (words[i] != ' ') continue;
        std::size_t len = 0;
        while (words[i + 1 + len] != ' ' && words[i + 1 + len] != '\0') ++len;
        t.text[i] = static_cast<unsigned char>(len);
        const unsigned char lead = static_cast<unsigned char>(words[i + 1]);
        int first = lead >= 0x80 ? 26 : words[i + 1] - 'a';
        if (first < letter - 1 || first < 0 || first > 26 || len == 0 || len > 255) t.sorted = false;
        while (letter <= first) t.start[letter++] = static_cast<uint16_t>(i);
    }
    t.text[N - 2] = 0;
    while (letter <= 26) t.start[letter++] = static_cast<uint16_t>(N - 2);
    return t;
}

// Phrases (lower case; they may hold spaces and punctuation), written in the source as one
// string with each phrase after a '|' ("|he|she|in addition|"). At compile time each '|' becomes
// the length of the phrase after it and the last one the terminating 0: no pointer per phrase
// in flash. `sorted`: by first byte, so that a lookup may stop past the byte it looks for.
template <std::size_t N>
struct PhraseTable {
    unsigned char text[N];
    bool sorted;
};

template <std::size_t N>
constexpr PhraseTable<N> pack_phrases(const char (&phrases)[N]) {
    PhraseTable<N> t{};
    t.sorted = phrases[0] == '|' && N >= 2 && phrases[N - 2] == '|';
    unsigned char last = 0;
    for (std::size_t i = 0; i < N; ++i) t.text[i] = static_cast<unsigned char>(phrases[i]);
    for (std::size_t i = 0; i + 2 < N; ++i) {
        if (phrases[i] != '|') continue;
        std::size_t len = 0;
        while (phrases[i + 1 + len] != '|' && phrases[i + 1 + len] != '\0') ++len;
        const unsigned char lead = static_cast<unsigned char>(phrases[i + 1]);
        if (len == 0 || len > 255 || lead < last) t.sorted = false;
        last = lead;
        t.text[i] = static_cast<unsigned char>(len);
    }
    t.text[N - 2] = 0;
    return t;
}

// The first phrase of a phrase table sorted by first byte (pack_phrases), from the length byte at
// p on, that s[0..n) starts with, ASCII letters compared in either case: its length byte, or null
// when none does. Call again from the phrase after a match for the next one.
const unsigned char *next_phrase_prefix(const unsigned char *p, const unsigned char *s, uint32_t n);

// Whether w[0..n) is one of the words of a table's text and start index (one function for every
// table size: it is code in flash).
bool in_word_table(const unsigned char *text, const uint16_t *start, const char *w, std::size_t n);

template <std::size_t N>
bool in_word_table(const WordTable<N> &table, const char *w, std::size_t n) {
    return in_word_table(table.text, table.start, w, n);
}

}  // namespace precis::detail
