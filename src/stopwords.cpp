// The English stopword table: function words that carry no topic. NLTK's English list, whose
// apostrophe forms ("don't", "you're") the tokenizer splits into parts that are listed here
// ("don", "t", "re"), plus reporting verbs and honorifics that dominate news text without saying
// what it is about. Not "us": case folding makes "US" (the country) look like it.
#include "stopwords.h"

#include <cstdint>


namespace precis {
namespace {

// Sorted (bytewise) for binary search. One array of pointers: small and read-only.
constexpr const char *kStopwords[] = {
    "a", "about", "above", "after", "again", "against", "ain", "all", "also", "am", "an", "and",
    "any", "are", "aren", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "couldn", "d", "did", "didn", "do", "does",
    "doesn", "doing", "don", "down", "during", "each", "few", "for", "from", "further", "had",
    "hadn", "has", "hasn", "have", "haven", "having", "he", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "i", "if", "in", "into", "is", "isn", "it", "its", "itself",
    "just", "ll", "m", "ma", "may", "me", "might", "mightn", "more", "most", "mr", "mrs", "ms",
    "must", "mustn", "my", "myself", "needn", "no", "nor", "not", "now", "o", "of", "off", "on",
    "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "re", "s",
    "said", "same", "say", "says", "shall", "shan", "she", "should", "shouldn", "so", "some",
    "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "ve",
    "very", "was", "wasn", "we", "were", "weren", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "won", "would", "wouldn", "y", "you", "your", "yours",
    "yourself", "yourselves",
};

// Bytewise order of word[0..len) and a NUL-terminated entry, in one pass (no strlen per probe).
int compare(const char *word, std::size_t len, const char *entry) {
    for (std::size_t i = 0;; ++i) {
        unsigned char e = static_cast<unsigned char>(entry[i]);
        if (i == len) return e == 0 ? 0 : -1;
        if (e == 0) return 1;
        unsigned char w = static_cast<unsigned char>(word[i]);
        if (w != e) return w < e ? -1 : 1;
    }
}

constexpr std::size_t kCount = sizeof kStopwords / sizeof kStopwords[0];

// kFirst[c]: index of the first stopword whose first letter is >= 'a' + c ([26]: the count), so
// that a lookup searches only the words with the right first letter. Built at compile time.
struct FirstLetterIndex {
    uint8_t at[27];
};
constexpr FirstLetterIndex index_first_letters() {
    FirstLetterIndex index{};
    std::size_t w = 0;
    for (int c = 0; c <= 26; ++c) {
        while (w < kCount && kStopwords[w][0] - 'a' < c) ++w;
        index.at[c] = static_cast<uint8_t>(w);
    }
    return index;
}
constexpr FirstLetterIndex kFirst = index_first_letters();

}  // namespace

bool is_stopword(const char *word, std::size_t len) {
    if (len == 0 || word[0] < 'a' || word[0] > 'z') return false;  // every stopword is a-z
    std::size_t lo = kFirst.at[word[0] - 'a'], hi = kFirst.at[word[0] - 'a' + 1];
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        int c = compare(word, len, kStopwords[mid]);
        if (c == 0) return true;
        if (c < 0) hi = mid; else lo = mid + 1;
    }
    return false;
}

}  // namespace precis
