// The C API: argument checks, limits, the workspace layout, and the pipeline in order.
#include "precis/precis.h"
#include "precis/precis_options.h"

#include <algorithm>

#include "arena.h"
#include "build.h"
#include "keywords.h"
#include "language.h"
#include "score.h"
#include "select.h"
#include "sort.h"
#include "tokenize.h"
#include "trim.h"

using namespace precis::detail;

namespace {

// Defaults for zeroed fields: precis_options.h (a user-config file may change them).
constexpr uint32_t kDefaultBytes = PRECIS_DEFAULT_MAX_BYTES, kDefaultSentences = PRECIS_DEFAULT_MAX_SENTENCES,
                   kDefaultTerms = PRECIS_DEFAULT_MAX_TERMS, kDefaultDocuments = PRECIS_DEFAULT_MAX_DOCUMENTS,
                   kDefaultBudget = PRECIS_DEFAULT_BUDGET, kDefaultRedundancy = PRECIS_DEFAULT_REDUNDANCY;

// Limits with defaults filled in; false when a field is above its ceiling.
bool resolve_limits(const precis_limits *in, precis_limits *out) {
    precis_limits l = in ? *in : precis_limits{};
    if (l.max_bytes == 0) l.max_bytes = kDefaultBytes;
    if (l.max_sentences == 0) l.max_sentences = kDefaultSentences;
    if (l.max_terms == 0) l.max_terms = kDefaultTerms;
    if (l.max_tokens == 0) l.max_tokens = std::min<uint32_t>(l.max_bytes / 2 + 1, PRECIS_LIMIT_TOKENS);
    if (l.max_documents == 0) l.max_documents = kDefaultDocuments;
    *out = l;
    return l.max_bytes <= PRECIS_LIMIT_BYTES && l.max_sentences <= PRECIS_LIMIT_SENTENCES &&
           l.max_terms <= PRECIS_LIMIT_TERMS && l.max_tokens <= PRECIS_LIMIT_TOKENS &&
           l.max_documents <= PRECIS_LIMIT_DOCUMENTS;
}

struct Layout {
    Model model;
    ScoreScratch scratch;
    SelectScratch select;
    KeywordScratch keywords;  // the same bytes as the scoring and selection scratch: another kind of call
    // An array that is idle while the model is built, for the word cache (wordcache.h): the term
    // weights of scoring or of keywords, or a graph's edges, which are all written after.
    void *idle;
    std::size_t idle_bytes;
};

// What a call carves after the model: summaries and keywords use the same bytes differently, and
// so do a graph's scoring (kGraph: TextRank, LexRank) and the selection that follows it.
enum class Use { kMeasure, kSummary, kGraph, kKeywords };

bool scores_a_graph(uint32_t algorithm) {
    return PRECIS_CLASSIC_ALGORITHMS && (algorithm == PRECIS_ALGO_TEXTRANK || algorithm == PRECIS_ALGO_LEXRANK);
}

// The arrays after the sentence scratch: the term weights and duplicate groups that scoring and
// selection use or, while a graph is scored (kGraph), the graph's edges in their place (the graph
// scorers use no term weights; selection, after them, no edges). kMeasure covers the larger.
void carve_tail(Arena &a, const precis_limits &l, Use use, Layout *w) {
#if PRECIS_CLASSIC_ALGORITHMS
    if (use == Use::kGraph || use == Use::kMeasure) {
        std::size_t tail = a.mark();
        w->scratch.edges = a.take<uint16_t>(graph_edges(l.max_sentences));
        w->idle = w->scratch.edges;
        w->idle_bytes = std::size_t{graph_edges(l.max_sentences)} * sizeof(uint16_t);
        if (use == Use::kGraph) return;
        a.rewind(tail);
    }
#else
    (void)use;
#endif
    w->scratch.term = a.take<uint32_t>(l.max_terms);
    w->idle = w->scratch.term;
    w->idle_bytes = std::size_t{l.max_terms} * sizeof(uint32_t);
    w->select.group = a.take<uint32_t>(l.max_sentences);
    w->select.term = w->scratch.term;
}

// The one description of the workspace: used to measure it (null arena, kMeasure: the larger of
// the alternatives) and to carve it for one use (only that use's arrays, so that a guarded
// build's redzones lie where that use expects them). Fills *out in place: a Layout returned by
// value is a second copy on the stack of every call, under the deepest path (build_model).
void carve(Arena &a, const precis_limits &l, Use use, Layout *out) {
    Layout &w = *out;
    w = Layout{};
    w.model.doc_first = a.take<uint32_t>(std::size_t{l.max_documents} + 1);
    w.model.sentences = a.take<Sentence>(l.max_sentences);
    w.model.tokens = a.take<TermId>(l.max_tokens);
    w.model.fallback = a.take<FallbackStopwords>(1);
    Term *terms = a.take<Term>(l.max_terms);
    uint32_t slots = term_index_slots(l.max_terms);
    uint16_t *index = a.take<uint16_t>(slots);
    std::size_t after_model = a.mark();
#if PRECIS_KEYWORDS
    if (use != Use::kSummary && use != Use::kGraph) {
        w.keywords.weight = a.take<uint32_t>(l.max_terms);
        w.keywords.order = a.take<uint16_t>(l.max_terms);
        w.idle = w.keywords.weight;
        w.idle_bytes = std::size_t{l.max_terms} * sizeof(uint32_t);
        if (use == Use::kMeasure) a.rewind(after_model);
    }
#endif
    (void)after_model;
    if (use != Use::kKeywords) {
        // Scoring and selection run one after the other: selection reuses the scoring scratch.
        w.scratch.sentence_a = a.take<uint32_t>(l.max_sentences);
        w.scratch.sentence_b = a.take<uint32_t>(l.max_sentences);
        w.scratch.sentence_c = a.take<uint32_t>(l.max_sentences);
        w.select.order = w.scratch.sentence_c;
        w.select.key = w.scratch.sentence_a;
        w.select.hash = w.scratch.sentence_b;
#if PRECIS_TRIMMING
        w.select.trimmer = a.take<Trimmer>(1);  // off the stack: trimming runs deepest
#endif
        carve_tail(a, l, use, &w);
    }
    if (index) term_table_init(&w.model.terms, terms, l.max_terms, index, slots);
}

bool docs_valid(const precis_doc *docs, size_t ndocs) {
    if (ndocs > 0 && docs == nullptr) return false;
    for (size_t d = 0; d < ndocs; ++d) {
        if (docs[d].text == nullptr && docs[d].length > 0) return false;
    }
    return true;
}

// The documents' total length, added in 64 bits on every target: on a 32-bit target two 2 GiB
// lengths would wrap a size_t sum to a small number and let a huge input pass as a small one.
// False when even 64 bits overflow (lengths near SIZE_MAX on a 64-bit target): beyond any ceiling.
PRECIS_NOINLINE bool total_length(const precis_doc *docs, size_t ndocs, uint64_t *total) {
    uint64_t sum = 0;
    for (size_t d = 0; d < ndocs; ++d) {
        uint64_t n = docs[d].length;
        if (sum > ~uint64_t{0} - n) return false;
        sum += n;
    }
    *total = sum;
    return true;
}

bool config_valid(const precis_config &c) {
    if (c.budget_kind > PRECIS_BUDGET_RATIO) return false;
    if (c.budget_kind == PRECIS_BUDGET_RATIO && c.budget > 1000) return false;
    if (!algorithm_built(c.algorithm) || c.order > PRECIS_ORDER_RANK) return false;
    uint32_t known = PRECIS_KEEP_BOILERPLATE | PRECIS_TRIM_ALWAYS | PRECIS_TRIM_NEVER;
    if (c.redundancy > 1000 || (c.flags & ~known) != 0) return false;
    if ((c.flags & PRECIS_TRIM_ALWAYS) && ((c.flags & PRECIS_TRIM_NEVER) || !PRECIS_TRIMMING)) return false;
    return language_built(c.language);
}

// Whether selection may trim: asked for, or by default under byte and word budgets.
bool trimming(const precis_config &c) {
    if (!PRECIS_TRIMMING || (c.flags & PRECIS_TRIM_NEVER)) return false;
    if (c.flags & PRECIS_TRIM_ALWAYS) return true;
    return c.budget != 0 && (c.budget_kind == PRECIS_BUDGET_BYTES || c.budget_kind == PRECIS_BUDGET_WORDS);
}

bool span_valid(const precis_doc *docs, size_t ndocs, const precis_span &s) {
    if (s.document >= ndocs || s.offset > docs[s.document].length || s.length > docs[s.document].length - s.offset) {
        return false;
    }
    bool word_without_tail = PRECIS_TRIM_TAIL_WORD(s.trim) != 0 && !(s.trim & PRECIS_TRIM_TAIL);
    return (s.trim & ~(PRECIS_TRIM_RULES | PRECIS_TRIM_TAIL_AT(0xFF))) == 0 && !word_without_tail &&
           (PRECIS_TRIMMING || s.trim == 0);
}

// The kept ranges of a span, relative to its offset.
Trimmed fragments_of(const precis_doc *docs, const precis_span &s) {
    Trimmed t;
    const unsigned char *text = reinterpret_cast<const unsigned char *>(docs[s.document].text) + s.offset;
#if PRECIS_TRIMMING
    trim_sentence(text, s.length, s.trim, &t);
#else
    (void)text;
    t.count = s.length > 0 ? 1 : 0;
    t.fragment[0] = ByteRange{0, s.length};
    t.rules = 0;
#endif
    return t;
}

Budget resolve_budget(const precis_config &c, uint32_t nsentences) {
    if (c.budget == 0) return Budget{PRECIS_BUDGET_SENTENCES, kDefaultBudget};
    if (c.budget_kind != PRECIS_BUDGET_RATIO) return Budget{c.budget_kind, c.budget};
    uint32_t n = static_cast<uint32_t>((uint64_t{nsentences} * c.budget + 500) / 1000);
    return Budget{PRECIS_BUDGET_SENTENCES, n == 0 ? 1 : n};
}

// The sentence length in words that is long for a byte or word budget: 6/10 of the words it
// holds (a news word and its space take about 6 bytes, so a tenth of the bytes); 0 under a
// sentence or ratio budget. Capped: past 1000 words every sentence is short.
uint32_t long_for_budget(const precis_config &c) {
    if (c.budget_kind != PRECIS_BUDGET_BYTES && c.budget_kind != PRECIS_BUDGET_WORDS) return 0;
    if (c.budget > 10000) return 1000;
    return (c.budget_kind == PRECIS_BUDGET_WORDS ? c.budget * 6 : c.budget) / 10;
}

// Sentences and content tokens of the documents as a summary in `language` reads them. Tokens are
// counted with English's stopwords, the fewest of any language (every language's stopwords
// include English's), so the count is exact for English and an upper bound for the others.
// 32 bits: the walk reads at most PRECIS_LIMIT_BYTES (2^31 - 1) bytes, and a sentence or a token
// takes one at least.
void count_input(const precis_doc *docs, uint32_t ndocs, uint32_t language, uint32_t *sentences, uint32_t *tokens) {
    for_each_sentence(docs, ndocs, PRECIS_LIMIT_BYTES, SegmentationPacks{docs, language}, [&](uint32_t d, const SentenceBounds &b) {
        ++*sentences;
        *tokens += count_content_tokens(reinterpret_cast<const unsigned char *>(docs[d].text) + b.begin, b.end - b.begin);
        return true;
    });
}

// A count of the input as a limit: at least 1, at most `ceiling`. Out of line: inlined at each of
// the five limits precis_limits_for_language sets it cost 40 bytes of Cortex-M4F flash.
PRECIS_NOINLINE uint32_t as_limit(uint64_t v, uint32_t ceiling) {
    return static_cast<uint32_t>(v == 0 ? 1 : (v > ceiling ? ceiling : v));
}

// What a null config means; read, never copied, so that no entry point holds a config on its stack.
constexpr precis_config kDefaultConfig{};

void clear(precis_result *r) {
    if (r) *r = precis_result{};
}

// precis_split and precis_split_language: the sentences as pack_of segments each document. A
// template, so that a firmware that only splits English links no language detection.
template <typename PackOf>
int split(const precis_doc *docs, size_t ndocs, PackOf pack_of, precis_span *out, size_t out_cap, precis_result *result) {
    clear(result);
    if (!docs_valid(docs, ndocs) || (out == nullptr && out_cap > 0)) return PRECIS_ERR_ARGUMENT;
    if (ndocs > PRECIS_LIMIT_DOCUMENTS) return PRECIS_ERR_LIMITS;
    uint64_t total = 0;
    if (!total_length(docs, ndocs, &total) || total > PRECIS_LIMIT_BYTES) return PRECIS_ERR_LIMITS;
    uint32_t count = 0;
    for_each_sentence(docs, static_cast<uint32_t>(ndocs), PRECIS_LIMIT_BYTES, pack_of, [&](uint32_t d, const SentenceBounds &b) {
        if (count < out_cap) out[count] = precis_span{d, b.begin, b.end - b.begin, count, 0, 0};
        ++count;
        return true;
    });
    if (result) {
        result->sentences = count;
        result->documents = static_cast<uint32_t>(ndocs);
        result->bytes_read = static_cast<size_t>(total);
    }
    return static_cast<int>(count);
}

}  // namespace

