/*
 * The target test runner: GoogleTest does not fit a microcontroller, so this small C99 program runs
 * the API's contract checks and the golden vectors (golden.h, generated on the host) on every
 * target: bare metal under qemu-system-arm with semihosting, Linux targets under qemu-user, and
 * the host. It prints one line per failure and ends with "N passed, M failed[, K skipped]"; the
 * exit status is 0 only when nothing failed.
 *
 * Memory: one static workspace of PRECIS_TARGET_WORKSPACE bytes (a compile definition, sized for
 * the board) and a few small static buffers; the library itself never touches the heap, which the
 * bare-metal build checks by replacing malloc and friends.
 */
#include <precis/precis.h>
#include <stdio.h>
#include <string.h>

#include "golden.h"

#ifndef PRECIS_TARGET_WORKSPACE
#define PRECIS_TARGET_WORKSPACE (256u * 1024u)
#endif

static unsigned char workspace[PRECIS_TARGET_WORKSPACE + 8];
static precis_span spans[64];
static char sentence_buf[2048];

static unsigned passed, failed, skipped;
static unsigned current_failures;
static const char *current_test;

/* ---- The heap must stay untouched (bare metal: the runner is the only C library user) ------- */

#ifdef PRECIS_TARGET_BARE_METAL
#include <stdlib.h>
static volatile unsigned heap_calls;
void *malloc(size_t n) { (void)n; ++heap_calls; return NULL; }
void *calloc(size_t a, size_t b) { (void)a; (void)b; ++heap_calls; return NULL; }
void *realloc(void *p, size_t n) { (void)p; (void)n; ++heap_calls; return NULL; }
void free(void *p) { if (p) ++heap_calls; }
#endif

/* ---- A minimal test vocabulary -------------------------------------------------------------- */

static void begin(const char *name) {
    current_test = name;
    current_failures = 0;
}

static void end(void) {
    if (current_failures) ++failed;
    else ++passed;
}

/* Records a failure of the current test. The first few mismatches of each of the first 40
 * failing tests are printed; after that, one line per failing test. */
static int expect(int ok, const char *what, unsigned long got, unsigned long want) {
    if (ok) return 1;
    if (current_failures < (failed < 40 ? 4u : 1u)) {
        printf("FAIL %s: %s: got %lu, want %lu\n", current_test, what, got, want);
    }
    ++current_failures;
    return 0;
}
#define EXPECT_EQ(got, want, what) expect((unsigned long)(got) == (unsigned long)(want), what, (unsigned long)(got), (unsigned long)(want))

/* ---- API contract ---------------------------------------------------------------------------- */

static const char story[] =
    "The river burst its banks on Monday. Hundreds of homes were flooded in the valley. "
    "Rescue teams worked through the night to reach stranded families. "
    "The river is expected to fall by the weekend, forecasters said.";

