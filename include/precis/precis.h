/*
 * precis: extractive summaries for constrained devices.
 *
 * The caller owns every byte. precis_workspace_size() tells how many bytes of scratch memory a
 * call needs for given limits; precis_summarize() uses only that workspace and the caller's
 * output array, and returns spans that point into the caller's text (nothing is copied).
 * No heap, no exceptions, no stdio, no locale, no global state: calls with separate workspaces
 * may run concurrently. Scoring is integer arithmetic only, so every target selects the same
 * sentences with the same scores.
 *
 * Status convention: a negative return is a precis_status error; a non-negative return is a
 * count. Nothing is written to the output array on error.
 *
 * Compatibility: a zeroed field of every struct here keeps the behaviour it has today in every
 * later version (new fields are added with zero meaning "as before"), so `= {0}` initialized
 * configs keep working unchanged.
 *
 * This header is C99 and includes nothing beyond <stddef.h> and <stdint.h>.
 */
#ifndef PRECIS_H
#define PRECIS_H

#include <stddef.h>
#include <stdint.h>

/* PRECIS_API marks the functions the library exports. It is built with hidden visibility, so
 * nothing else is visible from it (a shared build exports only these). Define PRECIS_API
 * yourself before including this header to override it (e.g. for a Windows DLL). */
#ifndef PRECIS_API
#if defined(__GNUC__) && __GNUC__ >= 4
#define PRECIS_API __attribute__((visibility("default")))
#else
#define PRECIS_API
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Version ------------------------------------------------------------------------------- */

/* The one place the version is written: CMake, pkg-config and every package manifest take it
 * from these three lines (scripts/set-version rewrites them all; a test checks they agree). */
#define PRECIS_VERSION_MAJOR 0
#define PRECIS_VERSION_MINOR 1
#define PRECIS_VERSION_PATCH 0
#define PRECIS_VERSION_STRING "0.1.0"
/* One comparable number: MAJOR * 10000 + MINOR * 100 + PATCH (0.1.0 is 100). Compile-time
 * checks: #if PRECIS_VERSION >= 200. The library's own: precis_version(). */
#define PRECIS_VERSION \
    (PRECIS_VERSION_MAJOR * 10000L + PRECIS_VERSION_MINOR * 100L + PRECIS_VERSION_PATCH)

/* ---- Status codes -------------------------------------------------------------------------- */

enum precis_status {
    PRECIS_OK = 0,
    /* A required pointer is NULL, or a config field is out of its documented range. */
    PRECIS_ERR_ARGUMENT = -1,
    /* The workspace is smaller than precis_workspace_size(); result->workspace_needed says how
     * many bytes are needed. */
    PRECIS_ERR_WORKSPACE = -2,
    /* A limit is above its PRECIS_LIMIT_* ceiling, or the workspace it implies does not fit in
     * size_t on this target. */
    PRECIS_ERR_LIMITS = -3,
    /* precis_join(): the output buffer cannot hold the text and its terminating NUL. */
    PRECIS_ERR_OUTPUT = -4
};

/* ---- Limits -------------------------------------------------------------------------------- */

/* Ceilings for the fields of precis_limits. */
#define PRECIS_LIMIT_BYTES 0x7FFFFFFFu     /* total input bytes */
#define PRECIS_LIMIT_SENTENCES 0x00FFFFFFu /* sentences over all documents */
#define PRECIS_LIMIT_TERMS 0xFFFFu         /* distinct terms (16-bit term ids) */
#define PRECIS_LIMIT_TOKENS 0x3FFFFFFFu    /* content words over all documents */
#define PRECIS_LIMIT_DOCUMENTS 0xFFFFu

/* What one call may hold. The workspace size is a pure function of these numbers. A zero field
 * takes its default. Input beyond a limit is not an error: the documents are read up to the last
 * whole sentence that fits, that prefix is summarized, and result->flags has PRECIS_TRUNCATED. */
typedef struct precis_limits {
    uint32_t max_bytes;     /* total input bytes over all documents; 0: 65536 */
    uint32_t max_sentences; /* sentences over all documents; 0: 1024 */
    uint32_t max_terms;     /* distinct content terms (after stemming); 0: 4096 */
    uint32_t max_tokens;    /* content words (not stopwords), all documents; 0: max_bytes/2+1 */
    uint32_t max_documents; /* documents per call; 0: 16 */
} precis_limits;

/* ---- Configuration ------------------------------------------------------------------------- */

