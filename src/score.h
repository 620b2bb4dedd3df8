// Ranking algorithms: each sets Sentence::score (16.16 fixed point, higher is better, the best
// sentence at 1.0) for every sentence of the model. Integer arithmetic only.
#pragma once

#include "fixed.h"
#include "model.h"
#include "precis/precis_options.h"

namespace precis::detail {

// Memory the algorithms may use, carved with the model; contents are garbage on entry.
struct ScoreScratch {
    uint32_t *sentence_a;  // [max_sentences]
    uint32_t *sentence_b;  // [max_sentences]
    uint32_t *sentence_c;  // [max_sentences]: the selection's order array, free until selection
    union {
        uint32_t *term;    // [max_terms]
        uint16_t *edges;   // [graph_edges(max_sentences)] instead, for TextRank and LexRank (precis.cpp carve)
    };
};

// TextRank and LexRank rank a graph of at most this many sentences: each document's first
// kGraphSentences / documents sentences (at least one each, while room is left). The rest score 0. This bounds the
// pairwise similarity work at O(kGraphSentences^2), done once (ScoreScratch::edges), whatever the input size.
constexpr uint32_t kGraphSentences = 128;

// The edges a graph of at most max_sentences sentences stores (16 bits each): one per pair of
// its n = min(max_sentences, kGraphSentences) nodes, n (n - 1) / 2.
constexpr uint32_t graph_edges(uint32_t max_sentences) {
    uint32_t n = max_sentences < kGraphSentences ? max_sentences : kGraphSentences;
    return n * (n - (n > 0 ? 1 : 0)) / 2;
}

// SumBasic and KL-Sum pick sentences greedily; they order at most this many picks (each pick
// costs a pass over the sentences), and rank the rest below them by their first-pass value.
constexpr uint32_t kGreedyPicks = 64;

// Build option PRECIS_CLASSIC_ALGORITHMS (precis_options.h): 0 leaves the classic algorithms
// (luhn .. centroid) out of the library; default and lead are always built.

// Whether this build of the library has `algorithm`.
bool algorithm_built(uint32_t algorithm);

// Returns false for an algorithm this build does not have (nothing scored). `budget_long`: the
// sentence length in words that is long for the budget, 6/10 of the words a byte or word budget
// holds (precis.cpp long_for_budget), 0 under a sentence or ratio budget; only the default reads it.
bool score_sentences(Model *m, uint32_t algorithm, uint32_t budget_long, const ScoreScratch &scratch);

// The algorithms, one per paper (score_*.cpp).
void score_lead(Model *m);
void score_luhn(Model *m, const ScoreScratch &scratch);
void score_textrank(Model *m, const ScoreScratch &scratch);
void score_lexrank(Model *m, const ScoreScratch &scratch);
void score_sumbasic(Model *m, const ScoreScratch &scratch);
void score_klsum(Model *m, const ScoreScratch &scratch);
void score_centroid(Model *m, const ScoreScratch &scratch);
void score_default(Model *m, uint32_t budget_long, const ScoreScratch &scratch);

// Shared by the algorithms ---------------------------------------------------------------------

// Sets every sentence's score to raw(s) scaled so that the largest is 1.0 (kOne). raw is called
// twice per sentence (no memory needed); it must be deterministic.
template <typename Raw>
void set_scores_scaled(Model *m, Raw raw) {
    uint64_t best = 1;
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        uint64_t v = raw(s);
        if (v > best) best = v;
    }
    uint32_t shift = 0;  // keep (value << 16) within 64 bits, the same way on every target
    while ((best >> shift) >= (uint64_t{1} << 40)) ++shift;
    uint64_t denom = best >> shift;
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        m->sentences[s].score = static_cast<uint32_t>(((raw(s) >> shift) << 16) / denom);
    }
}

// Scores picks[0..npicks) (a greedy algorithm's choices, best first) above every other sentence,
// in pick order; the others keep their order by first_pass(s), scaled below the last pick.
template <typename FirstPass>
void set_scores_by_picks(Model *m, const uint32_t *picks, uint32_t npicks, FirstPass first_pass) {
    // Picks take the top of the range in equal steps; the others share the bottom step.
    uint32_t step = kOne / (npicks + 1);
    set_scores_scaled(m, first_pass);
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        m->sentences[s].score = static_cast<uint32_t>((uint64_t{m->sentences[s].score} * (step - 1)) >> 16);
    }
    for (uint32_t k = 0; k < npicks; ++k) m->sentences[picks[k]].score = kOne - k * step;
}

}  // namespace precis::detail
