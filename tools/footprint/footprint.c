/*
 * The footprint probe (bare metal, run under QEMU by scripts/footprint): for one input given as
 * files on the semihosting command line (several files: one multi-document input), prints
 *   - the limits precis_limits_for() gives and the workspace precis_workspace_size() needs,
 *   - the deepest stack each entry point uses, measured by painting: the stack below the caller
 *     is filled with a pattern before the call and scanned for the lowest overwritten word after
 *     it (every algorithm is measured, and the default under a 160-byte budget, which trims
 *     sentences, and precis_keywords; the figure is bytes below the caller's stack pointer),
 *   - and it brackets calls with footprint_begin()/footprint_end() so that the QEMU plugin
 *     tools/qemu-plugin/insncount.c counts their instructions exactly: region 0 is empty (the
 *     baseline), region 1 is precis_summarize with the default algorithm and a zeroed config
 *     (3 sentences) and the input's own limits, region 2 is precis_limits_for.
 * With --profile as the first argument it only summarizes once (default algorithm, limits
 * estimated from the byte count without precis_limits_for), for a per-function profile of that
 * one call by the plugin.
 * Output lines are "key value" pairs for the script to read.
 */
#include <precis/precis.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define MAX_TEXT (160u * 1024u)
#define MAX_DOCS 16u
#define PAINT_WINDOW (64u * 1024u) /* bytes below the caller that are painted */
#define PAINT 0xC5A5E11Du

static char text[MAX_TEXT];
static precis_doc docs[MAX_DOCS];
static unsigned char workspace[768u * 1024u];
static precis_span spans[64];
static char joined[16384];

volatile unsigned footprint_marker;
__attribute__((noinline)) void footprint_begin(void) { footprint_marker = 1; }
__attribute__((noinline)) void footprint_end(void) { footprint_marker = 2; }

static inline uintptr_t stack_pointer(void) {
    uintptr_t sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    return sp;
}

/* Paints [top - PAINT_WINDOW, own frame - 64) with the pattern. */
__attribute__((noinline)) static void paint(uintptr_t top) {
    uint32_t *p = (uint32_t *)((top - PAINT_WINDOW) & ~(uintptr_t)3);
    uint32_t *stop = (uint32_t *)((stack_pointer() - 64u) & ~(uintptr_t)3);
    while (p < stop) *p++ = PAINT;
}

/* Bytes below `top` that were written since paint(top). */
__attribute__((noinline)) static unsigned long used(uintptr_t top) {
    const uint32_t *p = (const uint32_t *)((top - PAINT_WINDOW) & ~(uintptr_t)3);
    while ((uintptr_t)p < top && *p == PAINT) ++p;
    return (unsigned long)(top - (uintptr_t)p);
}

static precis_limits limits;
static size_t ndocs;

static int run_summarize(uint32_t algorithm) {
    precis_config c;
    memset(&c, 0, sizeof c);
    c.limits = limits;
    c.algorithm = algorithm;
    return precis_summarize(docs, ndocs, &c, workspace, sizeof workspace, spans, 64, NULL);
}

/* The default under a byte budget, which trims sentences. */
static int run_summarize_bytes(uint32_t bytes) {
    precis_config c;
    memset(&c, 0, sizeof c);
    c.limits = limits;
    c.budget_kind = PRECIS_BUDGET_BYTES;
    c.budget = bytes;
    return precis_summarize(docs, ndocs, &c, workspace, sizeof workspace, spans, 64, NULL);
}

static int run_keywords(void) {
    precis_config c;
    memset(&c, 0, sizeof c);
    c.limits = limits;
    return precis_keywords(docs, ndocs, &c, workspace, sizeof workspace, spans, 8, NULL);
}