enum precis_budget_kind {
    PRECIS_BUDGET_SENTENCES = 0, /* budget = number of sentences */
    /* budget = words over all sentences: runs of non-whitespace, except that each CJK ideograph
     * or kana is a word of its own (Chinese and Japanese put no spaces between words), a letter
     * or digit after one starts another, and punctuation after one adds none: "東京で雨。" is 4
     * words, "東京Tower" 3. */
    PRECIS_BUDGET_WORDS = 1,
    /* budget = bytes of the summary as precis_join() writes it with a one-byte separator, plus
     * one byte after the last sentence: sum over sentences of (collapsed length + 1). So
     * "one sentence per line" output, final newline included, is at most `budget` bytes. */
    PRECIS_BUDGET_BYTES = 2,
    PRECIS_BUDGET_RATIO = 3 /* budget = per-mille (1..1000) of the input's sentences, rounded
                               to nearest, at least one */
};

/* Ranking algorithms. Selection (budget, redundancy, boilerplate, content-free units) is the
 * same for all. */
enum precis_algorithm {
    PRECIS_ALGO_DEFAULT = 0,  /* position-aware centroid centrality, tuned for news; with several
                                 documents selection also rewards covering what they share */
    PRECIS_ALGO_LEAD = 1,     /* first sentences of each document, in turn */
    PRECIS_ALGO_LUHN = 2,     /* Luhn 1958: clusters of significant words */
    PRECIS_ALGO_TEXTRANK = 3, /* Mihalcea & Tarau 2004: PageRank over word-overlap similarity */
    PRECIS_ALGO_LEXRANK = 4,  /* Erkan & Radev 2004: continuous LexRank, idf-modified cosine */
    PRECIS_ALGO_SUMBASIC = 5, /* Nenkova & Vanderwende 2005: greedy word probability */
    PRECIS_ALGO_KLSUM = 6,    /* Haghighi & Vanderwende 2009: greedy KL divergence to the input */
    PRECIS_ALGO_CENTROID = 7  /* Radev et al. 2004 (MEAD): centroid, position, overlap with the
                                 first sentence */
};
#define PRECIS_ALGO_COUNT 8

/* A library built with the CMake option PRECIS_CLASSIC_ALGORITHMS=OFF has only DEFAULT and LEAD
 * (about 5 KiB less code on Cortex-M); asking it for another algorithm is PRECIS_ERR_ARGUMENT.
 * precis_algorithm_available() says which ones a build has.
 *
 * TextRank and LexRank rank a graph of each document's first 128/documents sentences (at least one
 * each while the graph has room: of more than 128 documents, the later ones have none): the
 * similarity of each pair of graph sentences, at most 128 x 127 / 2 pairs, is computed once,
 * whatever the input's size; sentences outside the graph score 0. The edges are kept in the
 * workspace, 2 bytes each: n (n - 1) bytes for n = min(max_sentences, 128), in the bytes that
 * selection's 4 x (max_terms + max_sentences) bytes of arrays take afterwards, so the workspace
 * grows by at most max(0, n (n - 1) - 4 x (max_terms + max_sentences)) bytes: nothing for a
 * typical 4 KiB article's exact limits (41 sentences, 402 terms), 1728 bytes for round 4 KiB
 * limits (64 sentences, 512 terms), 9748 for a 16 KiB article (152 sentences, 1475 terms). A build
 * without the classic algorithms has no edges.
 *
 * SumBasic and KL-Sum order their first 64 greedy picks and rank the other sentences below them.
 *
 * Selection, the same for every algorithm: sentences are taken best first; under a byte or word
 * budget best means score per cost^(1/4), with the best single sentence as a fallback. A sentence
 * is never taken twice (the same text once whitespace is collapsed, at any budget) nor when it
 * repeats one of the 64 best choices (see redundancy); a sentence that opens on a back-reference
 * ("He said", "However,", "The move") only after the sentence it follows; boilerplate never
 * unless PRECIS_KEEP_BOILERPLATE. With several documents the default values each candidate by the
 * weight of the terms it adds to the summary (a term's weight: the square of the number of
 * documents using it), lazily re-evaluating at most 256 candidates per pick for the first 64
 * picks: the cost per call stays linear in the input. */

