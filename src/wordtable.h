// Word tables: a sorted list of lower-case words, written in the source as one string with each
// word between single spaces (" a about above "). At compile time each space becomes the length
// of the word after it and the table is indexed by first letter, so a lookup hops from word to
// word among those that share the first letter and compares only words of the right length. No
// pointer per word, and no first letter where the index gives it (a-z): a table costs its
// characters but one a word, and 54 bytes of index in flash. Used for the stopwords and the
// segmenter's abbreviations. Words that start with a non-ASCII letter ("à", "über", "él") come
// last, after the z words, whole: start[26] is where they begin, and a lookup walks them to the
// terminating 0.
#pragma once

#include <cstddef>
#include <cstdint>

#include "text.h"

namespace precis::detail {

template <std::size_t N>
struct WordTable {
    unsigned char text[N];  // each word after its length byte (an a-z word without its first letter); 0 at the end
    uint16_t start[27];     // offset of the first word >= 'a' + c; [26]: the non-ASCII words
    bool sorted;            // by first letter; checked by a static_assert where a table is defined
};

// The bytes of the text of a word list's table: index_words_in<word_table_bytes(words)>(words)
// is the table without the padding that index_words(words) leaves after the terminating 0.
template <std::size_t N>
constexpr std::size_t word_table_bytes(const char (&words)[N]) {
    std::size_t bytes = 1;  // the terminating 0
    for (std::size_t i = 0; i + 2 < N; ++i) {
        if (words[i] != ' ') continue;
        std::size_t len = 0;
        while (words[i + 1 + len] != ' ' && words[i + 1 + len] != '\0') ++len;
        bytes += 1 + len - (words[i + 1] >= 'a' && words[i + 1] <= 'z' ? 1 : 0);
    }
    return bytes;
}

template <std::size_t M, std::size_t N>
constexpr WordTable<M> index_words_in(const char (&words)[N]) {
    WordTable<M> t{};
    t.sorted = true;
    int letter = 0;
    std::size_t out = 0;
    for (std::size_t i = 0; i + 2 < N; ++i) {
        if (words[i] != ' ') continue;
        std::size_t len = 0;
        while (words[i + 1 + len] != ' ' && words[i + 1 + len] != '\0') ++len;
        const unsigned char lead = static_cast<unsigned char>(words[i + 1]);
        int first = lead >= 0x80 ? 26 : words[i + 1] - 'a';
        const std::size_t kept = first < 26 ? len - 1 : len;  // the letters after the length byte
        if (first < letter - 1 || first < 0 || first > 26 || len == 0 || len > 255 || out + 1 + kept + 1 > M) {
            t.sorted = false;
            return t;
        }
        while (letter <= first) t.start[letter++] = static_cast<uint16_t>(out);
        t.text[out++] = static_cast<unsigned char>(len);
        for (std::size_t k = len - kept; k < len; ++k) t.text[out++] = static_cast<unsigned char>(words[i + 1 + k]);
    }
    t.text[out] = 0;
    while (letter <= 26) t.start[letter++] = static_cast<uint16_t>(out);
    return t;
}

// The table of a word list, as large as the list's string (index_words_in: as large as it needs).
template <std::size_t N>
constexpr WordTable<N> index_words(const char (&words)[N]) {
    return index_words_in<N>(words);
}

// Whether no word of a table starts above ASCII (compile time). A build without language packs
// looks up such words nowhere (in_word_table): the English tables must say so.
template <std::size_t N>
constexpr bool ascii_initials(const WordTable<N> &t) {
    return t.text[t.start[26]] == 0;
}

// The length of a table's longest word: a longer word is in no table (compile time).
template <std::size_t N>
constexpr std::size_t longest_word(const WordTable<N> &t) {
    std::size_t longest = 0;
    for (std::size_t p = 0; t.text[p] != 0; p += t.text[p] + (p < t.start[26] ? 0u : 1u)) {
        longest = t.text[p] > longest ? t.text[p] : longest;
    }
    return longest;
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

// Phrases sorted by first byte, as for pack_phrases ("|also|and|but|"), grouped by it: each
// group of phrases that share a first byte is preceded by the bytes it takes and that byte, once,
// so that a lookup hops over whole groups to its own (a table of openers is scanned for every
// sentence) and a phrase holds its length and the bytes after its first. `sorted`: by first
// byte, and every group at most 255 bytes.
//
// Where PRECIS_WIDE_SCANS (64-bit hosts, whose flash is not counted) the groups follow an index by
// first letter: for each of a-z, two bytes (low first) that give where its group starts in the
// text, 0 where no phrase opens with it. A lookup then goes to its letter's group at once: hopping
// there cost a third of has_phrase_prefix's instructions, as "t", the letter most sentences
// open with, comes late. Firmware keeps the hops, and its flash.
constexpr std::size_t kPhraseIndexBytes = PRECIS_WIDE_SCANS ? 2 * 26 : 0;
template <std::size_t N>
struct PhraseGroups {
    unsigned char text[N];  // [index where kPhraseIndexBytes][group bytes][first byte][length][phrase but its first byte]..., ..., 0
    bool sorted;
};

// The bytes of the grouped table of a phrase list (group_phrases' M): the index, two a group (its
// size and first byte), a phrase's length and its bytes after the first, and the terminating 0.
template <std::size_t N>
constexpr std::size_t phrase_group_bytes(const char (&phrases)[N]) {
    std::size_t bytes = kPhraseIndexBytes + 1;
    char last = 0;
    bool any = false;
    for (std::size_t i = 0; i + 2 < N; ++i) {
        if (phrases[i] != '|') continue;
        if (!any || phrases[i + 1] != last) bytes += 2;
        any = true;
        last = phrases[i + 1];
        std::size_t len = 0;
        while (phrases[i + 1 + len] != '|' && phrases[i + 1 + len] != '\0') ++len;
        bytes += len;  // its length byte and its bytes after the first
    }
    return bytes;
}

template <std::size_t M, std::size_t N>
constexpr PhraseGroups<M> group_phrases(const char (&phrases)[N]) {
    PhraseGroups<M> t{};
    t.sorted = phrases[0] == '|' && N >= 2 && phrases[N - 2] == '|';
    std::size_t out = kPhraseIndexBytes, group = 0;  // group: where the open group's byte count goes
    char last = 0;
    for (std::size_t i = 0; i + 2 < N; ++i) {
        if (phrases[i] != '|') continue;
        std::size_t len = 0;
        while (phrases[i + 1 + len] != '|' && phrases[i + 1 + len] != '\0') ++len;
        if (len == 0 || len > 255 || static_cast<unsigned char>(phrases[i + 1]) < static_cast<unsigned char>(last)) t.sorted = false;
        if (out == kPhraseIndexBytes || phrases[i + 1] != last) {
            group = out++;
            t.text[out++] = static_cast<unsigned char>(phrases[i + 1]);
            const std::size_t letter = static_cast<unsigned char>(phrases[i + 1]) - static_cast<std::size_t>('a');
            if (kPhraseIndexBytes > 0 && letter < 26) {
                t.text[2 * letter] = static_cast<unsigned char>(group & 0xFF);
                t.text[2 * letter + 1] = static_cast<unsigned char>(group >> 8);
            }
        }
        last = phrases[i + 1];
        t.text[out++] = static_cast<unsigned char>(len);
        for (std::size_t k = 1; k < len; ++k) t.text[out++] = static_cast<unsigned char>(phrases[i + 1 + k]);
        if (out - group - 1 > 255) t.sorted = false;
        t.text[group] = static_cast<unsigned char>(out - group - 1);
    }
    t.text[out] = 0;
    if (out + 1 != M) t.sorted = false;  // M must be phrase_group_bytes(phrases)
    return t;
}

// The length of the first phrase of a grouped table (group_phrases) that s[0..n) starts with,
// ASCII letters compared in either case, or 0 when none; with `whole_word`, only where no letter
// or digit follows the phrase in s.
uint32_t has_phrase_prefix(const unsigned char *groups, const unsigned char *s, uint32_t n, bool whole_word);

// Whether w[0..n) is one of the words of a table's text and start index (one function for every
// table size: it is code in flash).
bool in_word_table(const unsigned char *text, const uint16_t *start, const char *w, std::size_t n);

template <std::size_t N>
bool in_word_table(const WordTable<N> &table, const char *w, std::size_t n) {
    return in_word_table(table.text, table.start, w, n);
}

}  // namespace precis::detail