int main(int argc, char **argv) {
    size_t used_text = 0, need;
    uintptr_t top;
    unsigned long depth, deepest = 0;
    uint32_t a;
    int i, n, profile = argc > 1 && strcmp(argv[1], "--profile") == 0;

    for (i = 1 + profile; i < argc && ndocs < MAX_DOCS; ++i) {
        FILE *f = fopen(argv[i], "rb");
        size_t got;
        if (!f) {
            printf("error cannot-open %s\n", argv[i]);
            return 2;
        }
        got = fread(text + used_text, 1, MAX_TEXT - used_text, f);
        fclose(f);
        docs[ndocs].text = text + used_text;
        docs[ndocs].length = got;
        used_text += got;
        ++ndocs;
    }
    if (ndocs == 0) {
        printf("usage: footprint FILE...\n");
        return 2;
    }
    printf("bytes %lu\ndocuments %lu\n", (unsigned long)used_text, (unsigned long)ndocs);
    {
        /* the workspace for round "device class" limits: 1, 4 and 16 KiB of text */
        static const precis_limits classes[] = {
            {1024, 16, 128, 256, 1}, {4096, 64, 512, 1024, 1}, {16384, 256, 2048, 4096, 1}};
        for (i = 0; i < 3; ++i) {
            printf("class-%lu %lu %lu %lu %lu %lu\n", (unsigned long)i, (unsigned long)classes[i].max_bytes,
                   (unsigned long)classes[i].max_sentences, (unsigned long)classes[i].max_terms,
                   (unsigned long)classes[i].max_tokens, (unsigned long)precis_workspace_size(&classes[i]));
        }
    }
    if (profile) {
        limits.max_bytes = (uint32_t)used_text;
        limits.max_sentences = (uint32_t)used_text / 8 + 1;
        limits.max_tokens = (uint32_t)used_text / 2 + 1;
        limits.max_terms = limits.max_tokens < PRECIS_LIMIT_TERMS ? limits.max_tokens : PRECIS_LIMIT_TERMS;
        limits.max_documents = (uint32_t)ndocs;
        footprint_begin();
        n = run_summarize(PRECIS_ALGO_DEFAULT);
        footprint_end();
        printf("selected %d\nfootprint: ok\n", n);
        return n < 0;
    }

    /* the instruction regions: empty, summarize (default algorithm), limits_for */
    footprint_begin();
    footprint_end();
    n = precis_limits_for(docs, ndocs, &limits);
    need = precis_workspace_size(&limits);
    printf("limits %lu %lu %lu %lu %lu\nworkspace %lu\n", (unsigned long)limits.max_bytes,
           (unsigned long)limits.max_sentences, (unsigned long)limits.max_terms, (unsigned long)limits.max_tokens,
           (unsigned long)limits.max_documents, (unsigned long)need);
    if (n != PRECIS_OK || need == 0 || need > sizeof workspace) {
        printf("error limits %d workspace %lu\n", n, (unsigned long)need);
        return 1;
    }
    footprint_begin();
    n = run_summarize(PRECIS_ALGO_DEFAULT);
    footprint_end();
    printf("selected %d\n", n);
    footprint_begin();
    precis_limits_for(docs, ndocs, &limits);
    footprint_end();

    /* stack depth of every entry point; summarize for every algorithm */
    for (a = 0; a < 64; ++a) {
        top = stack_pointer();
        paint(top);
        n = run_summarize(a);
        depth = used(top);
        if (n == PRECIS_ERR_ARGUMENT) break;
        printf("stack summarize-%lu %lu\n", (unsigned long)a, depth);
        if (depth > deepest) deepest = depth;
    }
    /* a small screen's byte budget: sentences trimmed (the default under a byte budget) */
    top = stack_pointer();
    paint(top);
    run_summarize_bytes(160);
    depth = used(top);
    printf("stack summarize_bytes %lu\n", depth);
    if (depth > deepest) deepest = depth;
    top = stack_pointer();
    paint(top);
    n = run_keywords();
    depth = used(top);
    if (n != PRECIS_ERR_ARGUMENT) { /* built with PRECIS_KEYWORDS=OFF: nothing to measure */
        printf("stack keywords %lu\n", depth);
        if (depth > deepest) deepest = depth;
    }
    top = stack_pointer();
    paint(top);
    precis_limits_for(docs, ndocs, &limits);
    depth = used(top);
    printf("stack limits_for %lu\n", depth);
    if (depth > deepest) deepest = depth;
    top = stack_pointer();
    paint(top);
    precis_split(docs, ndocs, spans, 64, NULL);
    depth = used(top);
    printf("stack split %lu\n", depth);
    if (depth > deepest) deepest = depth;
    n = run_summarize(PRECIS_ALGO_DEFAULT);
    top = stack_pointer();
    paint(top);
    precis_join(docs, ndocs, spans, n > 0 ? (size_t)n : 0, "\n", joined, sizeof joined);
    depth = used(top);
    printf("stack join %lu\n", depth);
    if (depth > deepest) deepest = depth;
    printf("stack max %lu\n", deepest);
    printf("footprint: ok\n");
    return 0;
}
