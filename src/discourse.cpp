#include "discourse.h"

#include "text.h"

namespace precis {
namespace {

// First words that point back (case-insensitive, whole word). "It" and "This" open many
// self-contained sentences too ("It is raining"), but in news they mostly refer back.
const char *const kOpeners[] = {
    "he",        "she",      "it",        "they",        "them",     "his",       "her",
    "its",       "their",    "this",      "these",       "those",    "that",      "such",
    "but",       "however",  "also",      "and",         "yet",      "still",     "meanwhile",
    "moreover",  "furthermore", "besides", "instead",    "nevertheless", "nonetheless", "therefore",
    "thus",      "hence",    "consequently", "otherwise", "then",    "later",     "afterwards",
    "in addition", "in contrast", "as a result", "on the other hand", "by contrast", "even so",
    "for his part", "for her part", "for its part", "for their part",
    // Shell nouns: "The move comes after ..." names an event told in an earlier sentence.
    "the move", "the decision", "the step", "the measure", "the incident", "the announcement",
    "the remarks", "the comments", "the development",
};

}  // namespace

bool opens_with_back_reference(const unsigned char *s, uint32_t n) {
    // Skip opening quotes and brackets: "“He said" points back as much as "He said".
    uint32_t i = 0;
    while (i < n && !is_ascii_alpha(s[i]) && (s[i] == '"' || s[i] == '\'' || s[i] == '(' || s[i] >= 0x80)) {
        if (s[i] >= 0x80 && !(s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80)) return false;
        i += s[i] >= 0x80 ? 3 : 1;
    }
    if (i >= n) return false;
    const unsigned char first = ascii_lower(s[i]);
    for (const char *opener : kOpeners) {
        if (static_cast<unsigned char>(opener[0]) != first) continue;
        uint32_t k = 0;
        while (opener[k] != 0 && i + k < n && ascii_lower(s[i + k]) == static_cast<unsigned char>(opener[k])) ++k;
        if (opener[k] != 0) continue;
        // A whole word: "Item" and "Thesis" do not open with "it" and "the".
        if (i + k == n || !(is_ascii_alpha(s[i + k]) || is_digit(s[i + k]))) return true;
    }
    return false;
}

}  // namespace precis