enum precis_order {
    /* Story order. One document: its order. Several: by relative position in their documents
     * (the leads first), then position, then text, so the order of the documents in the call
     * does not change the summary of the default algorithm (the classic ones may: they break
     * ties, and TextRank and LexRank iterate, in document order). Sentences of one document
     * always keep their order. */
    PRECIS_ORDER_ORIGINAL = 0,
    /* The order selection chose them in, the most valuable first: each pick weighs what the ones
     * before it already cover, so a span's score (the sentence's own) need not fall from one span
     * to the next. The same spans as PRECIS_ORDER_ORIGINAL, in another order. */
    PRECIS_ORDER_RANK = 1
};

/* precis_config.flags */
/* Let boilerplate be selected too: bylines, credits, copyright lines, wire editor codes ("(xyz)",
 * "MORE", "4th graf pvs") and e-mail furniture (quoted "> " lines, "On ... wrote:", greetings,
 * sign-offs and signatures, "Sent from my ..."). Content-free sentences are never selected,
 * with or without it: fewer than two distinct content words, a date's numbers and month names
 * counting as one ("Ugh.", "No.", emoji only, "March 3, 2015 ."), code fences, table rules and
 * lead-ins whose content is missing ("Here's what we know: ."). Datelines are cut from their
 * sentence either way. */
#define PRECIS_KEEP_BOILERPLATE 0x1u
#define PRECIS_TRIM_ALWAYS 0x2u      /* trim sentences under every budget kind */
#define PRECIS_TRIM_NEVER 0x4u       /* whole sentences only, under every budget kind */

/* Trimming (compression by deletion). A chosen sentence may be shortened by cutting out parts a
 * reader can do without; the kept text is a few byte ranges of the caller's text (see
 * precis_fragments), never rewritten. The budget counts the trimmed text. By default (neither
 * flag) sentences are trimmed under byte and word budgets, where whole news sentences (120-200
 * bytes) fit badly, and kept whole under sentence and ratio budgets. Selection weighs each
 * sentence whole and trimmed by value per unit of budget. Trimming never cuts inside a
 * quotation, a word or a number, never leaves a dangling comma, an unbalanced bracket or quote
 * or a lower-case start, and keeps the sentence's own terminator. What is kept holds a verb, and
 * a sentence is never cut short after a negation ("have not played Barcelona since 2010") nor
 * before the agent of a passive ("was praised by police"): the cut would change what it says.
 * The rules read English; in a
 * document of another language only asides are cut (brackets, dashes, ", however,"). Both flags
 * at once are PRECIS_ERR_ARGUMENT; so is PRECIS_TRIM_ALWAYS in a library built with PRECIS_TRIMMING=OFF
 * (which never trims). */

/* Languages. A language pack holds what precis knows of one language: its stopwords, its stemmer,
 * the abbreviations the segmenter must not end a sentence at ("z. B.", "Nr.", "Mme", "Sra."), its
 * datelines, bylines and rights notices ("(dpa) -", "Von unserem Korrespondenten", "Tous droits
 * réservés") and the openers of sentences that lean on the one before ("Cependant", "Er").
 * English is always built; the others are chosen when the library is built (CMake
 * PRECIS_LANGUAGES, or PRECIS_PACK_* in precis_options.h); precis_language_available() says which
 * a build has, and asking for one it lacks is PRECIS_ERR_ARGUMENT.
 *
 * Whatever the language, sentences also end at the terminators of other scripts (。！？ ؟ ۔ । ॥ ។ ៕
 * and the Greek question mark) and, in a sentence that opens in Thai or Lao, at a space between
 * two of their letters; text in scripts written without spaces (Chinese, Japanese) has character
 * bigrams for words, and English stopwords are never content words (news in any language quotes
 * English names and titles).
 *
 * PRECIS_LANGUAGE_OTHER, the fallback for a language without a pack: no stemming, and for
 * stopwords the input's own most frequent short words (at most three letters, at least one in
 * 128 of the words, the 16 most frequent) besides the English ones.
 *
 * PRECIS_LANGUAGE_AUTO chooses per document, by counting its words (the first 4096 bytes) that
 * are stopwords of each pack in the build: the pack with the most, when at least one word in
 * five is one of its stopwords, else the fallback. Integer counts only; ties go to the lower
 * enum value. precis_split() and precis_limits_for() take no config and segment as English
 * does; precis_split_language() and precis_limits_for_language() segment as a summary in
 * another language does. */