static void api_tests(void) {
    precis_doc doc = {story, sizeof story - 1};
    precis_config cfg;
    precis_limits zero, ceiling;
    precis_result r;
    size_t need;
    int n;
    char small[8];

    begin("api: status names");
    expect(strcmp(precis_status_name(PRECIS_ERR_WORKSPACE), "PRECIS_ERR_WORKSPACE") == 0, "name", 0, 0);
    expect(strcmp(precis_status_name(42), "PRECIS_UNKNOWN") == 0, "unknown name", 0, 0);
    end();

    begin("api: version and algorithms of this build");
    EXPECT_EQ(precis_version(), PRECIS_VERSION, "library version = header version");
    expect(strcmp(precis_algorithm_name(PRECIS_ALGO_DEFAULT), "default") == 0, "name of the default", 0, 0);
    expect(precis_algorithm_name(PRECIS_ALGO_COUNT) == NULL, "no name past the enum", 0, 0);
    EXPECT_EQ(precis_algorithm_available(PRECIS_ALGO_LEAD), 1, "lead is in every build");
    EXPECT_EQ(precis_algorithm_available(-1), 0, "-1 is no algorithm");
    end();

    begin("api: workspace size of NULL limits equals zeroed limits");
    memset(&zero, 0, sizeof zero);
    expect(precis_workspace_size(NULL) > 0, "size > 0", 0, 1);
    EXPECT_EQ(precis_workspace_size(NULL), precis_workspace_size(&zero), "NULL vs zeroed");
    end();

    begin("api: limits above a ceiling");
    ceiling = zero;
    ceiling.max_terms = PRECIS_LIMIT_TERMS + 1;
    EXPECT_EQ(precis_workspace_size(&ceiling), 0, "workspace size");
    memset(&cfg, 0, sizeof cfg);
    cfg.limits = ceiling;
    EXPECT_EQ(precis_summarize(&doc, 1, &cfg, workspace, sizeof workspace, spans, 4, NULL), PRECIS_ERR_LIMITS, "status");
    end();

    /* Every limit at its ceiling: on a 32-bit target the size may not fit size_t (then 0 and
     * PRECIS_ERR_LIMITS); either way the call must not overflow or touch the workspace. */
    begin("api: limits at the ceilings on this size_t");
    ceiling.max_bytes = PRECIS_LIMIT_BYTES;
    ceiling.max_sentences = PRECIS_LIMIT_SENTENCES;
    ceiling.max_terms = PRECIS_LIMIT_TERMS;
    ceiling.max_tokens = PRECIS_LIMIT_TOKENS;
    ceiling.max_documents = PRECIS_LIMIT_DOCUMENTS;
    cfg.limits = ceiling;
    need = precis_workspace_size(&ceiling);
    n = precis_summarize(&doc, 1, &cfg, workspace, sizeof workspace, spans, 4, &r);
    if (need == 0) EXPECT_EQ(n, PRECIS_ERR_LIMITS, "status when the size does not fit size_t");
    else {
        EXPECT_EQ(n, PRECIS_ERR_WORKSPACE, "status");
        EXPECT_EQ(r.workspace_needed, need, "workspace_needed");
    }
    end();

    begin("api: a workspace one byte short reports the size needed");
    memset(&cfg, 0, sizeof cfg);
    cfg.limits.max_bytes = 1024;
    cfg.limits.max_sentences = 32;
    cfg.limits.max_terms = 256;
    cfg.limits.max_documents = 1;
    need = precis_workspace_size(&cfg.limits);
    if (expect(need > 0 && need <= sizeof workspace, "workspace fits the runner's buffer", (unsigned long)need,
               (unsigned long)sizeof workspace)) {
        EXPECT_EQ(precis_summarize(&doc, 1, &cfg, workspace, need - 1, spans, 4, &r), PRECIS_ERR_WORKSPACE, "short");
        EXPECT_EQ(r.workspace_needed, need, "workspace_needed");
        EXPECT_EQ(precis_summarize(&doc, 1, &cfg, workspace, need, spans, 4, &r), 3, "exact size");
    }
    end();

    begin("api: arguments");
    EXPECT_EQ(precis_summarize(NULL, 1, &cfg, workspace, sizeof workspace, spans, 4, NULL), PRECIS_ERR_ARGUMENT, "NULL docs");
    cfg.algorithm = 1000;
    EXPECT_EQ(precis_summarize(&doc, 1, &cfg, workspace, sizeof workspace, spans, 4, NULL), PRECIS_ERR_ARGUMENT, "algorithm");
    cfg.algorithm = 0;
    EXPECT_EQ(precis_summarize(&doc, 0, &cfg, workspace, sizeof workspace, spans, 4, NULL), 0, "no documents");
    EXPECT_EQ(precis_split(&doc, 1, NULL, 0, NULL), 4, "split counts without output");
    end();

    begin("api: join");
    n = precis_summarize(&doc, 1, &cfg, workspace, sizeof workspace, spans, 4, NULL);
    EXPECT_EQ(n, 3, "summarize");
    if (n > 0) {
        int len = precis_join(&doc, 1, spans, (size_t)n, "\n", NULL, 0);
        expect(len > 0, "length-only join", (unsigned long)len, 1);
        small[0] = 'x';
        EXPECT_EQ(precis_join(&doc, 1, spans, (size_t)n, "\n", small, sizeof small), PRECIS_ERR_OUTPUT, "short buffer");
        EXPECT_EQ(small[0], 0, "short buffer is emptied");
    }
    end();
}

/* ---- Golden vectors -------------------------------------------------------------------------- */

static const golden_text *text_named(const char *name) {
    uint32_t i;
    for (i = 0; i < golden_ntexts; ++i) {
        if (strcmp(golden_texts[i].name, name) == 0) return &golden_texts[i];
    }
    return NULL;
}

