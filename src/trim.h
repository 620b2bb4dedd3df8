// Sentence trimming by deletion: the parts of a news sentence a reader can do without (who said
// it, asides, appositives, an opening "On Thursday,", a trailing participle clause) are cut out,
// and what is kept is a few byte ranges of the caller's text: nothing is copied or rewritten.
//
// Each rule is a function that proposes cuts (byte ranges of the sentence); every cut is checked
// before it is kept (trim_sentence), so that the kept text never:
//  - cuts into a quotation, or splits a word, a number or a name (cuts start and end between words);
//  - leaves a dangling comma, an unbalanced bracket or quote, or a lower-case start;
//  - loses the sentence's own terminator (cuts stop before it).
// Integer-only, no memory beyond the caller's small structs, linear in the sentence: sentences
// longer than kTrimMaxBytes are never trimmed.
#pragma once

#include <cstdint>

#include "precis/precis.h"

// Build option: 0 leaves trimming out of the library (it then never trims; see precis.h).
#include "precis/precis_options.h"  // PRECIS_TRIMMING

namespace precis::detail {

constexpr uint32_t kTrimMaxBytes = 1024;
constexpr uint32_t kMaxCuts = PRECIS_MAX_FRAGMENTS - 1;
constexpr uint32_t kTrimAllRules = PRECIS_TRIM_ASIDES | PRECIS_TRIM_ATTRIBUTION | PRECIS_TRIM_APPOSITIVES |
                                   PRECIS_TRIM_OPENERS | PRECIS_TRIM_TRAILING | PRECIS_TRIM_TIME;

struct ByteRange {
    uint32_t begin, end;  // [begin, end) within the sentence
};

// A stretch of a sentence being trimmed: 16 bits hold any offset below kTrimMaxBytes, and
// halve the analysis and the cuts (trimming runs deepest in a summary's call tree).
struct TrimRange {
    uint16_t begin, end;
};
static_assert(kTrimMaxBytes <= 0xFFFFu, "trim offsets are 16-bit");

// The cuts one rule proposes (a rule proposes at most kMaxCuts; more are dropped).
struct Cuts {
    TrimRange cut[kMaxCuts];
    uint32_t count;
    void add(uint32_t begin, uint32_t end) {
        if (count < kMaxCuts && begin < end) cut[count++] = TrimRange{static_cast<uint16_t>(begin), static_cast<uint16_t>(end)};
    }
};

// What the rules need to know about a sentence, computed once (trim_analyze).
struct TrimContext {
    const unsigned char *s;
    uint32_t n;
    uint32_t body_end;  // where the terminator (. ! ? … and closing quotes/brackets after it) starts
    static constexpr uint32_t kMaxQuotes = 8;
    TrimRange quotes[kMaxQuotes];  // quoted stretches, quote marks included
    uint32_t nquotes;
    static constexpr uint32_t kMaxCommas = 24;
    uint16_t commas[kMaxCommas];  // clause-level commas: outside quotes and brackets, not in "1,000"
    uint32_t ncommas;
    bool too_many_commas;  // the comma rules stay off: their clause structure is unknown
    // The first words of the body (runs of letters, digits and inner marks), found once for the
    // rules that walk them (time phrases, the tail); a sentence of more words has nwords =
    // kMaxWords + 1. 40 words (160 bytes here) bound the analysis, which selection keeps in the
    // workspace (Trimmer) and precis_join on the stack; a tail cut beyond them leaves more than a
    // small screen holds anyway.
    static constexpr uint32_t kMaxWords = 40;
    TrimRange words[kMaxWords];
    uint32_t nwords;
};

// False when the sentence is not trimmed at all (too long, empty).
bool trim_analyze(const unsigned char *s, uint32_t n, TrimContext *c);

// The rules. Each appends the cuts it proposes; trim_sentence checks them.
// Bracketed asides "(...)" "[...]", dash asides " — ... —", comma asides ", however,".
void propose_asides(const TrimContext &c, Cuts *out);
// ", a statement said today" ", said X" ", according to X" at the end; ", police said," and
// ", according to X," inside; "According to X, " at the start; the "that" after a reporting verb
// before a clause that opens on a subject ("said that the ..." keeps "said the ...").
void propose_attribution(const TrimContext &c, Cuts *out);
// ", a/an/the ...," or ", 45," after a capitalized name, inside or at the end; ", who/which ...,"
// inside, after a name or, before a finite verb, after any noun; a lower-case role before a name
// of two or more capitalized words ("Hollywood star Tom Hanks" keeps "Tom Hanks").
void propose_appositives(const TrimContext &c, Cuts *out);
// A leading time or place adverbial closed by a comma: "On Thursday, ", "Earlier this year, ".
void propose_openers(const TrimContext &c, Cuts *out);
// A trailing participle or relative clause after the last comma: ", putting ...", ", which ...".
void propose_trailing(const TrimContext &c, Cuts *out);
// A time phrase inside the sentence, with the space before it: " on Tuesday (night)", " last
// week", " earlier this month", " today", and a bare weekday after a reporting verb ("said Tuesday").
void propose_time(const TrimContext &c, Cuts *out);

// Where the sentence may end early (PRECIS_TRIM_TAIL): the indices of the words that open a
// trailing phrase the rest can stand without (" in the wake of ...", " and is being held ...",
// " showing ..."), after a verb and at least four words in. Writes at most cap, in order, and
// returns how many. Whether the cut is taken also depends on the other rules' cuts
// (trim_sentence checks it like any other cut).
uint32_t tail_candidates(const unsigned char *s, uint32_t n, uint8_t *out, uint32_t cap);

// A trimmed sentence: the kept ranges, in order, relative to the sentence's first byte.
struct Trimmed {
    ByteRange fragment[PRECIS_MAX_FRAGMENTS];
    uint32_t count;
    uint32_t rules;  // the rules that cut something (a subset of those asked for, with the tail's word)
};

// Merged, sorted cuts.
struct CutSet {
    TrimRange cut[kMaxCuts];
    uint32_t count;
};

// What a rule step works in (trim.cpp apply_step): the cuts its rule proposes, and the kept cuts
// with one of them added.
struct TrimStepScratch {
    Cuts proposed;
    CutSet next;
};

// One sentence analyzed once for many trimmings (selection weighs up to kMaxVariants of each):
// the analysis, and the cuts the rule steps applied so far kept. Rule sets asked for one after
// the other that extend each other in step order (kTrimLevelRules, then tails) cost one pass.
// Selection keeps it in the workspace (precis.cpp): trimming runs at the bottom of a summary's
// calls, where every stack byte counts.
struct Trimmer {
    TrimContext context;
    bool analyzed;        // false: the sentence is not trimmed at all (too long, empty)
    // How many of `tails` trimmer_tail_candidates found for this sentence, or kTailsUnknown
    // before it ran: trimmer_apply then answers whether a tail word may end the sentence from
    // them instead of asking is_tail_start again, whose candidates are its dearest calls (they
    // pass its cheap tests). In the padding after `analyzed`: the Trimmer grows by nothing.
    static constexpr uint8_t kTailsUnknown = 0xFF;
    uint8_t ntails;
    uint32_t steps_done;  // the rule steps considered so far, in step order
    uint32_t applied;     // the rules asked for among them
    uint32_t cut_rules;   // the rules among them that cut something
    CutSet kept;
    // trimmer_apply writes its result after the rule steps: until then the result's bytes hold
    // the steps' scratch, which on the stack took 64 bytes of every frame above the rules, the
    // deepest calls of a trimmed summary.
    union {
        Trimmed result;         // the last trimmer_apply's
        TrimStepScratch step;   // apply_step's, while trimmer_apply runs the steps
    };
    uint8_t tails[TrimContext::kMaxWords];    // trimmer_tail_candidates'
};
static_assert(sizeof(TrimStepScratch) <= sizeof(Trimmed), "the step scratch must not make the Trimmer larger");
static_assert(TrimContext::kMaxWords < Trimmer::kTailsUnknown, "a tail count must not read as unknown");

// Analyzes s[0..n) into t, ready for trimmer_apply.
void trimmer_load(Trimmer *t, const unsigned char *s, uint32_t n);

// trim_sentence(s, n, rules, &t->result) for the sentence t holds, continuing from the rule
// steps already applied when `rules` extends them, else starting over. Returns t->result.
const Trimmed &trimmer_apply(Trimmer *t, uint32_t rules);

// tail_candidates(s, n, t->tails, TrimContext::kMaxWords) for the sentence t holds.
uint32_t trimmer_tail_candidates(Trimmer *t);

// Applies `rules` (PRECIS_TRIM_* bits, with the tail's word) to s[0..n), in a fixed order
// (asides, attribution, appositives, openers, time, trailing, tail), keeping each proposed cut
// only when the text stays well formed with it. Asking again for `out->rules` gives the same
// fragments: trimming is a pure function of the text and the rule bits.
void trim_sentence(const unsigned char *s, uint32_t n, uint32_t rules, Trimmed *out);

// Bytes the fragments take when written as one sentence with whitespace collapsed (the
// fragments are one stream: a space at the end of one and the start of the next count once).
// Writes them to `out` when it is not null.
uint32_t write_fragments(const unsigned char *s, const ByteRange *fragments, uint32_t count, char *out);

// Words (count_words) of the fragments as written by write_fragments.
uint32_t count_fragment_words(const unsigned char *s, const ByteRange *fragments, uint32_t count);

// The rules that read no English word list: the asides (brackets, dashes, and comma asides whose
// English phrases hardly meet another language). The others read English words (attribution
// verbs, "On Thursday,", "which", the tail's verbs and prepositions), so selection asks only for
// these in a document of another language: a German verb comes last ("Die Regierung will die
// Steuern in Berlin senken"), and "will" or "was" are not what they are in English.
constexpr uint32_t kTrimAnyLanguageRules = PRECIS_TRIM_ASIDES;

// The variants selection weighs, from least to most cut; rule sets are cumulative.
constexpr uint32_t kTrimLevels = 3;
constexpr uint32_t kTrimLevelRules[kTrimLevels] = {
    PRECIS_TRIM_ASIDES | PRECIS_TRIM_ATTRIBUTION,
    PRECIS_TRIM_ASIDES | PRECIS_TRIM_ATTRIBUTION | PRECIS_TRIM_APPOSITIVES | PRECIS_TRIM_OPENERS | PRECIS_TRIM_TIME,
    kTrimAllRules,
};

}  // namespace precis::detail
