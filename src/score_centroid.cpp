// Centroid methods: MEAD's centroid score (Radev et al. 2004) and the default for news.
#include "fixed.h"
#include "score.h"
#include "text.h"
#include "tokenize.h"

namespace precis::detail {
namespace {

// a + b, or the largest value when that overflows (the builtin lets a 32-bit core branch on the
// carry of its add rather than compare the operands again). Out of line on firmware, for its
// flash; inlined where PRECIS_WIDE_SCANS (64-bit hosts, text.h), where an add and a conditional
// move replace the two calls a term makes (102,000 instructions of a summary's 11.6 million on
// cnndm).
#if PRECIS_WIDE_SCANS
PRECIS_ALWAYS_INLINE
#else
PRECIS_NOINLINE
#endif
uint64_t add_saturating(uint64_t a, uint64_t b) {
#if defined(__GNUC__) || defined(__clang__)
    uint64_t sum;
    return __builtin_add_overflow(a, b, &sum) ? ~uint64_t{0} : sum;
#else
    return a > ~uint64_t{0} - b ? ~uint64_t{0} : a + b;
#endif
}

// Cosine of the sentence's tf-idf vector with the input's centroid (the sum of all sentences'
// vectors), up to the centroid's constant norm: centrality without comparing sentence pairs.
uint64_t centroid_cosine(const Model *m, uint32_t s) {
    uint64_t dot = 0, norm2 = 0;
#if PRECIS_WIDE_SCANS
    // Hosts: a sentence of at most 64 tokens (nearly all) has fewer than 64 distinct terms, each
    // count below 0xFFFF and each product below 2^58, so neither clamp nor saturation can apply:
    // the run of each term is walked once and the sums are plain adds (with the loop below,
    // score_default took 4.6% of a summary's instructions on cnndm; with this one, 2.9%).
    const uint32_t ntokens = m->token_count(s);
    if (ntokens <= 64) {
        const TermId *tok = m->tokens_of(s), *end = tok + ntokens;
        while (tok < end) {
            const TermId t = *tok++;
            uint32_t count = 1;
            while (tok < end && *tok == t) ++tok, ++count;
            const Term &term = m->term(t);
            const uint32_t occ = term.occurrences < 0xFFFF ? term.occurrences : 0xFFFF;
            const uint32_t w = count * term.idf, v = occ * term.idf;
            dot += uint64_t{w} * v;
            norm2 += uint64_t{w} * w;
        }
        const uint64_t norm = isqrt(norm2);
        return norm == 0 ? 0 : dot / norm;
    }
#endif
    for_each_term(m, s, [&](uint32_t t, uint32_t count) {
        const Term &term = m->term(t);
        // idf < 2^13 (compute_idf: 256 + 24 * 256 at most), so both factors fit in 32 bits and
        // each product is one 32 x 32 -> 64 multiplication.
        const uint32_t tf = count < 0xFFFF ? count : 0xFFFF;
        const uint32_t occ = term.occurrences < 0xFFFF ? term.occurrences : 0xFFFF;
        const uint32_t w = tf * term.idf, v = occ * term.idf;  // < 2^29 each
        dot = add_saturating(dot, uint64_t{w} * v);
        norm2 = add_saturating(norm2, uint64_t{w} * w);
    });
    uint64_t norm = isqrt(norm2);
    return norm == 0 ? 0 : dot / norm;
}

}  // namespace

#if PRECIS_CLASSIC_ALGORITHMS
// MEAD: score = C + P + F. C sums the centroid values of the sentence's words, a word's centroid
// value being its count per document times its idf; P = C_max of the document x (n - i) / n for
// the i-th (from 0) of n sentences; F is the overlap (dot product of word counts) with the
// document's first sentence, in the same units as C.
void score_centroid(Model *m, const ScoreScratch &sc) {
    uint32_t *value = sc.sentence_a, *doc_max = sc.sentence_b;  // doc_max: per sentence, of its document
    uint32_t ndocs = m->docs_with_sentences ? m->docs_with_sentences : 1;  // empty documents count for nothing
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        uint64_t c = 0;
        if (!(m->sentences[s].flags & kSentenceBoilerplate)) {
            for_each_term(m, s, [&](uint32_t t, uint32_t count) {
                c += uint64_t{count} * m->term(t).occurrences * m->term(t).idf / ndocs;
            });
        }
        value[s] = static_cast<uint32_t>(c > 0xFFFFFFFFu ? 0xFFFFFFFFu : c);
    }
    for (uint32_t d = 0; d < m->ndocs; ++d) {
        uint32_t best = 0;
        for (uint32_t s = m->doc_first[d]; s < m->doc_first[d + 1]; ++s) best = value[s] > best ? value[s] : best;
        for (uint32_t s = m->doc_first[d]; s < m->doc_first[d + 1]; ++s) doc_max[s] = best;
    }
    set_scores_scaled(m, [&](uint32_t s) -> uint64_t {
        if (m->sentences[s].flags & kSentenceBoilerplate) return 0;
        uint32_t d = m->sentences[s].document;
        uint64_t n = m->doc_first[d + 1] - m->doc_first[d], i = m->position_in_document(s);
        uint64_t position = uint64_t{doc_max[s]} * (n - i) / n;
        // Overlap with the first sentence: shared terms' count products, scaled like C (idf 1.0).
        uint64_t overlap = 0;
        for_each_shared_term(m, s, m->doc_first[d], [&](uint32_t, uint32_t ca, uint32_t cb) {
            overlap += uint64_t{ca} * cb * 256;
        });
        return uint64_t{value[s]} + position + overlap;
    });
}