enum precis_language {
    PRECIS_LANGUAGE_ENGLISH = 0,    /* as before languages existed */
    PRECIS_LANGUAGE_AUTO = 1,       /* detected per document among the packs in the build */
    PRECIS_LANGUAGE_OTHER = 2,      /* no pack: the language-independent fallback */
    PRECIS_LANGUAGE_GERMAN = 3,
    PRECIS_LANGUAGE_FRENCH = 4,
    PRECIS_LANGUAGE_SPANISH = 5,
    PRECIS_LANGUAGE_ITALIAN = 6,
    PRECIS_LANGUAGE_PORTUGUESE = 7,
    PRECIS_LANGUAGE_DUTCH = 8
};
#define PRECIS_LANGUAGE_COUNT 9

/* A zeroed config means: default limits, 3 sentences, default algorithm, original order,
 * redundancy threshold 350, boilerplate filtered, trimming under byte and word budgets only,
 * English. */
typedef struct precis_config {
    precis_limits limits;
    uint32_t budget_kind; /* enum precis_budget_kind */
    uint32_t budget;      /* in the unit of budget_kind; 0: 3 sentences whatever the kind */
    uint32_t algorithm;   /* enum precis_algorithm */
    uint32_t order;       /* enum precis_order */
    /* Per-mille cosine similarity (idf-weighted, over stemmed content words) at or above which a
     * candidate is taken to repeat a sentence already chosen and is skipped. 1..1000; 0: 350
     * (two agencies' wordings of one fact measure 447..1000 on the seeds, distinct facts of
     * one story at most 239).
     * Each candidate is compared with at most the 64 best-ranked choices, so the cost is
     * O(sentences x 64) at most, never O(sentences^2); exact repeats are caught at any budget. */
    uint32_t redundancy;
    uint32_t flags; /* PRECIS_KEEP_BOILERPLATE */
    uint32_t language; /* enum precis_language; 0: English */
} precis_config;

/* ---- Input and output ---------------------------------------------------------------------- */

/* One document: UTF-8 bytes, not NUL-terminated. Invalid UTF-8 and NUL bytes are accepted: they
 * count as word separators and set result flags, and the text is never rewritten. */
typedef struct precis_doc {
    const char *text;
    size_t length;
} precis_doc;

/* One selected (or, for precis_split, found) sentence: a byte range in the caller's text. */
typedef struct precis_span {
    uint32_t document; /* index into the docs array */
    uint32_t offset;   /* byte offset of the sentence in that document */
    uint32_t length;   /* bytes; leading/trailing whitespace and any dateline excluded */
    uint32_t sentence; /* index of the sentence over all documents, in input order */
    uint32_t score;    /* 16.16 fixed point; comparable within one call; 0 for split */
    /* PRECIS_TRIM_* bits: the deletions applied to the sentence; 0: the whole sentence.
     * offset/length still cover the whole sentence; precis_fragments gives the kept ranges. */
    uint32_t trim;
} precis_span;

/* precis_span.trim: the deletion rules. Each cut is taken only when the rest stays a sentence. */
#define PRECIS_TRIM_ASIDES 0x01u      /* "(...)" "[...]", " -- ... --", " _ ... _ ", ", however," */
/* ", a spokesman said today", ", according to X", ", police said," */
#define PRECIS_TRIM_ATTRIBUTION 0x02u
#define PRECIS_TRIM_APPOSITIVES 0x04u /* "Michael Jensen, a spokesman, said" "Crosby, 73," */
#define PRECIS_TRIM_OPENERS 0x08u     /* a leading "On Thursday, " "In London, " */
#define PRECIS_TRIM_TRAILING 0x10u    /* a last ", putting ..." ", which ..." clause */
#define PRECIS_TRIM_TIME 0x20u        /* a time phrase: " on Tuesday", " last week", " today" */
/* The sentence ends early, before a trailing phrase the rest stands without: " in the wake of
 * ...", " and is being held ...", " showing ...". Bits 8-15 then say where: the index (from 0)
 * of the first word cut, counting the words of the whole sentence. Selection sets them; build
 * them with PRECIS_TRIM_TAIL_AT and read them with PRECIS_TRIM_TAIL_WORD. */
#define PRECIS_TRIM_TAIL 0x40u
#define PRECIS_TRIM_TAIL_AT(word) (PRECIS_TRIM_TAIL | (((uint32_t)(word)&0xFFu) << 8))
#define PRECIS_TRIM_TAIL_WORD(trim) (((trim) >> 8) & 0xFFu)
#define PRECIS_TRIM_RULES 0x7Fu

/* A kept byte range of a trimmed sentence, in the span's document. */
typedef struct precis_fragment {
    uint32_t offset;
    uint32_t length;
} precis_fragment;

