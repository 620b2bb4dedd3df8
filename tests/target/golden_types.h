/*
 * The shape of the golden vectors: what the host generator (golden_gen.cpp) writes into golden.h
 * and what every target (runner.c) must reproduce bit for bit. C99, no stdio.
 */
#ifndef PRECIS_GOLDEN_TYPES_H
#define PRECIS_GOLDEN_TYPES_H

#include <precis/precis.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One call of precis_summarize on one input, and everything it must give. */
typedef struct golden_case {
    const char *label;         /* "algo=0 words=60 rank" */
    precis_config config;      /* limits included */
    int32_t status;            /* precis_summarize's return */
    uint32_t flags;            /* precis_result */
    uint32_t sentences;
    uint32_t documents;
    uint32_t bytes_read;
    uint32_t join_length;      /* precis_join(spans, "\n"): length */
    uint32_t join_fnv;         /* and FNV-1a of the joined text */
    uint32_t nspans;
    const precis_span *spans;  /* in the order precis_summarize wrote them */
} golden_case;

#define GOLDEN_MAX_DOCS 4

/* One input (one or more documents) and the input-level facts: limits_for and split. */
typedef struct golden_input {
    const char *name;          /* "sample", "seeds": matches the embedded golden_text */
    const char *origin;        /* where the host read it ("shared:" = ../shared) */
    uint32_t ndocs;            /* 0: not generated (the input was absent on the host) */
    uint32_t length[GOLDEN_MAX_DOCS];
    uint32_t fnv[GOLDEN_MAX_DOCS];
    int32_t limits_for_status;
    precis_limits limits_for;
    int32_t split_count;       /* precis_split's return */
    uint32_t split_fnv;        /* FNV-1a over (document, offset, length, sentence) of every span */
    uint32_t ncases;
    const golden_case *cases;
} golden_input;

/* The texts, embedded into each target program at build time (golden_texts.c, generated in the
 * build directory: texts from ../shared never enter the repository). */
typedef struct golden_text {
    const char *name;
    uint32_t ndocs;            /* 0: absent at build time (../shared missing): skipped */
    const char *text[GOLDEN_MAX_DOCS];
    uint32_t length[GOLDEN_MAX_DOCS];
} golden_text;

extern const golden_text golden_texts[];
extern const uint32_t golden_ntexts;

/* FNV-1a, 32 bits: a compact, endian-free fingerprint of bytes and of 32-bit words. */
#define GOLDEN_FNV_INIT 0x811C9DC5u
static inline uint32_t golden_fnv_bytes(uint32_t h, const void *data, size_t n) {
    const unsigned char *p = (const unsigned char *)data;
    size_t i;
    for (i = 0; i < n; ++i) h = (h ^ p[i]) * 0x01000193u;
    return h;
}
static inline uint32_t golden_fnv_u32(uint32_t h, uint32_t v) {
    unsigned char b[4];
    b[0] = (unsigned char)(v & 0xFFu);
    b[1] = (unsigned char)((v >> 8) & 0xFFu);
    b[2] = (unsigned char)((v >> 16) & 0xFFu);
    b[3] = (unsigned char)((v >> 24) & 0xFFu);
    return golden_fnv_bytes(h, b, 4);
}

#ifdef __cplusplus
}
#endif

#endif /* PRECIS_GOLDEN_TYPES_H */
