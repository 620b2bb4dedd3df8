#include "select.h"

#include "fixed.h"
#include "sort.h"
#include "tokenize.h"
#include "trim.h"

namespace precis {
namespace {

// The cost of a sentence in the budget's unit.
uint32_t cost(const Model *m, uint32_t s, uint32_t kind) {
    switch (kind) {
        case PRECIS_BUDGET_WORDS: return count_words(m->text_of(s), m->length_of(s));
        case PRECIS_BUDGET_BYTES: return write_collapsed(m->text_of(s), m->length_of(s), nullptr) + 1;
        default: return 1;
    }
}

}  // namespace

uint32_t sentence_variants(const Model *m, uint32_t s, uint32_t kind, bool trim, Variant *out) {
    out[0] = Variant{0, cost(m, s, kind)};
    uint32_t count = 1;
#if PRECIS_TRIMMING
    if (!trim) return count;
    const unsigned char *text = m->text_of(s);
    for (uint32_t level = 0; level < kTrimLevels; ++level) {
        Trimmed t;
        trim_sentence(text, m->length_of(s), kTrimLevelRules[level], &t);
        if (t.rules == out[count - 1].trim) continue;
        uint32_t c = kind == PRECIS_BUDGET_WORDS ? count_fragment_words(text, t.fragment, t.count)
                     : kind == PRECIS_BUDGET_BYTES ? write_fragments(text, t.fragment, t.count, nullptr) + 1
                                                   : 1;  // a sentence costs one whatever is cut
        if (c < out[count - 1].cost || kind == PRECIS_BUDGET_SENTENCES) out[count++] = Variant{t.rules, c};
    }
#else
    (void)trim;
#endif
    return count;
}

uint32_t sentence_norm(const Model *m, uint32_t s) {
    uint64_t sum = 0;
    for_each_term(m, s, [&](uint32_t t, uint32_t) {
        uint64_t idf = m->term(t).idf;
        sum += idf * idf;
    });
    return static_cast<uint32_t>(isqrt(sum));
}

uint32_t similarity_permille(const Model *m, uint32_t a, uint32_t norm_a, uint32_t b, uint32_t norm_b) {
    uint64_t denom = uint64_t{norm_a} * norm_b;
    if (denom == 0) return 0;
    uint64_t dot = 0;
    for_each_shared_term(m, a, b, [&](uint32_t t, uint32_t, uint32_t) {
        uint64_t idf = m->term(t).idf;
        dot += idf * idf;
    });
    uint64_t pm = dot * 1000 / denom;
    return pm > 1000 ? 1000 : static_cast<uint32_t>(pm);
}

uint32_t select_sentences(Model *m, const Budget &budget, const Selection &rules, uint32_t *order,
                          uint32_t *norms, precis_span *out, uint32_t out_cap) {
    for (uint32_t s = 0; s < m->nsentences; ++s) order[s] = s;
    const Sentence *sent = m->sentences;
    heap_sort(order, m->nsentences, [sent](uint32_t a, uint32_t b) {
        return sent[a].score != sent[b].score ? sent[a].score > sent[b].score : a < b;
    });
    uint32_t chosen = 0, spent = 0;
    for (uint32_t r = 0; r < m->nsentences && chosen < out_cap && spent < budget.amount; ++r) {
        uint32_t s = order[r];
        if ((sent[s].flags & kSentenceBoilerplate) && !rules.keep_boilerplate) continue;
        Variant v[1 + kTrimLevels];
        uint32_t nv = sentence_variants(m, s, budget.kind, rules.trim, v), pick = 0;
        while (pick < nv && v[pick].cost > budget.amount - spent) ++pick;  // the least cut that fits
        if (budget.kind == PRECIS_BUDGET_SENTENCES) pick = nv - 1;  // trimming asked for: the most cut
        if (pick == nv) continue;  // a shorter sentence further down may still fit
        uint32_t c = v[pick].cost;
        norms[s] = sentence_norm(m, s);  // once per candidate; chosen ones keep theirs
        bool repeats = false;
        for (uint32_t k = 0; k < chosen && k < kRedundancyWindow && !repeats; ++k) {
            uint32_t c2 = out[k].sentence;
            repeats = similarity_permille(m, s, norms[s], c2, norms[c2]) >= rules.redundancy;
        }
        if (repeats) continue;
        out[chosen++] = precis_span{sent[s].document, sent[s].begin, sent[s].end - sent[s].begin, s, sent[s].score, v[pick].trim};
        spent += c;
    }
    return chosen;
}

}  // namespace precis
