#include "select.h"

#include <cstring>

#include "compiler.h"
#include "fixed.h"
#include "sort.h"
#include "text.h"
#include "tokenize.h"
#include "trim.h"

namespace precis::detail {
namespace {

// Marks kept in SelectScratch::group beside the group's first sentence (< 2^24).
constexpr uint32_t kGroupChosen = 1u << 31;  // on a group's first sentence: the group is in the summary
constexpr uint32_t kDropped = 1u << 30;      // on a sentence: never a candidate again
constexpr uint32_t kGroupMask = kDropped - 1;
// Concept weights in SelectScratch::term: bit 31 marks a concept the summary covers.
constexpr uint32_t kCovered = 1u << 31;

// A sentence's text as write_collapsed writes it, a byte at a time (-1 at the end): the one
// notion of "the same text" for exact repeats.
struct CollapsedReader {
    const unsigned char *p, *end;
    bool pending_space, started;
    int next() {
        for (; p < end; ++p) {
            if (is_space(*p)) {
                pending_space = started;
                continue;
            }
            if (pending_space) {
                pending_space = false;
                return ' ';
            }
            started = true;
            return *p++;
        }
        return -1;
    }
};

// Out of line: inlined in both readers' users it cost 48 bytes of Cortex-M0+ flash, and both
// run only for sentences whose repeat keys tie.
PRECIS_NOINLINE CollapsedReader reader(const Model *m, uint32_t s) {
    const unsigned char *t = m->text_of(s);
    return CollapsedReader{t, t + m->length_of(s), false, false};
}

// FNV-1a of the bytes CollapsedReader gives: what decides between two sentences that rank
// alike, so that the order of the input files does not (rare: hashed on demand).
uint32_t text_hash(const Model *m, uint32_t s) {
    CollapsedReader r = reader(m, s);
    uint32_t h = 2166136261u;
    for (int c = r.next(); c >= 0; c = r.next()) h = (h ^ static_cast<uint32_t>(c)) * 16777619u;
    return h;
}

// The collapsed texts of a and b in byte order: < 0, 0 (the same text), > 0.
int compare_text(const Model *m, uint32_t a, uint32_t b) {
    CollapsedReader ra = reader(m, a), rb = reader(m, b);
    for (;;) {
        int ca = ra.next(), cb = rb.next();
        if (ca != cb) return ca < cb ? -1 : 1;
        if (ca < 0) return 0;
    }
}

// What exact repeats share: FNV-1a over the sentence's terms, already sorted, so that no byte
// of the text is read again. The same collapsed text gives the same key; other texts may too
// (the same words in another order, or none), and the sort below compares those texts, so that
// the key only has to be cheap, not unique.
uint32_t repeat_key(const Model *m, uint32_t s) {
    const TermId *tok = m->tokens_of(s);
    uint32_t h = 2166136261u;
    for (uint32_t i = 0, n = m->token_count(s); i < n; ++i) h = (h ^ tok[i]) * 16777619u;
    return h;
}

// The cost of a sentence in the budget's unit.
uint32_t cost(const Model *m, uint32_t s, uint32_t kind) {
    switch (kind) {
        case PRECIS_BUDGET_WORDS: return m->sentences[s].words;
        case PRECIS_BUDGET_BYTES: return write_collapsed(m->text_of(s), m->length_of(s), nullptr) + 1;
        default: return 1;
    }
}

#if PRECIS_TRIMMING
// What a content word of a variant carries, so that a variant is worth the share of its
// sentence's weight it keeps: its idf, in one report times the times the document uses it, up to
// kWeightedUses (a cut that keeps the words the story repeats keeps the story: +0.1..+0.3 ROUGE-1
// at 80-160 bytes on the check halves of cnndm_val, dailymail_val_lc and bbc_news_summary, held on
// every check half but dailymail_val_lc at 320 bytes, -0.11). Across several reports, concept
// coverage already weighs what the reports repeat.
constexpr uint32_t kWeightedUses = 3;
uint64_t variant_weight(const Model *m, uint32_t term) {
    const Term &t = m->term(term);
    if (m->docs_with_sentences > 1) return t.idf;
    return uint64_t{t.idf} * (t.occurrences < kWeightedUses ? t.occurrences : kWeightedUses);
}

// Sum of variant_weight over the content words in the fragments of s (words found in the term
// table). Not inlined: its word buffer would lie under every trimming of sentence_variants.
PRECIS_NOINLINE uint64_t kept_weight(const Model *m, uint32_t s, const unsigned char *text, const ByteRange *fragments, uint32_t count) {
    const TermRules rules = m->rules(s);
    uint64_t w = 0;
    char word[kMaxWordBytes];
    std::size_t len = 0;
    for (uint32_t f = 0; f < count; ++f) {
        WordCursor c = word_cursor(text + fragments[f].begin, fragments[f].end - fragments[f].begin);
        while (next_word(&c, word, &len)) {
            uint32_t key = term_key(word, len, rules);
            uint32_t id = key == 0 ? kNoTerm : term_table_find(&m->terms, key);
            if (id != kNoTerm) w += variant_weight(m, id);
        }
    }
    return w;
}
#endif

// Bytes below which a variant is worth only its share of them (Selector::filler_worth).
constexpr uint32_t kFillerBytes = 65;

// The fourth root of a cost, in 8.8 fixed point: what value is divided by under a byte or word
// budget. Value per byte would fill the budget with the shortest sentences, value alone with the
// first that fits; with the fourth root a long sentence must be worth more, but not in proportion
// (tuned among the roots 1/4, 1/2, 3/4 and 1 on every development set).
uint64_t cost_root4(uint32_t c) {
    uint64_t root2 = isqrt(uint64_t{c} << 16);  // c^(1/2), 8.8
    return isqrt(root2 << 8);                   // c^(1/4), 8.8
}

// Concept weights: a term's weight is the square of the number of reports that use it, so
// that what several reports agree on outweighs what one of them says at length (a term of one
// report weighs 1, of four reports 16). term[t] = weight (< 2^31), nothing covered yet.
void weigh_concepts(const Model *m, uint32_t *term) {
    for (uint32_t t = 0; t < m->nterms(); ++t) term[t] = 0;
    for (uint32_t d = 0; d < m->ndocs; ++d) {  // high half: last document seen + 1; low: documents
        for (uint32_t s = m->doc_first[d]; s < m->doc_first[d + 1]; ++s) {
            for_each_term(m, s, [&](uint32_t t, uint32_t) {
                if ((term[t] >> 16) != d + 1) term[t] = ((d + 1) << 16) | ((term[t] & 0xFFFFu) + 1);
            });
        }
    }
    for (uint32_t t = 0; t < m->nterms(); ++t) {
        uint32_t df = term[t] & 0xFFFFu;
        term[t] = df * df;
    }
}

// Weight of the concepts of s that the summary does not cover yet.
uint64_t uncovered_weight(const Model *m, uint32_t s, const uint32_t *term) {
    uint64_t w = 0;
    for_each_term(m, s, [&](uint32_t t, uint32_t) {
        if (!(term[t] & kCovered)) w += term[t];
    });
    return w;
}

// A variant chosen for a sentence: what it cuts, costs and is worth.
struct Pick {
    uint32_t trim, cost;
    uint64_t value;  // 16.16
    uint32_t ratio;  // value per cost, as Selector::ratio
};

// Sorts sentence ids by key: ascending by repeat key, then text, then position (`best_first`
// false), or descending, then by position in the document (leads first), then by text hash,
// then by the length of the document (of two reports' copies of one sentence, the one in the
// longer report stands earlier in it, and story order reads relative positions: not the order of
// the files). Ties end by id either way. One sort for both orders: its code is linked once
// (firmware flash).
void sort_candidates(const Model *m, uint32_t *order, uint32_t n, const uint32_t *key, bool best_first) {
    sort_total(order, n, [m, key, best_first](uint32_t a, uint32_t b) {
        if (key[a] != key[b]) return (key[a] > key[b]) == best_first;
        if (best_first) {
            uint32_t pa = m->position_in_document(a), pb = m->position_in_document(b);
            if (pa != pb) return pa < pb;
            uint32_t ha = text_hash(m, a), hb = text_hash(m, b);
            if (ha != hb) return ha < hb;
            const uint32_t da = m->sentences[a].document, db = m->sentences[b].document;
            const uint32_t na = m->doc_first[da + 1] - m->doc_first[da], nb = m->doc_first[db + 1] - m->doc_first[db];
            if (na != nb) return na > nb;
        } else {
            int text = compare_text(m, a, b);
            if (text != 0) return text < 0;
        }
        return a < b;
    });
}

// Stores the span of sentence s, with the cuts `trim`, in *out. Out of line and through a
// pointer: select_sentences built a span in place at both places that choose a sentence, and that
// cost 56 bytes of Cortex-M4F flash (a span returned by value took 48 bytes more of its stack).
PRECIS_NOINLINE void put_span(const Model *m, uint32_t s, uint32_t trim, precis_span *out) {
    const Sentence &sent = m->sentences[s];
    *out = precis_span{sent.document, sent.begin, sent.end - sent.begin, s, sent.score, trim};
}

struct Selector {
    Model *m;
    const Budget &budget;
    const Selection &rules;
    const SelectScratch &sc;
    uint64_t coverage_max;  // the largest uncovered weight of any sentence at the start (>= 1)