/* precis_join's text, hashed one sentence at a time so that no buffer holds the whole summary. */
static int join_fingerprint(const precis_doc *docs, size_t ndocs, const precis_span *s, int n, uint32_t *length,
                            uint32_t *fnv) {
    int i;
    *length = 0;
    *fnv = GOLDEN_FNV_INIT;
    for (i = 0; i < n; ++i) {
        int len = precis_join(docs, ndocs, &s[i], 1, "", sentence_buf, sizeof sentence_buf);
        if (len < 0) return len;
        if (i > 0) {
            *fnv = golden_fnv_bytes(*fnv, "\n", 1);
            *length += 1;
        }
        *fnv = golden_fnv_bytes(*fnv, sentence_buf, (size_t)len);
        *length += (uint32_t)len;
    }
    return 0;
}

static void run_case(const golden_input *in, const precis_doc *docs, const golden_case *c, size_t misalign) {
    precis_result r;
    size_t need = precis_workspace_size(&c->config.limits);
    uint32_t i, jlen, jfnv;
    int n;

    if (!expect(need > 0 && need + misalign <= sizeof workspace, "workspace fits the runner's buffer", (unsigned long)need,
                (unsigned long)sizeof workspace)) {
        return;
    }
    memset(&r, 0xA5, sizeof r);
    memset(spans, 0xA5, sizeof spans);
    n = precis_summarize(docs, in->ndocs, &c->config, workspace + misalign, need, spans, 64, &r);
    EXPECT_EQ(n, c->status, "status");
    if (n < 0) return;
    EXPECT_EQ(r.flags, c->flags, "result.flags");
    EXPECT_EQ(r.sentences, c->sentences, "result.sentences");
    EXPECT_EQ(r.documents, c->documents, "result.documents");
    EXPECT_EQ(r.bytes_read, c->bytes_read, "result.bytes_read");
    if (!EXPECT_EQ(n, c->nspans, "spans")) return;
    for (i = 0; i < c->nspans; ++i) {
        const precis_span *got = &spans[i], *want = &c->spans[i];
        EXPECT_EQ(got->document, want->document, "span.document");
        EXPECT_EQ(got->offset, want->offset, "span.offset");
        EXPECT_EQ(got->length, want->length, "span.length");
        EXPECT_EQ(got->sentence, want->sentence, "span.sentence");
        EXPECT_EQ(got->score, want->score, "span.score");
        EXPECT_EQ(got->trim, want->trim, "span.trim");
    }
    if (EXPECT_EQ(join_fingerprint(docs, in->ndocs, spans, n, &jlen, &jfnv), 0, "join status")) {
        EXPECT_EQ(jlen, c->join_length, "join length");
        EXPECT_EQ(jfnv, c->join_fnv, "join FNV-1a");
    }
}

/* Whether this build trims sentences: a library built with PRECIS_TRIMMING=OFF rejects
 * PRECIS_TRIM_ALWAYS as an argument error. */
static int trimming_built(void) {
    static int known = -1;
    if (known < 0) {
        precis_doc doc;
        precis_config cfg;
        precis_result r;
        doc.text = "A short sentence stands here. Another one follows it.";
        doc.length = strlen(doc.text);
        memset(&cfg, 0, sizeof cfg);
        cfg.flags = PRECIS_TRIM_ALWAYS;
        known = precis_summarize(&doc, 1, &cfg, workspace, sizeof workspace, spans, 64, &r) != PRECIS_ERR_ARGUMENT;
    }
    return known;
}

/* Whether this build can reproduce a case: its algorithm is built (a firmware build,
 * PRECIS_CLASSIC_ALGORITHMS=OFF, lacks the classic ones), and word and byte budgets, whose
 * selections weigh trimmed variants, need the trimmer (PRECIS_TRIMMING). */
static int case_applies(const golden_case *c) {
    uint32_t kind = c->config.budget_kind;
    if (!precis_algorithm_available((int)c->config.algorithm)) return 0;
    return trimming_built() || (kind != PRECIS_BUDGET_WORDS && kind != PRECIS_BUDGET_BYTES);
}

/* Cases this build cannot reproduce (skipped). */
static uint32_t absent_cases(const golden_input *in) {
    uint32_t k, n = 0;
    for (k = 0; k < in->ncases; ++k) n += !case_applies(&in->cases[k]);
    return n;
}