/* At most this many fragments make up one trimmed sentence. */
#define PRECIS_MAX_FRAGMENTS 8

/* precis_result.flags */
#define PRECIS_TRUNCATED 0x1u    /* a limit cut the input: only a prefix was summarized */
#define PRECIS_INVALID_UTF8 0x2u /* the input holds bytes that are not valid UTF-8 */
#define PRECIS_NUL_BYTES 0x4u    /* the input holds NUL bytes */
/* No sentence was selected although the input has informative ones: none fits the budget (a
 * byte or word budget smaller than every candidate). The return value is 0. */
#define PRECIS_NOTHING_FITS 0x8u

typedef struct precis_result {
    /* PRECIS_TRUNCATED | PRECIS_INVALID_UTF8 | PRECIS_NUL_BYTES | PRECIS_NOTHING_FITS */
    uint32_t flags;
    uint32_t sentences;     /* sentences read (all documents) */
    uint32_t documents;     /* documents read, at least partly */
    size_t bytes_read;      /* input bytes that took part (all documents) */
    size_t workspace_needed; /* bytes the call needs; set by each call that validates limits */
} precis_result;

/* ---- Functions ----------------------------------------------------------------------------- */

/* Workspace bytes that precis_summarize() needs for `limits` (NULL: all defaults). The figure is
 * exact and independent of the input and of the algorithm: it includes the edges of TextRank's
 * and LexRank's graph where the build has them (see enum precis_algorithm), and where the build
 * has trimming one sentence's trimming state (a few hundred bytes whatever the limits, kept out
 * of the stack). While the documents are read, the words met before are looked up in a cache kept
 * in arrays that are idle until scoring (the term weights, 4 x max_terms bytes; a graph's edges),
 * so the cache adds nothing to the figure. Returns 0 when a limit is above its ceiling or the size
 * does not fit in size_t. */
PRECIS_API size_t precis_workspace_size(const precis_limits *limits);

/* Limits that fit this input exactly, so that nothing is truncated (for hosts that size the
 * workspace per input). One linear pass, no memory. `out` receives the limits; max_terms is an
 * upper bound (the distinct-term count needs the table), capped at PRECIS_LIMIT_TERMS: an input
 * with more distinct terms than that still comes back PRECIS_OK but is truncated when
 * summarized. Returns PRECIS_OK, PRECIS_ERR_ARGUMENT (NULL docs with ndocs > 0, NULL text with
 * length > 0, NULL out) or PRECIS_ERR_LIMITS (the input is beyond a ceiling: each field of
 * `out` is its count clamped to its ceiling, and summarizing will truncate). */
PRECIS_API int precis_limits_for(const precis_doc *docs, size_t ndocs, precis_limits *out);

/* Limits that hold this input, in any language, from one look at each byte: no segmenting or
 * tokenizing and no memory. Every byte where a sentence may end (. ! ? ) a line break, any
 * character above ASCII) counts as an end, and every start of a run of ASCII letters and digits
 * and every character above ASCII as a word; each document adds at most (its bytes + 1) / 2 + 1 to
 * each limit (a sentence or a content word takes two bytes); max_terms is capped at
 * PRECIS_LIMIT_TERMS, as precis_limits_for's is. For hosts: about a tenth of the time of
 * precis_limits_for on news articles, for a workspace about twice as large (a 4 KiB article: about
 * 20 KiB against 12 KiB with exact limits). A summary is the same with either limits. Defined
 * here, inline: a firmware build that never calls it carries none of it. Returns PRECIS_OK,
 * PRECIS_ERR_ARGUMENT (as precis_limits_for) or PRECIS_ERR_LIMITS when the bound is above a
 * ceiling (more than PRECIS_LIMIT_SENTENCES possible sentence ends, from 32 MiB of input; more
 * bytes than PRECIS_LIMIT_BYTES or documents than PRECIS_LIMIT_DOCUMENTS): then use
 * precis_limits_for. */