    // What s adds to the summary now, in 16.16 (at most 1.0).
    uint64_t value(uint32_t s) const {
        uint64_t score = m->sentences[s].score;
        if (!rules.coverage) return score;
        // Coverage and score weigh alike.
        uint64_t cov = uncovered_weight(m, s, sc.term) * kOne / coverage_max;
        if (budget.kind == PRECIS_BUDGET_SENTENCES) {
            // Sentences cost the reader words even when the budget counts sentences: twice the
            // coverage per fourth root of the words (so that the longest sentence does not win
            // for its length alone and the story's lead comes first), at most 1.0.
            uint64_t root = cost_root4(m->sentences[s].words);
            cov = root == 0 ? 0 : cov * 512 / root;
            if (cov > kOne) cov = kOne;
        }
        return (cov + score) / 2;  // coverage and score weigh alike
    }
    Trimmer *trimmer() const { return rules.trim ? sc.trimmer : nullptr; }
    // What a variant costing c bytes is worth, given `worth`: under a byte budget with trimming,
    // one shorter than kFillerBytes only its share of them. A short sentence ("Nobody knows.",
    // "Hope to see you there!") or a sentence cut down to its first four words is cheap enough to
    // win on value per byte over the lead trimmed to fit, and says less than its cost suggests
    // (bytes tuned among 30-120, linear against square root, on the tuning halves of cnndm_val,
    // dailymail_val_lc and bbc_news_summary at 80, 160 and 320 bytes: commit message).
    uint64_t filler_worth(uint64_t worth, uint32_t c) const {
        const bool filler = PRECIS_TRIMMING && rules.trim && budget.kind == PRECIS_BUDGET_BYTES && c < kFillerBytes;
        return filler ? worth * c / kFillerBytes : worth;
    }
    uint32_t ratio(uint64_t v, uint32_t c) const {
        if (budget.kind == PRECIS_BUDGET_SENTENCES) return static_cast<uint32_t>(v);
        uint64_t r = (v << 24) / cost_root4(c);
        return r > 0xFFFFFFFFu ? 0xFFFFFFFFu : static_cast<uint32_t>(r);
    }
    // The variant of s (whole or trimmed) worth the most per cost among those that cost at most
    // `room`, given s's value whole; false when none fits. A trimmed variant is worth its
    // Variant::kept share of that value. Under a sentence budget (trimming asked for) the most
    // cut variant, at the whole sentence's value: trimming then shortens what is chosen, not the
    // choice.
    bool pick(uint32_t s, uint64_t value, uint32_t room, Pick *p) const {
        Variant v[kMaxVariants];
#if PRECIS_TRIMMING
        if (caches_variants() && sc.term[0] == s) {
            std::memcpy(v, sc.term + 2, sc.term[1] * sizeof(Variant));
            return pick_from(v, sc.term[1], value, room, p);
        }
#endif
        return pick_from(v, sentence_variants(m, s, budget.kind, trimmer(), v), value, room, p);
    }
#if PRECIS_TRIMMING
    // Whether SelectScratch::term keeps the variants of the candidate with the best key, which
    // selection comes to first, so that pick() does not make them again (making a sentence's
    // variants is most of a trimmed budget's cost, and the first candidate's were made twice):
    // term[0] the sentence (none: the sentence count), term[1] how many, then the variants. The
    // array holds concept weights only with coverage, and is free otherwise.
    static constexpr uint32_t kCacheWords = 2 + (kMaxVariants * sizeof(Variant) + 3) / 4;
    bool caches_variants() const { return rules.trim && !rules.coverage && m->terms.capacity >= kCacheWords; }
#endif
    // pick() among variants already made (sentence_variants is most of a trimmed budget's cost).
    bool pick_from(const Variant *v, uint32_t nv, uint64_t value, uint32_t room, Pick *p) const {
        if (budget.kind == PRECIS_BUDGET_SENTENCES) {
            if (v[nv - 1].cost > room) return false;
            *p = Pick{v[nv - 1].trim, v[nv - 1].cost, value, ratio(value, v[nv - 1].cost)};
            return true;
        }
        bool found = false;
        for (uint32_t i = 0; i < nv; ++i) {
            if (v[i].cost > room) continue;
            uint64_t worth = filler_worth((value * v[i].kept) >> 16, v[i].cost);
            uint32_t r = ratio(worth, v[i].cost);
            if (!found || r > p->ratio) *p = Pick{v[i].trim, v[i].cost, worth, r};
            found = true;
        }
        return found;
    }
};

}  // namespace

uint32_t sentence_variants(const Model *m, uint32_t s, uint32_t kind, Trimmer *trimmer, Variant *out) {
    out[0] = Variant{0, cost(m, s, kind), kOne};
    uint32_t count = 1;
#if PRECIS_TRIMMING
    if (trimmer == nullptr) return count;
    const unsigned char *text = m->text_of(s);
    trimmer_load(trimmer, text, m->length_of(s));
    uint64_t total = 0;
    for_each_term(m, s, [&](uint32_t t, uint32_t n) { total += uint64_t{n} * variant_weight(m, t); });
    // The rule sets, one a turn: each trim level (in a document of another language only the
    // rules that read no English, trim.h), then under a byte or word budget the deepest level cut
    // short at up to kTailVariants places, longest first (each must cost less than the last),
    // spread over the candidates. One loop, so that a variant is made by code inline once: a
    // lambda called from three places stayed out of line, and its captures (a pointer to each
    // local) cost 32 bytes of this frame and 32 of its own on the deepest stack path.
    const bool english = m->sentences[s].language == PRECIS_LANGUAGE_ENGLISH;
    uint32_t turns = !english ? 1 : kind == PRECIS_BUDGET_SENTENCES ? kTrimLevels : kTrimLevels + kTailVariants;
    uint32_t na = 0, take = 0;
    for (uint32_t turn = 0; turn < turns; ++turn) {
        uint32_t rules = english ? kTrimLevelRules[turn < kTrimLevels ? turn : kTrimLevels - 1] : kTrimAnyLanguageRules;
        if (english && turn >= kTrimLevels) {
            if (turn == kTrimLevels) {
                na = trimmer_tail_candidates(trimmer);
                if (na > kMaxTailCandidates) na = kMaxTailCandidates;
                take = na < kTailVariants ? na : kTailVariants;
                turns = kTrimLevels + take;
                if (take == 0) break;
            }
            uint32_t k = turn - kTrimLevels;
            uint32_t i = take == 1 ? na - 1 : (na - 1) - k * (na - 1) / (take - 1);
            rules |= PRECIS_TRIM_TAIL_AT(trimmer->tails[i]);
        }
        const Trimmed &t = trimmer_apply(trimmer, rules);
        if (t.rules == out[count - 1].trim) continue;
        uint32_t c = kind == PRECIS_BUDGET_WORDS ? count_fragment_words(text, t.fragment, t.count)
                     : kind == PRECIS_BUDGET_BYTES ? write_fragments(text, t.fragment, t.count, nullptr) + 1
                                                   : 1;  // a sentence costs one whatever is cut
        if (c >= out[count - 1].cost && kind != PRECIS_BUDGET_SENTENCES) continue;
        uint64_t kept = total == 0 ? kOne : kept_weight(m, s, text, t.fragment, t.count) * kOne / total;
        // In one report a variant is worth the square root of the share of content it keeps: the
        // part a cut keeps is the main clause, which carries more than its share of the words
        // (square root against the share itself and its fourth root, on the tuning halves of
        // cnndm_val and dailymail_val_lc at 80-320 bytes; held on their check halves). Across
        // several reports the share itself: there the root lost 0.1-0.4 ROUGE-1 on duc2003_task3
        // and duc2006, whose selection already weighs what each cut drops by its coverage.
        if (m->docs_with_sentences == 1) kept = isqrt(kept << 16);
        out[count++] = Variant{t.rules, c, static_cast<uint32_t>(kept > kOne ? kOne : kept)};
    }
#else
    (void)trimmer;
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

uint32_t select_sentences(Model *m, const Budget &budget, const Selection &rules, const SelectScratch &sc,
                          precis_span *out, uint32_t out_cap, uint32_t *flags) {
    const uint32_t n = m->nsentences;
    const Sentence *sent = m->sentences;
    uint32_t *order = sc.order, *key = sc.key, *hash = sc.hash, *group = sc.group;
    *flags = 0;

    // Exact repeats: sentences with the same collapsed text form one group, known by its first
    // sentence. Sorting by repeat key, then text, then position puts each group together, its
    // first sentence first, in O(n log n) whatever the budget.
    for (uint32_t s = 0; s < n; ++s) {
        hash[s] = repeat_key(m, s);
        order[s] = s;
        group[s] = s;
    }
    sort_candidates(m, order, n, hash, false);
    for (uint32_t i = 1; i < n; ++i) {
        uint32_t first = group[order[i - 1]];
        if (hash[order[i]] == hash[first] && compare_text(m, order[i], first) == 0) group[order[i]] = first;
    }

    // The keys have found the repeats; the array now holds each sentence's least cost (that
    // of its cheapest variant), then, once a sentence is chosen, its norm.
    uint32_t *least = hash;

    // Candidates: what may be selected at all.
    bool informative_exists = false;
    for (uint32_t s = 0; s < n; ++s) {
        bool excluded = ((sent[s].flags & kSentenceBoilerplate) && !rules.keep_boilerplate) ||
                        (sent[s].flags & kSentenceContentFree);  // content.h: never, whatever the flags
        if (excluded) group[s] |= kDropped;
        else informative_exists = true;
    }

    Selector sel{m, budget, rules, sc, 1};
    if (rules.coverage) {
        weigh_concepts(m, sc.term);
        for (uint32_t s = 0; s < n; ++s) {
            uint64_t w = uncovered_weight(m, s, sc.term);
            if (w > sel.coverage_max) sel.coverage_max = w;
        }
    }
#if PRECIS_TRIMMING
    if (sel.caches_variants()) sc.term[0] = n;
#endif
    // The best single sentence that fits: under a byte or word budget greedy value per cost can
    // lose to it (Khuller et al. 1999), so the summary is whichever is worth more.
    uint32_t single = n;
    uint64_t single_value = 0;
    Pick single_pick{}, p{};
    for (uint32_t s = 0; s < n; ++s) {
        key[s] = 0;
        if (group[s] & kDropped) continue;
        uint64_t v = sel.value(s);
        Variant whole[kMaxVariants];
        uint32_t nv = sentence_variants(m, s, budget.kind, sel.trimmer(), whole);
        if (sel.pick_from(whole, nv, v, 0xFFFFFFFFu, &p)) key[s] = p.ratio;  // the best variant's, fitting or not
        least[s] = whole[nv - 1].cost;  // the last variant costs the least
#if PRECIS_TRIMMING
        if (nv > 1 && sel.caches_variants() && (sc.term[0] == n || key[s] > key[sc.term[0]]) &&
            (budget.kind == PRECIS_BUDGET_SENTENCES || least[s] <= budget.amount)) {
            sc.term[0] = s;
            sc.term[1] = nv;
            std::memcpy(sc.term + 2, whole, nv * sizeof(Variant));
        }
#endif
        if (budget.kind == PRECIS_BUDGET_SENTENCES) continue;
        if (least[s] > budget.amount) {
            group[s] |= kDropped;
            continue;
        }
        if ((sent[s].flags & kSentenceBackReference) && m->position_in_document(s) > 0) continue;
        // The single sentence worth the most that fits, whole or trimmed.
        for (uint32_t i = 0; i < nv; ++i) {
            uint64_t worth = sel.filler_worth((v * whole[i].kept) >> 16, whole[i].cost);
            if (whole[i].cost <= budget.amount && worth > single_value) {
                single = s;
                single_value = worth;
                single_pick = Pick{whole[i].trim, whole[i].cost, worth, 0};
            }
        }
    }
    // Best first; ties by position in the document (leads first), then by text, so that the
    // order of the input files does not decide between two reports' sentences.
    sort_candidates(m, order, n, key, true);
    uint32_t *norms = hash;

    auto dropped = [&](uint32_t s) { return (group[s] & kDropped) != 0; };
    auto drop = [&](uint32_t s) { group[s] |= kDropped; };
    auto group_chosen = [&](uint32_t s) { return (group[group[s] & kGroupMask] & kGroupChosen) != 0; };

    uint32_t chosen = 0, spent = 0, head = 0;
    uint64_t total_value = 0;
    while (chosen < out_cap && spent < budget.amount) {
        // The best candidate still available: the first in order for static values; with
        // coverage, the best current value per cost among the next kCoverageEvaluations, stopping
        // early once no later bound can beat it (values only fall as the summary grows).
        bool lazy = rules.coverage && chosen < kCoveragePicks;
        uint32_t best = n, best_ratio = 0, evaluated = 0;
        uint64_t best_value = 0;
        Pick best_pick{};
        while (head < n && dropped(order[head])) ++head;
        for (uint32_t r = head; r < n; ++r) {
            uint32_t s = order[r];
            if (dropped(s)) continue;
            // The value before any pick, for the variants: with coverage it is recomputed below.
            uint64_t v = lazy ? sel.value(s) : sent[s].score;
            // A repeat stays a repeat, and the budget left only shrinks: a sentence whose cheapest
            // variant no longer fits never will (checked before making its variants again).
            if (group_chosen(s) || least[s] > budget.amount - spent || !sel.pick(s, v, budget.amount - spent, &p)) {
                drop(s);
                continue;
            }
            // A sentence that opens on a back-reference ("He said", "However,") is taken only
            // after the sentence it follows: alone it points at nothing.
            if ((sent[s].flags & kSentenceBackReference) && m->position_in_document(s) > 0 &&
                !group_chosen(s - 1)) {
                drop(s);
                continue;
            }
            if (!lazy) {
                best = s;
                best_value = p.value;
                best_pick = p;
                break;
            }
            if (best != n && key[s] <= best_ratio) break;
            if (best == n || p.ratio > best_ratio) {
                best = s;
                best_ratio = p.ratio;
                best_value = p.value;
                best_pick = p;
            }
            if (++evaluated == kCoverageEvaluations) break;
        }
        if (best == n) break;
        // Near repeats: similarity with the best-ranked choices.
        norms[best] = sentence_norm(m, best);  // each sentence is the best at most once: it is dropped below
        bool repeats = false;
        for (uint32_t k = 0; k < chosen && k < kRedundancyWindow && !repeats; ++k) {
            uint32_t c = out[k].sentence;
            repeats = similarity_permille(m, best, norms[best], c, norms[c]) >= rules.redundancy;
        }
        drop(best);
        if (repeats) continue;
        put_span(m, best, best_pick.trim, &out[chosen++]);
        spent += best_pick.cost;
        total_value += best_value;
        group[group[best] & kGroupMask] |= kGroupChosen;
        if (rules.coverage) {
            for_each_term(m, best, [&](uint32_t t, uint32_t) { sc.term[t] |= kCovered; });
        }
    }
    if (single != n && single_value > total_value && out_cap > 0) {
        put_span(m, single, single_pick.trim, &out[0]);
        chosen = 1;
    }
    if (chosen == 0 && informative_exists && out_cap > 0) *flags |= PRECIS_NOTHING_FITS;
    return chosen;
}

void sort_story_order(const Model *m, precis_span *spans, uint32_t n) {
    // A span's document is its sentence's (put_span): the positions and document lengths read
    // doc_first at it, not at m->sentences[s].document again (20 bytes of Cortex-M4F flash, 28
    // of Cortex-M0+).
    const auto before = [m](const precis_span &a, const precis_span &b) {
        const uint32_t da = a.document, db = b.document;
        if (da != db) {
            const uint32_t *first = m->doc_first;
            const uint64_t pa = a.sentence - first[da], pb = b.sentence - first[db];
            // pa / na < pb / nb, in integers
            const uint64_t na = first[da + 1] - first[da], nb = first[db + 1] - first[db];
            if (pa * nb != pb * na) return pa * nb < pb * na;
            if (pa != pb) return pa < pb;
            uint32_t ha = text_hash(m, a.sentence), hb = text_hash(m, b.sentence);
            if (ha != hb) return ha < hb;
        }
        return a.sentence < b.sentence;
    };
    // Firmware: insertion sort, not heap_sort, whose instantiation for precis_span cost 90 bytes
    // more of Cortex-M4F flash, 80 of Cortex-M0+. A summary is a few spans (n <= out_cap): about
    // n * n / 4 comparisons, fewer than the heap sort's ~2 n log2 n up to some 30 spans; beyond,
    // it is quadratic (a summary of hundreds of sentences: ~100 comparisons a span at 400).
    // Hosts, whose flash is not counted, take std::sort (sort_total) for a long --ratio summary.
    if (PRECIS_WIDE_SCANS) {
        sort_total(spans, n, before);
        return;
    }
    for (uint32_t i = 1; i < n; ++i) {
        const precis_span v = spans[i];
        uint32_t j = i;
        for (; j > 0 && before(v, spans[j - 1]); --j) spans[j] = spans[j - 1];
        spans[j] = v;
    }
}

}  // namespace precis::detail
