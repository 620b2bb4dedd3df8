// The in-workspace representation of the input that every stage after segmentation shares.
#pragma once

#include <cstddef>
#include <cstdint>

#include "language.h"
#include "precis/precis.h"
#include "segment.h"
#include "terms.h"

namespace precis::detail {

// Sentence flags beyond the segmenter's (SentenceFlag uses the low bits).
enum : uint8_t {
    kSentenceBackReference = 1u << 5,  // opens on a pronoun or connective (discourse.h)
    kSentenceBoilerplate = 1u << 6,    // furniture (content.h): never selected unless asked
    kSentenceContentFree = 1u << 7,    // nothing to say (content.h): never selected at all
};

struct Sentence {
    uint32_t begin;        // byte offset in its document, dateline already cut
    uint32_t end;          // one past the last byte
    uint32_t first_token;  // index into Model::tokens; the run ends where the next sentence's starts
    uint32_t score;        // 16.16 fixed point, set by the ranking algorithm
    uint32_t words;        // runs of non-whitespace (count_words), counted while tokenizing
    uint16_t document;
    uint8_t flags;         // SentenceFlag | kSentenceBackReference | kSentenceBoilerplate | kSentenceContentFree
    uint8_t language;      // enum precis_language of its document (never AUTO); fills the padding
};

struct Model {
    const precis_doc *docs;
    uint32_t ndocs;            // documents read: Sentence::document indexes the caller's array
    // Documents with at least one sentence: the count every scorer uses ("one report or several",
    // per-document shares), so that an empty document, anywhere, changes no score.
    uint32_t docs_with_sentences;
    uint32_t *doc_first;       // [max_documents + 1] index of each document's first sentence
    Sentence *sentences;       // [max_sentences]
    uint32_t nsentences;
    TermId *tokens;            // [max_tokens], sorted within each sentence
    uint32_t ntokens;
    TermTable terms;           // [max_terms] terms and their hash index
    FallbackStopwords *fallback;  // [1] the stopwords of documents in PRECIS_LANGUAGE_OTHER

    // How the words of sentence s are keyed (tokenize.h term_key).
    TermRules rules(uint32_t s) const {
        const uint32_t language = sentences[s].language;
        return TermRules{language, language_pack(language), fallback};
    }

    const Term &term(uint32_t id) const { return terms.terms[id]; }
    uint32_t nterms() const { return terms.count; }
    uint32_t token_count(uint32_t s) const {
        uint32_t next = s + 1 < nsentences ? sentences[s + 1].first_token : ntokens;
        return next - sentences[s].first_token;
    }
    const TermId *tokens_of(uint32_t s) const { return tokens + sentences[s].first_token; }
    uint32_t position_in_document(uint32_t s) const { return s - doc_first[sentences[s].document]; }
    const unsigned char *text_of(uint32_t s) const {
        return reinterpret_cast<const unsigned char *>(docs[sentences[s].document].text) + sentences[s].begin;
    }
    uint32_t length_of(uint32_t s) const { return sentences[s].end - sentences[s].begin; }
};

// Calls f(term id, count in sentence) for each distinct term of sentence s, in id order.
template <typename F>
void for_each_term(const Model *m, uint32_t s, F f) {
    const TermId *tok = m->tokens_of(s);
    uint32_t n = m->token_count(s);
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i;
        while (j < n && tok[j] == tok[i]) ++j;
        f(tok[i], j - i);
        i = j;
    }
}

// Calls f(term id, count in a, count in b) for each term that sentences a and b share, in term
// order. Walks the shorter run and, when the longer is much longer, binary-searches it, so that
// comparing a short sentence with a very long one costs O(short x log long) and two runs of
// similar length a plain merge: every pairwise measure goes through here.
template <typename F>
void for_each_shared_term(const Model *m, uint32_t a, uint32_t b, F f) {
    const TermId *small = m->tokens_of(a), *large = m->tokens_of(b);
    uint32_t ns = m->token_count(a), nl = m->token_count(b);
    bool swapped = ns > nl;
    if (swapped) {
        const TermId *t = small;
        small = large;
        large = t;
        uint32_t n = ns;
        ns = nl;
        nl = n;
    }
    const TermId *from = large, *end = large + nl;
    for (uint32_t i = 0; i < ns && from < end;) {
        TermId t = small[i];
        uint32_t in_small = 0, in_large = 0;
        while (i < ns && small[i] == t) ++i, ++in_small;
        if (nl / 16 > ns) {
            // Both ends of t's run by binary search: a term may fill most of a long sentence.
            const TermId *hi = end;
            while (from < hi) {  // first >= t
                const TermId *mid = from + (hi - from) / 2;
                if (*mid < t) from = mid + 1; else hi = mid;
            }
            const TermId *run = from;
            hi = end;
            while (from < hi) {  // first > t
                const TermId *mid = from + (hi - from) / 2;
                if (*mid <= t) from = mid + 1; else hi = mid;
            }
            in_large = static_cast<uint32_t>(from - run);
        } else {
            while (from < end && *from < t) ++from;
            for (; from < end && *from == t; ++from) ++in_large;
        }
        if (in_large > 0) swapped ? f(t, in_large, in_small) : f(t, in_small, in_large);
    }
}

}  // namespace precis::detail
