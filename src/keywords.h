// Keywords: the key terms and short key phrases of the documents, each shown where it first
// occurs. A term weighs its count, doubled in each document's first three sentences (where news
// puts its substance); ties go to the term seen first. The best terms, best first, each become a
// keyword at their first occurrence: the word alone, or for a name the run of capitalized
// content words around it (at most kMaxPhraseWords: "Justice Department", "Armando Saldate").
// A phrase covers its terms: a later term already covered does not become a keyword again.
#pragma once

#include "model.h"

// Build option: 0 leaves keywords out of the library (precis_keywords is then an argument error).
#include "precis/precis_options.h"  // PRECIS_KEYWORDS

namespace precis::detail {

constexpr uint32_t kMaxPhraseWords = 3;

// Scratch for keywords, carved with the model: [max_terms] each.
struct KeywordScratch {
    uint32_t *weight;
    uint16_t *order;
};

// Writes up to `cap` keywords (at most PRECIS_MAX_KEYWORDS) to out, best first, and returns
// how many. Boilerplate sentences (bylines, credits) take no part unless keep_boilerplate.
// Cost: one pass over the terms of every sentence, a sort of the terms, and for each keyword
// a scan of the sentences (binary search in each) and of one sentence's words.
uint32_t find_keywords(const Model *m, bool keep_boilerplate, const KeywordScratch &k, precis_span *out, uint32_t cap);

}  // namespace precis::detail