#ifdef __cplusplus
#define PRECIS_U32_(x) static_cast<uint32_t>(x)
#define PRECIS_BYTES_(p) static_cast<const unsigned char *>(static_cast<const void *>(p))
#else
#define PRECIS_U32_(x) ((uint32_t)(x))
#define PRECIS_BYTES_(p) ((const unsigned char *)(p))
#endif
static inline int precis_limits_bound(const precis_doc *docs, size_t ndocs, precis_limits *out) {
    /* Per byte: 1 a sentence may end there (. ! ? ) LF CR, or the first byte of a character
     * above ASCII; a Greek question mark ends one only after a Greek letter, counted there);
     * 2 an ASCII letter or digit; 4 the first byte of a character above ASCII (a word, or an
     * unspaced script's bigram, may start at each). A table: the fastest at -O2, -O3 and -Os. */
    static const unsigned char kClass[256] = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 1,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5};
    uint64_t bytes = 0, half, ends = 0, words = 0;
    size_t d, i;
    if ((!docs && ndocs > 0) || !out) return PRECIS_ERR_ARGUMENT;
    for (d = 0; d < ndocs; ++d) {
        if (!docs[d].text && docs[d].length > 0) return PRECIS_ERR_ARGUMENT;
    }
    if (ndocs > PRECIS_LIMIT_DOCUMENTS) return PRECIS_ERR_LIMITS;
    for (d = 0; d < ndocs; ++d) {
        if (docs[d].length > PRECIS_LIMIT_BYTES - bytes) return PRECIS_ERR_LIMITS;
        bytes += docs[d].length;
    }
    for (d = 0; d < ndocs; ++d) {
        const unsigned char *t = PRECIS_BYTES_(docs[d].text);
        uint32_t doc_ends = 1, doc_words = 0, alnum_before = 0; /* 1: the document's last sentence */
        i = 0;
#if defined(__GNUC__) && defined(__SIZEOF_POINTER__) && __SIZEOF_POINTER__ == 8 && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* 64-bit little-endian hosts with GCC or Clang: the same counts eight bytes a step (a
         * third of the table's time), each byte's class as the top bit of its byte of a word. */
        for (; docs[d].length - i >= 8; i += 8) {
            const uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
            uint64_t w, low, lead, punct, folded, letter, digit, alnum, starts, before = alnum_before;
            __builtin_memcpy(&w, t + i, 8);
            low = w & ~kHigh; /* each byte's low 7 bits: no carry between bytes below */
            lead = w & (w << 1) & kHigh; /* 0xC0 and above: a character above ASCII starts */
            /* A byte's top bit stays clear after adding 0x7F only where its low 7 bits are 0. */
            punct = ((low ^ 0x2Eu * kOnes) + ~kHigh) & ((low ^ 0x21u * kOnes) + ~kHigh) & ((low ^ 0x3Fu * kOnes) + ~kHigh) &
                    ((low ^ 0x29u * kOnes) + ~kHigh) & ((low ^ 0x0Au * kOnes) + ~kHigh) & ((low ^ 0x0Du * kOnes) + ~kHigh);
            punct = ~punct & ~w & kHigh;
            folded = low | 0x20u * kOnes; /* A-Z onto a-z, nothing else onto a-z */
            letter = (folded + (0x80u - 'a') * kOnes) & ~(folded + (0x80u - 'z' - 1) * kOnes);
            digit = (low + (0x80u - '0') * kOnes) & ~(low + (0x80u - '9' - 1) * kOnes);
            alnum = (letter | digit) & ~w & kHigh;
            starts = alnum & ~((alnum << 8) | before << 7); /* the byte before is no letter or digit */
            doc_ends += PRECIS_U32_((((punct | lead) >> 7) * kOnes) >> 56);
            doc_words += PRECIS_U32_((((starts | lead) >> 7) * kOnes) >> 56);
            alnum_before = PRECIS_U32_(alnum >> 63);
        }
#endif
        for (; i < docs[d].length; ++i) {
            const uint32_t k = kClass[t[i]], alnum = (k >> 1) & 1u;
            doc_ends += k & 1u;
            doc_words += (alnum & ~alnum_before) | (k >> 2);
            alnum_before = alnum;
        }
        /* Within a document a sentence or a word and what separates it from the next take two
         * bytes; each document ends one of its own, so a document of one byte is a sentence. */
        half = (docs[d].length + 1) / 2 + 1;
        ends += doc_ends < half ? doc_ends : half;
        words += doc_words < half ? doc_words : half;
    }
    if (words == 0) words = 1;
    if (ends == 0) ends = 1; /* no documents */
    if (words > PRECIS_LIMIT_TOKENS || ends > PRECIS_LIMIT_SENTENCES) return PRECIS_ERR_LIMITS;
    out->max_bytes = bytes == 0 ? 1u : PRECIS_U32_(bytes);
    out->max_sentences = PRECIS_U32_(ends);
    out->max_terms = PRECIS_U32_(words > PRECIS_LIMIT_TERMS ? PRECIS_LIMIT_TERMS : words);
    out->max_tokens = PRECIS_U32_(words);
    out->max_documents = ndocs == 0 ? 1u : PRECIS_U32_(ndocs);
    return PRECIS_OK;
}
#undef PRECIS_BYTES_
#undef PRECIS_U32_