extern "C" {

size_t precis_workspace_size(const precis_limits *limits) {
    precis_limits l;
    if (!resolve_limits(limits, &l)) return 0;
    Arena measure(nullptr, 0);
    Layout unused;
    carve(measure, l, Use::kMeasure, &unused);
    return measure.required();
}

}  // extern "C"

namespace {

// What precis_summarize and precis_keywords share: checks, limits, workspace, and the model
// built from the documents, scored by `algorithm` (summaries only). Returns PRECIS_OK or a status.
// `arena` is over the caller's workspace; the caller releases it before returning.
int prepare(const precis_doc *docs, size_t ndocs, const precis_config &cfg, Use use, Arena &arena,
            void *workspace, size_t workspace_size, precis_result *result, Layout *w, uint32_t *flags) {
    precis_limits l;
    if (!resolve_limits(&cfg.limits, &l)) return PRECIS_ERR_LIMITS;
    size_t needed = precis_workspace_size(&l);
    if (needed == 0) return PRECIS_ERR_LIMITS;
    if (result) result->workspace_needed = needed;
    if (workspace == nullptr || workspace_size < needed) return PRECIS_ERR_WORKSPACE;

    carve(arena, l, use, w);
    Model &m = w->model;
    BuildLimits bl{l.max_bytes, l.max_sentences, l.max_tokens, l.max_documents};
    size_t bytes_read = 0;
    // More documents than max_documents: build_model reads the first ones and flags the cut.
    uint32_t usable_docs = ndocs > l.max_documents ? l.max_documents + 1 : static_cast<uint32_t>(ndocs);
    *flags = build_model(&m, docs, usable_docs, bl, cfg.language, word_cache(w->idle, w->idle_bytes), &bytes_read);
    compute_idf(&m);
    if (result) {
        result->flags = *flags;
        result->sentences = m.nsentences;
        result->documents = m.ndocs;
        result->bytes_read = bytes_read;
    }
    if (use != Use::kKeywords) score_sentences(&m, cfg.algorithm, long_for_budget(cfg), w->scratch);
#if PRECIS_CLASSIC_ALGORITHMS
    if (use == Use::kGraph) {  // the edges are done with: selection's arrays take their bytes
        arena.rewind(arena.offset_of(w->scratch.edges));
        carve_tail(arena, l, Use::kSummary, w);
    }
#endif
    return PRECIS_OK;
}

}  // namespace