#endif  // PRECIS_CLASSIC_ALGORITHMS

// The default for news: centrality (cosine with the centroid) blended with a position prior,
// then shaped by length and form. Tuned on the tuning halves of every development set at once and
// kept because it holds on every check half (docs/quality.md):
//  - position is kOne / (1 + position in the document): reports put their substance first. In one
//    report it weighs as much as centrality; across several, a third of it (what the reports
//    agree on matters more than any one lead, and selection adds coverage of it, select.h);
//  - the length prior favours sentences of 5..20 words: three short sentences read better than
//    three long ones. In one report a longer sentence loses only 70% of the excess, since leads
//    that run 30 words (Daily Mail's, BBC's) carry the story; across several reports coverage
//    already rewards length, and the full prior holds;
//  - sentences with fewer than three content words, headline lines without final punctuation,
//    and sentences that open on a back-reference ("He said", "However,") are discounted.
void score_default(Model *m, uint32_t budget_long, const ScoreScratch &sc) {
    constexpr uint32_t kCentralityWeight = 3, kShortWords = 5, kLongWords = 20;
    uint32_t excess_kept = m->docs_with_sentences > 1 ? 0 : 300;  // per mille of the words past long_words
    // In one report a sentence is long past kLongWords words, or past `budget_long`, 6/10 of the
    // words a byte or word budget holds: 320 bytes (some 53 words) take a lead of 30 words (Daily
    // Mail's run that long) without a penalty. Chosen on the tuning halves of cnndm_val and
    // dailymail_val_lc at 320-665 bytes and 50-100 words (a tenth of the bytes, against an eighth
    // and a twelfth); across several reports coverage weighs length, and the same rule lost 0.7-2
    // ROUGE-1 there.
    uint32_t long_words = m->docs_with_sentences == 1 && budget_long > kLongWords ? budget_long : kLongWords;
    uint32_t position_weight = m->docs_with_sentences > 1 ? 1 : 3;
    // Each cosine once (set_scores_scaled asks twice): its halves kept in the scratch arrays.
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        const uint64_t v = centroid_cosine(m, s);
        sc.sentence_a[s] = static_cast<uint32_t>(v);
        sc.sentence_b[s] = static_cast<uint32_t>(v >> 32);
    }
    set_scores_scaled(m, [&](uint32_t s) { return uint64_t{sc.sentence_b[s]} << 32 | sc.sentence_a[s]; });
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        Sentence &sent = m->sentences[s];
        uint64_t position = kOne / (m->position_in_document(s) + 1);
        uint64_t score = (kCentralityWeight * uint64_t{sent.score} + position_weight * position) /
                         (kCentralityWeight + position_weight);
        uint32_t words = m->sentences[s].words;
        if (words < kShortWords) score = score * words / kShortWords;
        if (words > long_words) {
            score = score * (long_words * 1000 + (words - long_words) * excess_kept) / (uint64_t{words} * 1000);
        }
        if (m->token_count(s) < 3) score /= 2;
        if (sent.flags & kSentenceUnterminated) score /= 2;
        if (sent.flags & kSentenceBackReference) score = score * 3 / 4;
        sent.score = static_cast<uint32_t>(score);
    }
}

}  // namespace precis::detail
