// Proves that the library never touches the heap: once armed, malloc, calloc, realloc, free and
// operator new abort the process. Exercises every public entry point on the bundled sample with a
// static workspace, and prints "N passed, M failed".
#include <precis/precis.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__GLIBC__)
extern "C" void *__libc_malloc(size_t);
extern "C" void *__libc_calloc(size_t, size_t);
extern "C" void *__libc_realloc(void *, size_t);
extern "C" void __libc_free(void *);

static volatile bool armed = false;

static void heap_used(const char *what) {
    static const char msg[] = "no_heap: the library used the heap\n";
    (void)what;
    std::fwrite(msg, 1, sizeof msg - 1, stderr);  // stderr is unbuffered: no allocation
    std::abort();
}

extern "C" void *malloc(size_t n) {
    if (armed) heap_used("malloc");
    return __libc_malloc(n);
}
extern "C" void *calloc(size_t a, size_t b) {
    if (armed) heap_used("calloc");
    return __libc_calloc(a, b);
}
extern "C" void *realloc(void *p, size_t n) {
    if (armed) heap_used("realloc");
    return __libc_realloc(p, n);
}
extern "C" void free(void *p) {
    if (armed && p != nullptr) heap_used("free");
    __libc_free(p);
}
void *operator new(size_t n) {
    if (armed) heap_used("new");
    void *p = __libc_malloc(n);
    if (!p) std::abort();
    return p;
}
void *operator new[](size_t n) { return operator new(n); }
void operator delete(void *p) noexcept { free(p); }
void operator delete[](void *p) noexcept { free(p); }
void operator delete(void *p, size_t) noexcept { free(p); }
void operator delete[](void *p, size_t) noexcept { free(p); }
#else
static volatile bool armed = false;
#endif

static unsigned char workspace[1 << 20];
static char text[1 << 16];
static char joined[1 << 16];

static int passed = 0, failed = 0;
static void check(bool ok, const char *what) {
    if (ok) {
        ++passed;
    } else {
        ++failed;
        std::printf("FAILED: %s\n", what);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        std::printf("usage: no_heap SAMPLE\n");
        return 2;
    }
    std::FILE *f = std::fopen(argv[1], "rb");
    if (!f) {
        std::printf("no_heap: cannot open %s\n", argv[1]);
        return 2;
    }
    size_t len = std::fread(text, 1, sizeof text, f);
    std::fclose(f);
    precis_doc docs[2] = {{text, len}, {text, len / 2}};
    precis_span spans[16];
    precis_result result;
    int results[8];

    armed = true;  // from here on, any heap use aborts
    precis_config cfg;
    std::memset(&cfg, 0, sizeof cfg);
    results[0] = precis_summarize(docs, 2, &cfg, workspace, sizeof workspace, spans, 16, &result);
    cfg.budget_kind = PRECIS_BUDGET_WORDS;
    cfg.budget = 60;
    cfg.order = PRECIS_ORDER_RANK;
    results[1] = precis_summarize(docs, 1, &cfg, workspace, sizeof workspace, spans, 16, &result);
    cfg.budget_kind = PRECIS_BUDGET_BYTES;
    cfg.budget = 160;
    cfg.algorithm = PRECIS_ALGO_LEAD;
    results[2] = precis_summarize(docs, 1, &cfg, workspace, sizeof workspace, spans, 16, &result);
    cfg.budget_kind = PRECIS_BUDGET_RATIO;
    cfg.budget = 300;
    results[3] = precis_summarize(docs, 1, &cfg, workspace, sizeof workspace, spans, 16, &result);
    results[4] = precis_summarize(docs, 1, nullptr, workspace, 100, spans, 16, &result);
    results[5] = precis_split(docs, 2, spans, 16, &result);
    results[6] = precis_join(docs, 1, spans, 3, "\n", joined, sizeof joined);
    precis_limits limits;
    results[7] = precis_limits_for(docs, 2, &limits);
    armed = false;

    check(results[0] == 3, "default summary of two documents has 3 sentences");
    check(results[1] > 0, "words budget");
    check(results[2] > 0, "bytes budget with lead");
    check(results[3] > 0, "ratio budget");
    check(results[4] == PRECIS_ERR_WORKSPACE, "small workspace is reported");
    check(results[5] > 3, "split");
    check(results[6] > 0, "join");
    check(results[7] == PRECIS_OK, "limits_for");
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
