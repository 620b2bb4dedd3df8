// Selection: the best-scored sentences that fit the budget, skipping boilerplate and sentences
// that repeat one already chosen.
#pragma once

#include "model.h"

namespace precis {

// Chosen sentences are compared with at most this many earlier choices (the best-ranked ones),
// which bounds the redundancy check at O(sentences x kRedundancyWindow) comparisons.
constexpr uint32_t kRedundancyWindow = 64;

struct Budget {
    uint32_t kind;    // precis_budget_kind
    uint32_t amount;  // resolved: sentences, words or bytes (ratio already turned into sentences)
};

struct Selection {
    uint32_t redundancy;     // per-mille similarity at which a candidate repeats a choice
    bool keep_boilerplate;
    bool trim;               // sentences may be trimmed (trim.h) to fit
};

// A sentence whole or trimmed, and what it costs in the budget's unit.
struct Variant {
    uint32_t trim;  // PRECIS_TRIM_* bits that cut something; 0: the whole sentence
    uint32_t cost;
};

// The sentence whole, then (when `trim`) each trim level that cuts more and costs less (under a
// sentence budget: that cuts more), from least to most cut. Returns how many (1..1 + kTrimLevels) were written to out.
uint32_t sentence_variants(const Model *m, uint32_t s, uint32_t kind, bool trim, Variant *out);

// Ranks all sentences (score descending, then input order) into `order` [m->nsentences], then
// writes up to out_cap chosen spans to `out` in rank order. Returns the number written.
// `norms` [m->nsentences] is scratch.
uint32_t select_sentences(Model *m, const Budget &budget, const Selection &rules, uint32_t *order,
                          uint32_t *norms, precis_span *out, uint32_t out_cap);

// The length of a sentence's idf-weighted set of terms: sqrt(sum over its distinct terms of
// idf^2), the denominator of similarity_permille.
uint32_t sentence_norm(const Model *m, uint32_t s);

// Per-mille idf-weighted cosine similarity of two sentences' sets of terms, given their norms
// (through for_each_shared_term, so a very long sentence costs little to compare with).
uint32_t similarity_permille(const Model *m, uint32_t a, uint32_t norm_a, uint32_t b, uint32_t norm_b);

}  // namespace precis