static void run_input(const golden_input *in) {
    static char name[96];
    const golden_text *t = text_named(in->name);
    precis_doc docs[GOLDEN_MAX_DOCS];
    precis_limits fit;
    uint32_t d, k;
    int n;

    if (in->ndocs == 0 || t == NULL || t->ndocs == 0) {
        printf("skip %s: %s (%s)\n", in->name, in->ndocs == 0 ? "no vectors were generated" : "text absent at build time",
               in->origin);
        skipped += in->ncases + 2;
        return;
    }
    begin(in->name);
    EXPECT_EQ(t->ndocs, in->ndocs, "documents");
    for (d = 0; d < in->ndocs && d < t->ndocs; ++d) {
        docs[d].text = t->text[d];
        docs[d].length = t->length[d];
        EXPECT_EQ(t->length[d], in->length[d], "document length");
        EXPECT_EQ(golden_fnv_bytes(GOLDEN_FNV_INIT, t->text[d], t->length[d]), in->fnv[d], "document FNV-1a");
    }
    if (current_failures) {
        printf("FAIL %s: the embedded text is not the one the vectors were made from: regenerate with scripts/golden\n",
               in->name);
        end();
        failed += in->ncases + 1;
        return;
    }
    end();

    snprintf(name, sizeof name, "%s: limits_for and split", in->name);
    begin(name);
    n = precis_limits_for(docs, in->ndocs, &fit);
    EXPECT_EQ(n, in->limits_for_status, "limits_for status");
    EXPECT_EQ(fit.max_bytes, in->limits_for.max_bytes, "limits_for.max_bytes");
    EXPECT_EQ(fit.max_sentences, in->limits_for.max_sentences, "limits_for.max_sentences");
    EXPECT_EQ(fit.max_terms, in->limits_for.max_terms, "limits_for.max_terms");
    EXPECT_EQ(fit.max_tokens, in->limits_for.max_tokens, "limits_for.max_tokens");
    EXPECT_EQ(fit.max_documents, in->limits_for.max_documents, "limits_for.max_documents");
    {
        /* split in windows of 64 spans: the count, and the FNV-1a of every span */
        uint32_t fnv = GOLDEN_FNV_INIT, seen = 0;
        int total = precis_split(docs, in->ndocs, NULL, 0, NULL);
        EXPECT_EQ(total, in->split_count, "split count");
        n = total < 0 ? 0 : total;
        if ((uint32_t)n <= sizeof workspace / sizeof(precis_span)) {
            precis_span *all = (precis_span *)(void *)workspace;
            precis_split(docs, in->ndocs, all, (size_t)n, NULL);
            for (seen = 0; seen < (uint32_t)n; ++seen) {
                fnv = golden_fnv_u32(fnv, all[seen].document);
                fnv = golden_fnv_u32(fnv, all[seen].offset);
                fnv = golden_fnv_u32(fnv, all[seen].length);
                fnv = golden_fnv_u32(fnv, all[seen].sentence);
            }
            EXPECT_EQ(fnv, in->split_fnv, "split FNV-1a");
        }
    }
    end();

    for (k = 0; k < in->ncases; ++k) {
        const golden_case *c = &in->cases[k];
        if (!case_applies(c)) {
            ++skipped; /* a reduced build checks what it has */
            continue;
        }
        snprintf(name, sizeof name, "%s: %s", in->name, c->label);
        begin(name);
        run_case(in, docs, c, 0);
        /* the first case again at odd workspace addresses: results never depend on alignment */
        if (k == 0 && current_failures == 0) {
            run_case(in, docs, c, 1);
            run_case(in, docs, c, 3);
        }
        end();
    }
    printf("%s: %u cases checked\n", in->name, (unsigned)(in->ncases - absent_cases(in)));
}

int main(void) {
    unsigned i;
    const uint16_t probe = 0x0102;
    printf("target: %u-bit size_t, %s-endian, workspace buffer %lu bytes\n", (unsigned)(8 * sizeof(size_t)),
           *(const unsigned char *)&probe == 0x01 ? "big" : "little", (unsigned long)sizeof workspace);
    api_tests();
    for (i = 0; i < GOLDEN_NINPUTS; ++i) run_input(golden_inputs[i]);
#ifdef PRECIS_TARGET_BARE_METAL
    begin("no heap: the library never called malloc/calloc/realloc/free");
    EXPECT_EQ(heap_calls, 0, "heap calls");
    end();
#endif
    if (failed) printf("golden vectors or API checks failed; if a change to scoring is deliberate, regenerate with scripts/golden\n");
    if (skipped) printf("%u passed, %u failed, %u skipped\n", passed, failed, skipped);
    else printf("%u passed, %u failed\n", passed, failed);
    return failed ? 1 : 0;
}