/* precis_limits_for() as a summary in `language` (enum precis_language) reads the input: its
 * segmentation (a pack's abbreviations and starters may cut the text into more sentences than
 * English does; AUTO detects each document's language as precis_summarize does). max_tokens is
 * counted with English's stopwords, which every language's include: exact for English, an upper
 * bound otherwise. precis_limits_for(docs, n, out) is this with PRECIS_LANGUAGE_ENGLISH.
 * Errors as precis_limits_for, and PRECIS_ERR_ARGUMENT for a language this build lacks. */
PRECIS_API int precis_limits_for_language(const precis_doc *docs, size_t ndocs, int language,
                                          precis_limits *out);

/* Summarize `ndocs` documents of one story. Writes at most `out_cap` spans to `out`, in
 * config->order, and returns how many, n: out[0..n) is the summary (the entries after it, up to
 * out_cap, may have been written too and mean nothing). `config` may be NULL (all defaults);
 * `result` may be NULL. The workspace needs no alignment and no initialization; its contents are
 * garbage after. Errors: PRECIS_ERR_ARGUMENT (NULL docs/out where needed, a config field out of
 * range), PRECIS_ERR_LIMITS, PRECIS_ERR_WORKSPACE (workspace NULL or too small;
 * result->workspace_needed is set, so a call with a NULL workspace asks the size). Empty input,
 * input without any sentence, or without a sentence that may be selected (see
 * PRECIS_KEEP_BOILERPLATE), returns 0. Empty documents take no part in scoring: adding them
 * anywhere changes no selection and no score (span document indices still count them, and so does
 * limits.max_documents). */
PRECIS_API int precis_summarize(const precis_doc *docs, size_t ndocs,
                                const precis_config *config, void *workspace,
                                size_t workspace_size, precis_span *out, size_t out_cap,
                                precis_result *result);

/* The segmenter's view: every sentence of the documents, in order, with dateline prefixes cut
 * (a dateline a state's abbreviation split, "NEAH BAY, Wash. _ ...", is cut from the sentence
 * after it) and nothing filtered. Needs no workspace. Writes the first `out_cap` spans (out may
 * be NULL when out_cap is 0) and returns the total number of sentences, which may exceed out_cap.
 * Errors: PRECIS_ERR_ARGUMENT (NULL docs with ndocs > 0, NULL text with length > 0, NULL out
 * with out_cap > 0), PRECIS_ERR_LIMITS (more than PRECIS_LIMIT_DOCUMENTS documents, or more than
 * PRECIS_LIMIT_BYTES bytes in all: the lengths are added in 64 bits and checked before any text
 * is read). */
PRECIS_API int precis_split(const precis_doc *docs, size_t ndocs, precis_span *out,
                            size_t out_cap, precis_result *result);

/* precis_split() as a summary in `language` (enum precis_language) segments: a pack's
 * abbreviations, starters and closing marks («...», a dit X.), each document's language detected
 * for AUTO. precis_split(docs, n, ...) is this with PRECIS_LANGUAGE_ENGLISH. Errors as
 * precis_split, and PRECIS_ERR_ARGUMENT for a language this build lacks. */
PRECIS_API int precis_split_language(const precis_doc *docs, size_t ndocs, int language,
                                     precis_span *out, size_t out_cap, precis_result *result);

/* Write the spans' text into `buf`: each sentence (trimmed as span->trim says) with every run of
 * whitespace collapsed to one space, `separator` (NUL-terminated, may be "") between sentences,
 * then a NUL. Returns the text
 * length without the NUL. With buf == NULL and cap == 0 it only returns the length. Errors:
 * PRECIS_ERR_ARGUMENT (a span outside its document or with invalid trim bits, as for
 * precis_fragments; NULL pointers), PRECIS_ERR_OUTPUT (cap too small, or the text would exceed
 * PRECIS_LIMIT_BYTES, which an int could not return; also from the length query): nothing
 * useful is written, buf[0] is NUL when cap > 0. On PRECIS_ERR_ARGUMENT nothing is written. */
