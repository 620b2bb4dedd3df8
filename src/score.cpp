#include "score.h"

#include "fixed.h"

namespace precis::detail {

bool algorithm_built(uint32_t algorithm) {
    return algorithm <= PRECIS_ALGO_LEAD || (PRECIS_CLASSIC_ALGORITHMS && algorithm < PRECIS_ALGO_COUNT);
}

bool score_sentences(Model *m, uint32_t algorithm, uint32_t budget_long, const ScoreScratch &scratch) {
    switch (algorithm) {
        case PRECIS_ALGO_DEFAULT: score_default(m, budget_long, scratch); return true;
        case PRECIS_ALGO_LEAD: score_lead(m); return true;
#if PRECIS_CLASSIC_ALGORITHMS
        case PRECIS_ALGO_LUHN: score_luhn(m, scratch); return true;
        case PRECIS_ALGO_TEXTRANK: score_textrank(m, scratch); return true;
        case PRECIS_ALGO_LEXRANK: score_lexrank(m, scratch); return true;
        case PRECIS_ALGO_SUMBASIC: score_sumbasic(m, scratch); return true;
        case PRECIS_ALGO_KLSUM: score_klsum(m, scratch); return true;
        case PRECIS_ALGO_CENTROID: score_centroid(m, scratch); return true;
#endif
        default: return false;
    }
}

// First sentences of each document, in turn: the k-th sentences of all documents tie and the
// tie goes to document order.
void score_lead(Model *m) {
    for (uint32_t s = 0; s < m->nsentences; ++s) m->sentences[s].score = kOne / (m->position_in_document(s) + 1);
}

}  // namespace precis::detail
