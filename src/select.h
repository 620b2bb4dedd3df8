// Selection: the sentences worth the most that fit the budget, skipping boilerplate, sentences
// that repeat one already chosen, and sentences that lean on one that is not chosen.
#pragma once

#include "model.h"
#include "trim.h"

namespace precis::detail {

// A candidate is compared by similarity with at most this many earlier choices (the best-ranked
// ones), which bounds the near-duplicate check at O(sentences x kRedundancyWindow) comparisons.
// Exact repeats (the same text once whitespace is collapsed) are caught at any budget: they
// share one duplicate group, and a group is chosen at most once.
constexpr uint32_t kRedundancyWindow = 64;

// With coverage (several reports), each pick re-evaluates the marginal value of at most this many
// candidates, best bound first (lazy greedy), and coverage decides at most kCoveragePicks picks;
// later picks follow the static order. Both bound the work per call whatever the input.
constexpr uint32_t kCoverageEvaluations = 256;
constexpr uint32_t kCoveragePicks = 64;

struct Budget {
    uint32_t kind;    // precis_budget_kind
    uint32_t amount;  // resolved: sentences, words or bytes (ratio already turned into sentences)
};

struct Selection {
    uint32_t redundancy;     // per-mille similarity at which a candidate repeats a choice
    bool keep_boilerplate;
    // Value a sentence by the weighted concepts (terms shared by several reports) it adds to the
    // summary, as well as by its score: a monotone submodular objective, maximized greedily by
    // gain per unit of cost (Lin & Bilmes 2010). For the default with several documents.
    bool coverage;
    // Sentences may be trimmed (trim.h): each is weighed whole and at every trim level, by its
    // value (scaled by the share of its content the variant keeps) per cost.
    bool trim;
};

// A sentence whole or trimmed: what it costs in the budget's unit, and what it is worth as a
// share of the whole sentence, in 16.16 (1.0: everything): the share of the content it keeps
// (content words weighed by idf, in one report also by how often the document uses them; select.cpp
// variant_weight), in one report its square root.
struct Variant {
    uint32_t trim;  // PRECIS_TRIM_* bits that cut something; 0: the whole sentence
    uint32_t cost;
    uint32_t kept;
};
constexpr uint32_t kTailVariants = 4;        // places a sentence may be cut short, at most
constexpr uint32_t kMaxTailCandidates = 32;  // places considered for them
constexpr uint32_t kMaxVariants = 1 + kTrimLevels + kTailVariants;

// The sentence whole, then (given a trimmer, which holds the sentence's analysis meanwhile) each
// trim level that cuts more and costs less (under a sentence budget: that cuts more), then under
// a byte or word budget the deepest level cut short (PRECIS_TRIM_TAIL) at up to kTailVariants
// places, from least to most cut. Returns how many (1..kMaxVariants) were written to out.
uint32_t sentence_variants(const Model *m, uint32_t s, uint32_t kind, Trimmer *trimmer, Variant *out);

// Memory selection uses, carved with the model; contents are garbage on entry.
struct SelectScratch {
    uint32_t *order;  // [max_sentences] candidates, best first
    uint32_t *key;    // [max_sentences] each sentence's value per cost at the start
    uint32_t *hash;   // [max_sentences] each sentence's repeat key, then its least cost, then its norm
    uint32_t *group;  // [max_sentences] duplicate group (first sentence with the same text) | marks
    uint32_t *term;   // [max_terms] concept weights and what the summary covers; without coverage, the
                      // variants of the first candidate (select.cpp Selector::caches_variants)
    Trimmer *trimmer;  // [1] the sentence being trimmed (null in a build without trimming)
};

// Chooses sentences for the budget and writes up to out_cap spans to `out`, best first. Returns
// the number written; *flags receives PRECIS_NOTHING_FITS when informative sentences exist but
// none fits the budget.
uint32_t select_sentences(Model *m, const Budget &budget, const Selection &rules, const SelectScratch &scratch,
                          precis_span *out, uint32_t out_cap, uint32_t *flags);

// Story order for spans (several reports): by relative position in their documents (the leads
// first), then position, then text, so that the order does not depend on the order of the files.
// For one document this is the input order.
void sort_story_order(const Model *m, precis_span *spans, uint32_t n);

// The length of a sentence's idf-weighted set of terms: sqrt(sum over its distinct terms of
// idf^2), the denominator of similarity_permille.
uint32_t sentence_norm(const Model *m, uint32_t s);

// Per-mille idf-weighted cosine similarity of two sentences' sets of terms, given their norms
// (through for_each_shared_term, so a very long sentence costs little to compare with).
uint32_t similarity_permille(const Model *m, uint32_t a, uint32_t norm_a, uint32_t b, uint32_t norm_b);

}  // namespace precis::detail
