// The English stopword table: function words that carry no topic. NLTK's English list, whose
// apostrophe forms ("don't", "you're") the tokenizer splits into parts that are listed here
// ("don", "t", "re"), plus reporting verbs and honorifics that dominate news text without saying
// what it is about. Not "us": case folding makes "US" (the country) look like it.
#include "stopwords.h"

#include <cstring>

namespace precis {
namespace {

// Sorted (bytewise) for binary search. One array of pointers: small and read-only.
const char *const kStopwords[] = {
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

int compare(const char *word, std::size_t len, const char *entry) {
    std::size_t elen = std::strlen(entry);
    std::size_t n = len < elen ? len : elen;
    int c = std::memcmp(word, entry, n);
    if (c != 0) return c;
    return len < elen ? -1 : (len > elen ? 1 : 0);
}

}  // namespace

bool is_stopword(const char *word, std::size_t len) {
    std::size_t lo = 0, hi = sizeof kStopwords / sizeof kStopwords[0];
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        int c = compare(word, len, kStopwords[mid]);
        if (c == 0) return true;
        if (c < 0) hi = mid; else lo = mid + 1;
    }
    return false;
}

}  // namespace precis
