#include "score.h"

#include "fixed.h"

namespace precis {
namespace {

uint64_t add_saturating(uint64_t a, uint64_t b) { return a > ~uint64_t{0} - b ? ~uint64_t{0} : a + b; }

// First sentences of each document, in turn: the k-th sentences of all documents tie and the
// tie goes to document order.
void score_lead(Model *m) {
    for (uint32_t s = 0; s < m->nsentences; ++s) m->sentences[s].score = kOne / (m->position_in_document(s) + 1);
}

// Cosine similarity of the sentence's tf-idf vector with the centroid of the input (the sum of
// all sentences' vectors), up to the centroid's constant norm: centrality without comparing
// sentence pairs, so the cost is linear in the tokens.
uint64_t centroid_similarity(const Model *m, uint32_t s) {
    const TermId *tok = m->tokens_of(s);
    uint32_t n = m->token_count(s);
    uint64_t dot = 0, norm2 = 0;
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i;
        while (j < n && tok[j] == tok[i]) ++j;
        const Term &t = m->terms[tok[i]];
        uint64_t tf = j - i < 0xFFFF ? j - i : 0xFFFF;
        uint64_t occ = t.occurrences < 0xFFFF ? t.occurrences : 0xFFFF;
        uint64_t w = tf * t.idf;                    // < 2^32
        dot = add_saturating(dot, w * (occ * t.idf));  // < 2^64 per term
        norm2 = add_saturating(norm2, w * w);
        i = j;
    }
    uint64_t norm = isqrt(norm2);
    return norm == 0 ? 0 : dot / norm;
}

// The default for news: centrality (similarity to the centroid) blended with a position prior
// (reports put their substance first), with very short sentences (few content words) discounted.
void score_default(Model *m) {
    uint64_t best = 1;
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        uint64_t c = centroid_similarity(m, s);
        if (c > best) best = c;
    }
    // Keep (c << 16) within 64 bits: the same shift on every target.
    uint32_t shift = 0;
    while ((best >> shift) >= (uint64_t{1} << 40)) ++shift;
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        Sentence &sent = m->sentences[s];
        uint64_t c = centroid_similarity(m, s) >> shift;
        uint32_t centrality = static_cast<uint32_t>((c << 16) / ((best >> shift) | 1));
        uint32_t position = 2 * kOne / (m->position_in_document(s) + 2);
        uint32_t score = (3 * centrality + 2 * position) / 5;
        if (m->token_count(s) < 3) score /= 2;
        sent.score = score;
    }
}

}  // namespace

bool score_sentences(Model *m, uint32_t algorithm) {
    switch (algorithm) {
        case PRECIS_ALGO_DEFAULT: score_default(m); return true;
        case PRECIS_ALGO_LEAD: score_lead(m); return true;
        default: return false;
    }
}

}  // namespace precis