PRECIS_API int precis_join(const precis_doc *docs, size_t ndocs, const precis_span *spans,
                           size_t nspans, const char *separator, char *buf, size_t cap);

/* At most this many keywords come from one precis_keywords call. */
#define PRECIS_MAX_KEYWORDS 64

/* The key terms and short key phrases of the documents: up to `out_cap` (at most
 * PRECIS_MAX_KEYWORDS), best first. Each is a span over its first occurrence in the caller's text
 * ("jogger", or a name: a run of at most three capitalized content words that recur, never across
 * punctuation, "Justice Department"), with `sentence` the index of the sentence it is in, `score`
 * 16.16 fixed point (the best at 1.0) and `trim` 0. A term weighs its count, doubled in each
 * document's first three sentences; numbers, single letters of alphabets ("в", "Η") and Japanese
 * bigrams with hiragana (a particle or an ending: "府は") are not keywords; a phrase's words do
 * not come back as keywords of their own. In Chinese and Japanese, whose terms are character
 * pairs, a pair that overlaps a keyword found before joins it when the text repeats it, up to
 * four characters ("感染者"), and is no keyword of its own either way; no two keywords overlap.
 * Boilerplate (bylines, credits) takes no part unless config->flags has PRECIS_KEEP_BOILERPLATE;
 * of config (may be NULL) only limits, flags and language are used, but every field must be
 * valid, as for precis_summarize. Deterministic, integer
 * arithmetic. Workspace: the same as precis_summarize, precis_workspace_size(limits) (which
 * covers both: the keyword scratch, 6 bytes per term, reuses the summary's). Errors as for
 * precis_summarize; PRECIS_ERR_ARGUMENT also in a library built with PRECIS_KEYWORDS=OFF. */
PRECIS_API int precis_keywords(const precis_doc *docs, size_t ndocs,
                               const precis_config *config, void *workspace,
                               size_t workspace_size, precis_span *out, size_t out_cap,
                               precis_result *result);

/* The kept byte ranges of one span, in order: one range (the whole sentence) when span->trim is
 * 0, otherwise the sentence with the span->trim deletions cut out (re-derived from the text: a
 * pure function of the bytes and the bits). Writes the first `cap` (out may be NULL when cap is
 * 0) and returns how many there are, at most PRECIS_MAX_FRAGMENTS. Writing them one after the
 * other, whitespace collapsed, gives the trimmed sentence as precis_join writes it. Errors:
 * PRECIS_ERR_ARGUMENT (NULL docs or span, a span outside its document, trim bits outside
 * PRECIS_TRIM_RULES and the PRECIS_TRIM_TAIL word, a word without PRECIS_TRIM_TAIL, or any trim
 * bit in a library built without trimming). */
PRECIS_API int precis_fragments(const precis_doc *docs, size_t ndocs, const precis_span *span,
                                precis_fragment *out, size_t cap);

/* A constant name for a status code, e.g. "PRECIS_ERR_WORKSPACE"; "PRECIS_UNKNOWN" otherwise. */
PRECIS_API const char *precis_status_name(int status);

/* ---- What this build has ------------------------------------------------------------------- */

/* The library's PRECIS_VERSION (compare it with the header's to catch a mismatched link). */
PRECIS_API uint32_t precis_version(void);

/* A constant lower-case name for an enum precis_algorithm value ("default", "lead", "luhn",
 * ... the names the CLI's -a takes), whether or not this build has it; NULL for a value outside
 * 0..PRECIS_ALGO_COUNT-1. */
PRECIS_API const char *precis_algorithm_name(int algorithm);

/* 1 when precis_summarize() accepts `algorithm` in this build, else 0 (out of range, or left
 * out by the build option PRECIS_CLASSIC_ALGORITHMS=OFF). */
PRECIS_API int precis_algorithm_available(int algorithm);

/* A constant name for an enum precis_language value: its ISO 639-1 code ("en", "de", "fr", "es",
 * "it", "pt", "nl"), or "auto" and "other" (the names the CLI's --language takes), whether or not
 * this build has it; NULL for a value outside 0..PRECIS_LANGUAGE_COUNT-1. */
PRECIS_API const char *precis_language_name(int language);

/* 1 when precis_summarize() accepts `language` in this build (English, auto and other always;
 * a pack when it was built), else 0. */
PRECIS_API int precis_language_available(int language);

#ifdef __cplusplus
}
#endif

#endif /* PRECIS_H */