extern "C" {

int precis_summarize(const precis_doc *docs, size_t ndocs, const precis_config *config, void *workspace,
                     size_t workspace_size, precis_span *out, size_t out_cap, precis_result *result) {
    clear(result);
    const precis_config &cfg = config ? *config : kDefaultConfig;
    if (!docs_valid(docs, ndocs) || (out == nullptr && out_cap > 0) || !config_valid(cfg)) return PRECIS_ERR_ARGUMENT;
    Layout w;
    uint32_t flags = 0;
    Arena arena(workspace, workspace_size);
    Use use = scores_a_graph(cfg.algorithm) ? Use::kGraph : Use::kSummary;
    int status = prepare(docs, ndocs, cfg, use, arena, workspace, workspace_size, result, &w, &flags);
    if (status != PRECIS_OK) return status;
    Model &m = w.model;

    Selection rules{cfg.redundancy == 0 ? kDefaultRedundancy : cfg.redundancy, (cfg.flags & PRECIS_KEEP_BOILERPLATE) != 0,
                    cfg.algorithm == PRECIS_ALGO_DEFAULT && m.docs_with_sentences > 1, trimming(cfg)};
    uint32_t cap = out_cap > m.nsentences ? m.nsentences : static_cast<uint32_t>(out_cap);
    uint32_t select_flags = 0;
    uint32_t n = select_sentences(&m, resolve_budget(cfg, m.nsentences), rules, w.select, out, cap, &select_flags);
    if (cfg.order == PRECIS_ORDER_ORIGINAL) sort_story_order(&m, out, n);
    arena.release();  // the workspace is the caller's again (guarded builds poison parts of it)
    if (result) result->flags = flags | select_flags;
    return static_cast<int>(n);
}

int precis_keywords(const precis_doc *docs, size_t ndocs, const precis_config *config, void *workspace,
                    size_t workspace_size, precis_span *out, size_t out_cap, precis_result *result) {
    clear(result);
    const precis_config &cfg = config ? *config : kDefaultConfig;
    if (!PRECIS_KEYWORDS || !docs_valid(docs, ndocs) || (out == nullptr && out_cap > 0) || !config_valid(cfg)) {
        return PRECIS_ERR_ARGUMENT;
    }
    Layout w;
    uint32_t flags = 0;
    Arena arena(workspace, workspace_size);
    int status = prepare(docs, ndocs, cfg, Use::kKeywords, arena, workspace, workspace_size, result, &w, &flags);
    if (status != PRECIS_OK) return status;
#if PRECIS_KEYWORDS
    uint32_t cap = out_cap > PRECIS_MAX_KEYWORDS ? PRECIS_MAX_KEYWORDS : static_cast<uint32_t>(out_cap);
    uint32_t n = find_keywords(&w.model, (cfg.flags & PRECIS_KEEP_BOILERPLATE) != 0, w.keywords, out, cap);
    arena.release();
    return static_cast<int>(n);
#else
    return PRECIS_ERR_ARGUMENT;
#endif
}

int precis_split(const precis_doc *docs, size_t ndocs, precis_span *out, size_t out_cap, precis_result *result) {
    return split(docs, ndocs, EnglishSegmentation{}, out, out_cap, result);
}

int precis_split_language(const precis_doc *docs, size_t ndocs, int language, precis_span *out, size_t out_cap,
                          precis_result *result) {
    if (language < 0 || !language_built(static_cast<uint32_t>(language))) {
        clear(result);
        return PRECIS_ERR_ARGUMENT;
    }
    return split(docs, ndocs, SegmentationPacks{docs, static_cast<uint32_t>(language)}, out, out_cap, result);
}

int precis_limits_for(const precis_doc *docs, size_t ndocs, precis_limits *out) {
    return precis_limits_for_language(docs, ndocs, PRECIS_LANGUAGE_ENGLISH, out);
}

int precis_limits_for_language(const precis_doc *docs, size_t ndocs, int language, precis_limits *out) {
    if (!docs_valid(docs, ndocs) || out == nullptr || language < 0 || !language_built(static_cast<uint32_t>(language))) {
        return PRECIS_ERR_ARGUMENT;
    }
    uint64_t bytes = 0;
    if (!total_length(docs, ndocs, &bytes)) bytes = ~uint64_t{0};  // beyond every ceiling
    uint32_t usable = ndocs > PRECIS_LIMIT_DOCUMENTS ? PRECIS_LIMIT_DOCUMENTS : static_cast<uint32_t>(ndocs);
    uint32_t sentences = 0, tokens = 0;
    count_input(docs, usable, static_cast<uint32_t>(language), &sentences, &tokens);
    out->max_bytes = as_limit(bytes, PRECIS_LIMIT_BYTES);
    out->max_sentences = as_limit(sentences, PRECIS_LIMIT_SENTENCES);
    out->max_tokens = as_limit(tokens, PRECIS_LIMIT_TOKENS);
    out->max_terms = as_limit(tokens, PRECIS_LIMIT_TERMS);  // distinct terms <= tokens
    out->max_documents = as_limit(ndocs, PRECIS_LIMIT_DOCUMENTS);
    bool beyond = bytes > PRECIS_LIMIT_BYTES || sentences > PRECIS_LIMIT_SENTENCES || tokens > PRECIS_LIMIT_TOKENS ||
                  ndocs > PRECIS_LIMIT_DOCUMENTS;
    return beyond ? PRECIS_ERR_LIMITS : PRECIS_OK;
}

int precis_join(const precis_doc *docs, size_t ndocs, const precis_span *spans, size_t nspans, const char *separator,
                char *buf, size_t cap) {
    if (!docs_valid(docs, ndocs) || (spans == nullptr && nspans > 0) || separator == nullptr ||
        (buf == nullptr && cap > 0)) {
        return PRECIS_ERR_ARGUMENT;
    }
    size_t sep_len = 0;
    while (separator[sep_len] != 0) ++sep_len;
    uint64_t total = 0;  // 64 bits: on a 32-bit target a span near 4 GiB would wrap a size_t sum
    for (size_t i = 0; i < nspans; ++i) {
        const precis_span &s = spans[i];
        if (!span_valid(docs, ndocs, s)) return PRECIS_ERR_ARGUMENT;
        Trimmed t = fragments_of(docs, s);
        total += write_fragments(reinterpret_cast<const unsigned char *>(docs[s.document].text) + s.offset, t.fragment,
                                 t.count, nullptr);
        if (i > 0) total += sep_len;
        if (total > PRECIS_LIMIT_BYTES) {
            if (cap > 0) buf[0] = 0;  // with cap == 0 not even buf[0] is the caller's to write
            return PRECIS_ERR_OUTPUT;
        }
    }
    if (buf == nullptr) return static_cast<int>(total);
    if (cap < total + 1) {
        if (cap > 0) buf[0] = 0;
        return PRECIS_ERR_OUTPUT;
    }
    size_t at = 0;
    for (size_t i = 0; i < nspans; ++i) {
        if (i > 0) {
            for (size_t k = 0; k < sep_len; ++k) buf[at++] = separator[k];
        }
        const unsigned char *text = reinterpret_cast<const unsigned char *>(docs[spans[i].document].text) + spans[i].offset;
        Trimmed t = fragments_of(docs, spans[i]);
        at += write_fragments(text, t.fragment, t.count, buf + at);
    }
    buf[at] = 0;
    return static_cast<int>(at);
}

int precis_fragments(const precis_doc *docs, size_t ndocs, const precis_span *span, precis_fragment *out, size_t cap) {
    if (span == nullptr || !docs_valid(docs, ndocs) || ndocs == 0 || (out == nullptr && cap > 0)) return PRECIS_ERR_ARGUMENT;
    if (!span_valid(docs, ndocs, *span)) return PRECIS_ERR_ARGUMENT;
    Trimmed t = fragments_of(docs, *span);
    for (uint32_t f = 0; f < t.count && f < cap; ++f) {
        out[f] = precis_fragment{span->offset + t.fragment[f].begin, t.fragment[f].end - t.fragment[f].begin};
    }
    return static_cast<int>(t.count);
}

const char *precis_status_name(int status) {
    switch (status) {
        case PRECIS_OK: return "PRECIS_OK";
        case PRECIS_ERR_ARGUMENT: return "PRECIS_ERR_ARGUMENT";
        case PRECIS_ERR_WORKSPACE: return "PRECIS_ERR_WORKSPACE";
        case PRECIS_ERR_LIMITS: return "PRECIS_ERR_LIMITS";
        case PRECIS_ERR_OUTPUT: return "PRECIS_ERR_OUTPUT";
        default: return "PRECIS_UNKNOWN";
    }
}

}  // extern "C"
