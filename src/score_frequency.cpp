// Word-frequency methods: Luhn (1958), SumBasic (Nenkova & Vanderwende 2005) and KL-Sum
// (Haghighi & Vanderwende 2009). Each is linear in the tokens per pass.
#include "fixed.h"
#include "score.h"
#include "tokenize.h"

#if PRECIS_CLASSIC_ALGORITHMS

namespace precis::detail {
namespace {

// Luhn's gap: significant words at most this many insignificant words apart share a cluster.
constexpr uint32_t kLuhnGap = 4;

// Sentences that take part: not boilerplate, and with at least one content word.
bool eligible(const Model *m, uint32_t s) {
    return !(m->sentences[s].flags & kSentenceBoilerplate) && m->token_count(s) > 0;
}

// Luhn's value of a sentence: over clusters of significant words (gaps <= kLuhnGap words),
// the largest (significant words)^2 / (cluster length in words), in 16.16.
uint64_t luhn_value(const Model *m, uint32_t s, const uint32_t *significant) {
    WordCursor c = word_cursor(m->text_of(s), m->length_of(s));
    char word[kMaxWordBytes];
    std::size_t len = 0;
    uint64_t best = 0;
    uint32_t index = 0, start = 0, last = 0, count = 0;
    auto close = [&]() {
        if (count == 0) return;
        uint64_t v = (uint64_t{count} * count << 16) / (last - start + 1);
        if (v > best) best = v;
    };
    const TermRules rules = m->rules(s);
    for (; next_word(&c, word, &len); ++index) {
        uint32_t key = term_key(word, len, rules);
        uint32_t id = key == 0 ? kNoTerm : term_table_find(&m->terms, key);
        if (id == kNoTerm || !significant[id]) continue;
        if (count > 0 && index - last - 1 <= kLuhnGap) {
            ++count;
        } else {
            close();
            start = index;
            count = 1;
        }
        last = index;
    }
    close();
    return best;
}

}  // namespace

// Luhn: a word is significant when it occurs at least twice and at least as often as the
// average content word (Luhn's upper cut-off is the stopword list).
void score_luhn(Model *m, const ScoreScratch &sc) {
    uint32_t *significant = sc.term;
    uint32_t nterms = m->nterms();
    for (uint32_t t = 0; t < nterms; ++t) {
        uint64_t occ = m->term(t).occurrences;
        significant[t] = occ >= 2 && occ * nterms >= m->ntokens;
    }
    set_scores_scaled(m, [&](uint32_t s) { return eligible(m, s) ? luhn_value(m, s, significant) : 0; });
}

// SumBasic: p(w) = count / tokens; a sentence weighs the average p of its words. Repeatedly take
// the highest-probability word, pick the best sentence that contains it, and square the
// probabilities of the picked sentence's words so that later picks say something new.
void score_sumbasic(Model *m, const ScoreScratch &sc) {
    uint32_t *p = sc.term, *first = sc.sentence_a, *picked = sc.sentence_b, *picks = sc.sentence_c;
    uint32_t nterms = m->nterms(), total = m->ntokens ? m->ntokens : 1;
    // Only words of eligible sentences can lead a pick.
    for (uint32_t t = 0; t < nterms; ++t) p[t] = 0;
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        picked[s] = 0;
        if (!eligible(m, s)) continue;
        for_each_term(m, s, [&](uint32_t t, uint32_t) {
            p[t] = static_cast<uint32_t>((uint64_t{m->term(t).occurrences} << 24) / total);  // 8.24
        });
    }
    auto weight = [&](uint32_t s) -> uint32_t {
        uint64_t sum = 0;
        for_each_term(m, s, [&](uint32_t t, uint32_t count) { sum += uint64_t{p[t]} * count; });
        return static_cast<uint32_t>(sum / m->token_count(s));
    };
    for (uint32_t s = 0; s < m->nsentences; ++s) first[s] = eligible(m, s) ? weight(s) : 0;

    uint32_t npicks = 0;
    // Each round picks a sentence or retires a word no unpicked sentence holds; rounds are capped
    // so that a pathological input cannot make this quadratic.
    for (uint32_t round = 0; round < 2 * kGreedyPicks && npicks < kGreedyPicks; ++round) {
        uint32_t top = kNoTerm;
        for (uint32_t t = 0; t < nterms; ++t) {
            if (p[t] > 0 && (top == kNoTerm || p[t] > p[top])) top = t;
        }
        if (top == kNoTerm) break;
        uint32_t best = kNoTerm, best_weight = 0;
        for (uint32_t s = 0; s < m->nsentences; ++s) {
            if (picked[s] || !eligible(m, s)) continue;
            bool holds = false;
            for_each_term(m, s, [&](uint32_t t, uint32_t) { holds |= t == top; });
            if (!holds) continue;
            uint32_t w = weight(s);
            if (best == kNoTerm || w > best_weight) best = s, best_weight = w;
        }
        if (best == kNoTerm) {
            p[top] = 0;
            continue;
        }
        picked[best] = 1;
        picks[npicks++] = best;
        for_each_term(m, best, [&](uint32_t t, uint32_t) { p[t] = static_cast<uint32_t>((uint64_t{p[t]} * p[t]) >> 24); });
    }
    set_scores_by_picks(m, picks, npicks, [&](uint32_t s) { return uint64_t{first[s]}; });
}

// KL-Sum: greedily add the sentence that brings the summary's word distribution Q closest to
// the input's P, i.e. that most increases sum_w P(w) log Q(w), with Q smoothed by 1/2 a count
// per word: Q(w) = (2 c(w) + 1) / (2 |S| + V). Scaled by the token count N to stay in integers:
// gain = sum_{w in s} occ(w) (log(2(c+tf)+1) - log(2c+1)) - N (log(2(|S|+|s|)+V) - log(2|S|+V)).
void score_klsum(Model *m, const ScoreScratch &sc) {
    uint32_t *summary_count = sc.term, *first = sc.sentence_a, *picked = sc.sentence_b, *picks = sc.sentence_c;
    uint32_t nterms = m->nterms();
    uint64_t n = m->ntokens, vocabulary = nterms, summary_len = 0;
    for (uint32_t t = 0; t < nterms; ++t) summary_count[t] = 0;
    auto gain = [&](uint32_t s) -> int64_t {
        int64_t g = 0;
        for_each_term(m, s, [&](uint32_t t, uint32_t tf) {
            uint64_t c = summary_count[t];
            g += static_cast<int64_t>(m->term(t).occurrences) *
                 (static_cast<int64_t>(log2_q16(2 * (c + tf) + 1)) - static_cast<int64_t>(log2_q16(2 * c + 1)));
        });
        uint64_t len = m->token_count(s);
        g -= static_cast<int64_t>(n) * (static_cast<int64_t>(log2_q16(2 * (summary_len + len) + vocabulary)) -
                                        static_cast<int64_t>(log2_q16(2 * summary_len + vocabulary)));
        return g;
    };
    // The first pass orders the sentences not picked: their gain on an empty summary, shifted
    // to be non-negative.
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        picked[s] = 0;
        int64_t g = eligible(m, s) ? gain(s) >> 16 : INT32_MIN;
        first[s] = static_cast<uint32_t>(g < INT32_MIN ? 0 : (g > INT32_MAX ? UINT32_MAX : static_cast<int64_t>(g) - INT32_MIN));
    }
    uint32_t npicks = 0;
    while (npicks < kGreedyPicks) {
        uint32_t best = kNoTerm;
        int64_t best_gain = 0;
        for (uint32_t s = 0; s < m->nsentences; ++s) {
            if (picked[s] || !eligible(m, s)) continue;
            int64_t g = gain(s);
            if (best == kNoTerm || g > best_gain) best = s, best_gain = g;
        }
        if (best == kNoTerm) break;
        picked[best] = 1;
        picks[npicks++] = best;
        for_each_term(m, best, [&](uint32_t t, uint32_t tf) { summary_count[t] += tf; });
        summary_len += m->token_count(best);
    }
    set_scores_by_picks(m, picks, npicks, [&](uint32_t s) { return uint64_t{first[s]}; });
}

}  // namespace precis::detail

#endif  // PRECIS_CLASSIC_ALGORITHMS
