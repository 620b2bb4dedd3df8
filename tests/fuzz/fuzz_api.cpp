// libFuzzer harness for the C API (precis_summarize, precis_keywords, precis_split,
// precis_fragments with any trim bits, precis_join): random bytes split into several documents, a random config
// (fields in and out of their documented ranges), random limits (default, fitted by
// precis_limits_for, tiny, or beyond the ceilings), random workspace sizes (exact, one byte short,
// larger, misaligned, none) and random output capacities. Every buffer is its own allocation of
// exactly its size, so AddressSanitizer catches a one-byte overrun. After each call the
// documented invariants are checked; a broken one aborts with a message (a crash to libFuzzer).
//
// Control values are taken from the end of the input and text from the front, so plain text
// seeds (tests/fuzz/corpus) are good inputs as they are.
#include <precis/precis.h>
#include <precis/precis_options.h>

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

// Documented limits of an invariant that the harness steps around.
#ifndef PRECIS_FUZZ_KNOWN_BYTE_LIMIT_LOOKAHEAD
// The segmenter looks at most 256 bytes (kLookAhead, src/build.h) past a byte limit, so a token
// longer than that right at the cut can still end an earlier sentence where the full text does
// not (Hostile.ByteLimitNeverChangesWhereSentencesEnd covers the ordinary case).
#define PRECIS_FUZZ_KNOWN_BYTE_LIMIT_LOOKAHEAD 1
#endif

#ifndef PRECIS_ALGO_COUNT
#define PRECIS_ALGO_COUNT 2
#endif

namespace {

#define CHECK(cond)                                                                              \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            std::fprintf(stderr, "fuzz_api: invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                        \
        }                                                                                        \
    } while (0)

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0; }

// A heap block of exactly `n` bytes (none when n == 0, but still a distinct non-null pointer).
struct Block {
    explicit Block(std::size_t n) : size(n), bytes(new unsigned char[n == 0 ? 1 : n]) {
        if (n == 0) {
            // new[1] would leave one writable byte: hand out a pointer one past it instead, which
            // ASan reports on any access.
            ptr = bytes.get() + 1;
        } else {
            ptr = bytes.get();
        }
    }
    std::size_t size;
    std::unique_ptr<unsigned char[]> bytes;
    unsigned char *ptr;
};

bool valid_utf8(const unsigned char *p, std::size_t n) {
    for (std::size_t i = 0; i < n;) {
        unsigned char c = p[i];
        std::size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (len == 0 || i + len > n) return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return false;
        }
        if (len == 3 && ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] >= 0xA0))) return false;
        if (len == 4 && ((c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] >= 0x90))) return false;
        i += len;
    }
    return true;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// An ideograph or kana (valid UTF-8 only), as the WORDS budget counts them, one word each;
// U+30A0, U+30FB and U+309B..U+309C are punctuation and sound marks, left out. 0: none at p.
std::size_t unspaced_letter_at(const unsigned char *p, std::size_t n) {
    uint32_t cp = 0;
    std::size_t len = 0;
    if (n >= 3 && (p[0] & 0xF0) == 0xE0 && is_continuation(p[1]) && is_continuation(p[2])) {
        cp = (uint32_t{p[0] & 0x0Fu} << 12) | (uint32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
        len = 3;
    } else if (n >= 4 && (p[0] & 0xF8) == 0xF0 && is_continuation(p[1]) && is_continuation(p[2]) && is_continuation(p[3])) {
        cp = (uint32_t{p[0] & 0x07u} << 18) | (uint32_t{p[1] & 0x3Fu} << 12) | (uint32_t{p[2] & 0x3Fu} << 6) | (p[3] & 0x3Fu);
        len = cp >= 0x10000 ? 4 : 0;  // an overlong form is no character
    }
    if (len == 0) return 0;
    if (cp == 0x30A0 || cp == 0x30FB || cp == 0x309B || cp == 0x309C) return 0;
    const bool unspaced = (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
                          (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
    return unspaced ? len : 0;
}

// The words of text[0..n), never more than the WORDS budget counts (tokenize.h count_words):
// each run of non-whitespace is at least one, and at least as many as the ideographs and kana in
// it, each of which the budget counts as a word. A lower bound, so that the budget bounds it,
// written apart from the library's rule so that it checks it.
uint64_t count_words(const unsigned char *p, std::size_t n) {
    uint64_t words = 0, run_letters = 0;
    bool in = false;
    for (std::size_t i = 0; i < n;) {
        if (is_space(p[i])) {
            if (in) words += run_letters > 0 ? run_letters : 1;
            in = false;
            run_letters = 0;
            ++i;
            continue;
        }
        in = true;
        const std::size_t len = unspaced_letter_at(p + i, n - i);
        run_letters += len > 0;
        i += len > 0 ? len : 1;
    }
    if (in) words += run_letters > 0 ? run_letters : 1;
    return words;
}

struct Docs {
    std::vector<std::unique_ptr<Block>> blocks;
    std::vector<precis_doc> docs;
    std::size_t total = 0;
    bool all_valid_utf8 = true, any_invalid = false, any_nul = false;
};

// Splits `text` into `n` documents at fractions chosen by the fuzzer.
Docs make_docs(FuzzedDataProvider &fdp, const std::string &text, std::size_t n, bool null_empty) {
    Docs d;
    std::size_t at = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t left = text.size() - at;
        std::size_t len = i + 1 == n ? left : left * fdp.ConsumeIntegralInRange<uint32_t>(0, 1000) / 1000;
        auto block = std::make_unique<Block>(len);
        if (len > 0) std::memcpy(block->ptr, text.data() + at, len);
        precis_doc doc{len == 0 && null_empty ? nullptr : reinterpret_cast<const char *>(block->ptr), len};
        bool valid = valid_utf8(block->ptr, len);
        d.all_valid_utf8 = d.all_valid_utf8 && valid;
        d.any_invalid = d.any_invalid || !valid;
        d.any_nul = d.any_nul || std::memchr(block->ptr, 0, len) != nullptr;
        d.docs.push_back(doc);
        d.blocks.push_back(std::move(block));
        at += len;
        d.total += len;
    }
    return d;
}

uint32_t pick_u32(FuzzedDataProvider &fdp, uint32_t valid_max, uint32_t usual) {
    switch (fdp.ConsumeIntegralInRange<int>(0, 7)) {
        case 0: return 0;
        case 1: return fdp.ConsumeIntegral<uint32_t>();  // anything, mostly out of range
        case 2: return valid_max + 1;
        case 3: return valid_max;
        default: return fdp.ConsumeIntegralInRange<uint32_t>(0, usual);
    }
}

struct Expect {
    bool argument = false, limits = false, workspace = false;
};

const uint32_t kCeilings[5] = {PRECIS_LIMIT_BYTES, PRECIS_LIMIT_SENTENCES, PRECIS_LIMIT_TERMS, PRECIS_LIMIT_TOKENS,
                               PRECIS_LIMIT_DOCUMENTS};

uint32_t *fields(precis_limits &l, int i) {
    uint32_t *f[5] = {&l.max_bytes, &l.max_sentences, &l.max_terms, &l.max_tokens, &l.max_documents};
    return f[i];
}

bool limits_above_ceiling(const precis_limits &in) {
    precis_limits l = in;
    for (int i = 0; i < 5; ++i) {
        if (*fields(l, i) > kCeilings[i]) return true;
    }
    return false;
}

// precis_workspace_size: 0 exactly when a limit is above its ceiling (64-bit hosts never overflow),
// and never smaller when a limit grows.
void check_workspace_size(const precis_limits &l) {
    size_t size = precis_workspace_size(&l);
    CHECK((size == 0) == limits_above_ceiling(l));
    if (size == 0) return;
    for (int i = 0; i < 5; ++i) {
        precis_limits more = l;
        uint32_t *f = fields(more, i);
        if (*f == 0 || *f >= kCeilings[i]) continue;
        *f += 1;
        CHECK(precis_workspace_size(&more) >= size);
    }
}

// Spans from precis_split: all sentences in order, inside their documents, not overlapping.
std::vector<precis_span> check_split(const Docs &d, FuzzedDataProvider &fdp) {
    const int total = precis_split(d.docs.data(), d.docs.size(), nullptr, 0, nullptr);
    CHECK(total >= 0);
    std::size_t cap = fdp.ConsumeBool() ? static_cast<std::size_t>(total) : fdp.ConsumeIntegralInRange<std::size_t>(0, 4);
    Block out(cap * sizeof(precis_span));
    precis_result r;
    std::memset(&r, 0xEE, sizeof r);
    CHECK(precis_split(d.docs.data(), d.docs.size(), reinterpret_cast<precis_span *>(out.ptr), cap, &r) == total);
    CHECK(r.sentences == static_cast<uint32_t>(total));
    CHECK(r.documents == d.docs.size());
    CHECK(r.bytes_read == d.total);
    std::vector<precis_span> spans;
    std::size_t written = cap < static_cast<std::size_t>(total) ? cap : static_cast<std::size_t>(total);
    for (std::size_t i = 0; i < written; ++i) {
        precis_span s;
        std::memcpy(&s, out.ptr + i * sizeof s, sizeof s);
        CHECK(s.sentence == i);
        CHECK(s.score == 0);
        CHECK(s.document < d.docs.size());
        const precis_doc &doc = d.docs[s.document];
        CHECK(s.length > 0 && s.offset <= doc.length && s.length <= doc.length - s.offset);
        const unsigned char *t = reinterpret_cast<const unsigned char *>(doc.text);
        CHECK(!is_space(t[s.offset]) && !is_space(t[s.offset + s.length - 1]));
        if (d.all_valid_utf8) {
            CHECK(!is_continuation(t[s.offset]));
            CHECK(s.offset + s.length == doc.length || !is_continuation(t[s.offset + s.length]));
        }
        if (i > 0) {
            const precis_span &p = spans.back();
            CHECK(p.document < s.document || (p.document == s.document && p.offset + p.length <= s.offset));
        }
        spans.push_back(s);
    }
    return spans;
}

void check_limits_for(const Docs &d, const std::vector<precis_span> &split_spans, int split_total, precis_limits *out) {
    int st = precis_limits_for(d.docs.data(), d.docs.size(), out);
    CHECK(st == PRECIS_OK);  // fuzz inputs are far below every ceiling
    CHECK(out->max_bytes == (d.total == 0 ? 1 : d.total));
    CHECK(out->max_documents == (d.docs.empty() ? 1 : d.docs.size()));
    CHECK(out->max_sentences == (split_total == 0 ? 1u : static_cast<uint32_t>(split_total)));
    CHECK(out->max_terms >= 1 && out->max_terms <= out->max_tokens);
    CHECK(precis_workspace_size(out) > 0);
    (void)split_spans;
}

// precis_join of `spans`, in every capacity that matters.
void check_join(const Docs &d, const precis_span *spans, std::size_t n, FuzzedDataProvider &fdp, bool expect_ok) {
    static const char *const kSeparators[] = {"\n", "", " ", " | ", "\r\n"};
    const char *sep = kSeparators[fdp.ConsumeIntegralInRange<int>(0, 4)];
    const int len = precis_join(d.docs.data(), d.docs.size(), spans, n, sep, nullptr, 0);
    if (!expect_ok) {
        CHECK(len == PRECIS_ERR_ARGUMENT || len >= 0);
        if (len < 0) {
            Block buf(16);
            std::memset(buf.ptr, 0x77, 16);
            CHECK(precis_join(d.docs.data(), d.docs.size(), spans, n, sep, reinterpret_cast<char *>(buf.ptr), 16) ==
                  PRECIS_ERR_ARGUMENT);
            return;
        }
    }
    CHECK(len >= 0);
    const std::size_t l = static_cast<std::size_t>(len);
    {
        Block buf(l + 1);
        CHECK(precis_join(d.docs.data(), d.docs.size(), spans, n, sep, reinterpret_cast<char *>(buf.ptr), l + 1) == len);
        CHECK(buf.ptr[l] == 0);
        if (std::strcmp(sep, "\n") == 0) {
            // Whitespace collapsed: single spaces between words, none at a sentence's ends, no NUL.
            CHECK(std::strlen(reinterpret_cast<char *>(buf.ptr)) == l);
            for (std::size_t i = 0; i < l; ++i) {
                unsigned char c = buf.ptr[i];
                CHECK(c != '\t' && c != '\r' && c != '\v' && c != '\f');
                if (c == ' ') CHECK(i > 0 && i + 1 < l && buf.ptr[i - 1] != ' ' && buf.ptr[i + 1] != ' ' &&
                                    buf.ptr[i - 1] != '\n' && buf.ptr[i + 1] != '\n');
            }
        }
    }
    for (std::size_t cap : {l, std::size_t{1}}) {
        if (cap == 0 || cap > l) continue;
        Block buf(cap);
        CHECK(precis_join(d.docs.data(), d.docs.size(), spans, n, sep, reinterpret_cast<char *>(buf.ptr), cap) ==
              PRECIS_ERR_OUTPUT);
        CHECK(buf.ptr[0] == 0);
    }
    {
        // cap 0 with a buffer: nothing may be written, not even buf[0] (caught by ASan: the
        // block has no byte at all).
        Block none(0);
        CHECK(precis_join(d.docs.data(), d.docs.size(), spans, n, sep, reinterpret_cast<char *>(none.ptr), 0) ==
              PRECIS_ERR_OUTPUT);
    }
}

// precis_fragments of a span: inside the sentence, in order, apart, at most PRECIS_MAX_FRAGMENTS;
// a smaller capacity writes only that many. Returns the count (or the error).
int check_fragments(const Docs &d, const precis_span &s, bool expect_ok) {
    Block none(0);
    const int count = precis_fragments(d.docs.data(), d.docs.size(), &s, nullptr, 0);
    if (!expect_ok && count < 0) {
        CHECK(count == PRECIS_ERR_ARGUMENT);
        Block out(2 * sizeof(precis_fragment));
        std::memset(out.ptr, 0x5A, out.size);
        CHECK(precis_fragments(d.docs.data(), d.docs.size(), &s, reinterpret_cast<precis_fragment *>(out.ptr), 2) == count);
        for (std::size_t i = 0; i < out.size; ++i) CHECK(out.ptr[i] == 0x5A);  // nothing written
        return count;
    }
    CHECK(count >= 1 && count <= PRECIS_MAX_FRAGMENTS);
    Block all(static_cast<std::size_t>(count) * sizeof(precis_fragment));
    CHECK(precis_fragments(d.docs.data(), d.docs.size(), &s, reinterpret_cast<precis_fragment *>(all.ptr),
                           static_cast<std::size_t>(count)) == count);
    uint64_t end = s.offset;
    for (int i = 0; i < count; ++i) {
        precis_fragment f;
        std::memcpy(&f, all.ptr + static_cast<std::size_t>(i) * sizeof f, sizeof f);
        CHECK(f.offset >= end && uint64_t{f.offset} + f.length <= uint64_t{s.offset} + s.length);
        end = uint64_t{f.offset} + f.length;
    }
    if (count > 1) {
        Block one(sizeof(precis_fragment));  // a capacity of one: exactly one written (ASan sees more)
        CHECK(precis_fragments(d.docs.data(), d.docs.size(), &s, reinterpret_cast<precis_fragment *>(one.ptr), 1) == count);
    }
    return count;
}

// precis_keywords with the summary's config and workspace: the same statuses as
// precis_summarize, PRECIS_ERR_ARGUMENT in a build without keywords; spans inside their
// documents, best first, at most the capacity and PRECIS_MAX_KEYWORDS, trim 0.
void check_keywords(const Docs &d, const precis_config *cfg, void *ws, std::size_t ws_size, std::size_t cap,
                    int summary_status) {
    Block out(cap * sizeof(precis_span));
    std::memset(out.ptr, 0xA5, out.size);
    precis_result r;
    std::memset(&r, 0xEE, sizeof r);
    const int n = precis_keywords(d.docs.data(), d.docs.size(), cfg, ws, ws_size,
                                  cap == 0 ? nullptr : reinterpret_cast<precis_span *>(out.ptr), cap, &r);
    if (!PRECIS_KEYWORDS) {
        CHECK(n == PRECIS_ERR_ARGUMENT);
        return;
    }
    if (summary_status < 0) {
        CHECK(n == summary_status);
        for (std::size_t i = 0; i < out.size; ++i) CHECK(out.ptr[i] == 0xA5);
        return;
    }
    CHECK(n >= 0 && static_cast<std::size_t>(n) <= cap && n <= PRECIS_MAX_KEYWORDS);
    uint32_t last_score = 0xFFFFFFFFu;
    for (int i = 0; i < n; ++i) {
        precis_span s;
        std::memcpy(&s, out.ptr + static_cast<std::size_t>(i) * sizeof s, sizeof s);
        CHECK(s.document < d.docs.size());
        const precis_doc &doc = d.docs[s.document];
        CHECK(s.length > 0 && s.offset <= doc.length && s.length <= doc.length - s.offset);
        CHECK(s.trim == 0 && s.score <= 65536u && s.score <= last_score);
        last_score = s.score;
    }
}

void fuzz_one(FuzzedDataProvider &fdp) {
    // ---- Controls (from the end of the input) ----
    std::size_t ndocs;
    {
        uint8_t v = fdp.ConsumeIntegral<uint8_t>();
        ndocs = v < 200 ? 1 + v % 4 : v < 250 ? 0 + (v % 2) * 5 : 17 + v % 4;  // mostly 1..4; 0; 5; 17..20
    }
    const bool null_empty = fdp.ConsumeBool();
    const int limits_mode = fdp.ConsumeIntegralInRange<int>(0, 4);
    precis_limits small{};
    for (int i = 0; i < 5; ++i) *fields(small, i) = fdp.ConsumeIntegralInRange<uint32_t>(0, 300);
    precis_limits wild{};
    for (int i = 0; i < 5; ++i) *fields(wild, i) = pick_u32(fdp, kCeilings[i], 4096);

    precis_config cfg{};
    cfg.budget_kind = pick_u32(fdp, PRECIS_BUDGET_RATIO, PRECIS_BUDGET_RATIO);
    cfg.budget = fdp.ConsumeBool() ? fdp.ConsumeIntegralInRange<uint32_t>(0, 1000) : pick_u32(fdp, 1000, 100);
    cfg.algorithm = pick_u32(fdp, PRECIS_ALGO_COUNT - 1, PRECIS_ALGO_COUNT - 1);
    cfg.order = pick_u32(fdp, PRECIS_ORDER_RANK, PRECIS_ORDER_RANK);
    cfg.redundancy = pick_u32(fdp, 1000, 1000);
    constexpr uint32_t kAllFlags = PRECIS_KEEP_BOILERPLATE | PRECIS_TRIM_ALWAYS | PRECIS_TRIM_NEVER;
    cfg.flags = pick_u32(fdp, kAllFlags, kAllFlags);
    // Half the inputs in English, the rest in any language, built or not, or a wild value.
    cfg.language = fdp.ConsumeBool() ? PRECIS_LANGUAGE_ENGLISH : pick_u32(fdp, PRECIS_LANGUAGE_DUTCH, 1000);
    const bool null_config = fdp.ConsumeIntegralInRange<int>(0, 15) == 0;
    const bool null_result = fdp.ConsumeIntegralInRange<int>(0, 15) == 0;
    const int ws_mode = fdp.ConsumeIntegralInRange<int>(0, 9);
    const std::size_t ws_extra = fdp.ConsumeIntegralInRange<std::size_t>(1, 64);
    const int cap_mode = fdp.ConsumeIntegralInRange<int>(0, 5);
    const std::size_t cap_random = fdp.ConsumeIntegralInRange<std::size_t>(0, 40);
    const unsigned char garbage = fdp.ConsumeIntegral<unsigned char>();

    // ---- Text (the rest, from the front) ----
    std::string text = fdp.ConsumeBytesAsString(fdp.remaining_bytes());
    FuzzedDataProvider splitter(reinterpret_cast<const uint8_t *>(text.data()), text.size());
    Docs d = make_docs(splitter, text, ndocs, null_empty);

    // ---- Split and limits_for ----
    std::vector<precis_span> split_spans = check_split(d, fdp);
    const int split_total = precis_split(d.docs.data(), d.docs.size(), nullptr, 0, nullptr);
    precis_limits fitted{};
    check_limits_for(d, split_spans, split_total, &fitted);
    const bool language_ok = precis_language_available(static_cast<int>(cfg.language)) != 0;
    if (cfg.language != PRECIS_LANGUAGE_ENGLISH && language_ok) {
        // Fitted to the language's own segmentation, which may differ from precis_split's.
        CHECK(precis_limits_for_language(d.docs.data(), d.docs.size(), static_cast<int>(cfg.language), &fitted) ==
              PRECIS_OK);
    }
    check_join(d, split_spans.data(), split_spans.size(), fdp, true);

    switch (limits_mode) {
        case 0: cfg.limits = precis_limits{}; break;
        case 1: cfg.limits = fitted; break;
        case 2: cfg.limits = small; break;
        case 3: cfg.limits = wild; break;
        default:  // fitted, one field cut short
            cfg.limits = fitted;
            *fields(cfg.limits, fdp.ConsumeIntegralInRange<int>(0, 4)) /= 2;
            break;
    }
    if (null_config) cfg = precis_config{};
    check_workspace_size(cfg.limits);
    // precis_split segments as English does: other languages' sentences may differ from its.
    const bool english = cfg.language == PRECIS_LANGUAGE_ENGLISH;

    // ---- What the contract says must happen ----
    Expect e;
    e.argument = cfg.budget_kind > PRECIS_BUDGET_RATIO || (cfg.budget_kind == PRECIS_BUDGET_RATIO && cfg.budget > 1000) ||
                 cfg.algorithm >= PRECIS_ALGO_COUNT || cfg.order > PRECIS_ORDER_RANK || cfg.redundancy > 1000 ||
                 (cfg.flags & ~kAllFlags) != 0 ||
                 ((cfg.flags & PRECIS_TRIM_ALWAYS) && ((cfg.flags & PRECIS_TRIM_NEVER) || !PRECIS_TRIMMING)) ||
                 !precis_language_available(static_cast<int>(cfg.language));
    e.limits = limits_above_ceiling(cfg.limits);
    const size_t need = e.limits ? 0 : precis_workspace_size(&cfg.limits);
    // Workspaces beyond 64 MiB are not allocated: the call gets a small real one and must say
    // PRECIS_ERR_WORKSPACE.
    const bool huge = need > (std::size_t{64} << 20);
    std::size_t ws_size;
    switch (ws_mode) {
        case 0: ws_size = need > 0 ? need - 1 : 0; break;
        case 1: ws_size = need + ws_extra; break;
        case 2: ws_size = ws_extra; break;
        case 3: ws_size = 0; break;
        default: ws_size = need; break;
    }
    if (huge) ws_size = ws_extra;
    const bool null_ws = ws_mode == 3 && fdp.ConsumeBool();
    e.workspace = !e.limits && (null_ws || ws_size < need);

    std::size_t cap;
    switch (cap_mode) {
        case 0: cap = 0; break;
        case 1: cap = 1; break;
        case 2: cap = cap_random; break;
        default: cap = 64; break;
    }
    const bool null_out = cap == 0 && fdp.ConsumeBool();
    const std::size_t misalign = ws_mode >= 8 ? ws_extra % 8 : 0;

    // ---- The call ----
    Block ws(ws_size + misalign);
    std::memset(ws.ptr, garbage, ws_size + misalign);
    Block out(cap * sizeof(precis_span));
    std::memset(out.ptr, 0xA5, cap * sizeof(precis_span));
    precis_result result;
    std::memset(&result, 0xEE, sizeof result);
    int n = precis_summarize(d.docs.data(), d.docs.size(), null_config ? nullptr : &cfg, null_ws ? nullptr : ws.ptr + misalign,
                             ws_size, null_out ? nullptr : reinterpret_cast<precis_span *>(out.ptr), cap,
                             null_result ? nullptr : &result);

    // ---- Keywords, on the same workspace (the summary's is garbage to them) ----
    if (fdp.ConsumeBool()) {
        check_keywords(d, null_config ? nullptr : &cfg, null_ws ? nullptr : ws.ptr + misalign, ws_size, cap,
                       n < 0 ? n : 0);
    }

    // ---- Status ----
    CHECK(std::strcmp(precis_status_name(n), "PRECIS_UNKNOWN") != 0 || n > 0);
    if (e.argument || e.limits || e.workspace) {
        CHECK((e.argument && n == PRECIS_ERR_ARGUMENT) || (e.limits && n == PRECIS_ERR_LIMITS) ||
              (e.workspace && n == PRECIS_ERR_WORKSPACE));
        for (std::size_t i = 0; i < cap * sizeof(precis_span); ++i) CHECK(out.ptr[i] == 0xA5);  // nothing written
        if (n == PRECIS_ERR_WORKSPACE && !null_result) CHECK(result.workspace_needed == need);
        return;
    }
    CHECK(n >= 0);
    CHECK(static_cast<std::size_t>(n) <= cap);
    if (null_result) return;

    // ---- Result ----
    precis_limits resolved = cfg.limits;
    if (resolved.max_bytes == 0) resolved.max_bytes = 65536;
    if (resolved.max_sentences == 0) resolved.max_sentences = 1024;
    if (resolved.max_documents == 0) resolved.max_documents = 16;
    CHECK((result.flags & ~(PRECIS_TRUNCATED | PRECIS_INVALID_UTF8 | PRECIS_NUL_BYTES | PRECIS_NOTHING_FITS)) == 0);
    CHECK(result.workspace_needed == need);
    CHECK(result.sentences <= resolved.max_sentences);
    if (english) CHECK(result.sentences <= static_cast<uint32_t>(split_total));
    CHECK(result.documents <= d.docs.size() && result.documents <= resolved.max_documents);
    CHECK(result.bytes_read <= d.total && result.bytes_read <= resolved.max_bytes);
    CHECK(static_cast<uint32_t>(n) <= result.sentences);
    if (!d.any_invalid) CHECK(!(result.flags & PRECIS_INVALID_UTF8));
    if (!d.any_nul) CHECK(!(result.flags & PRECIS_NUL_BYTES));
    const bool truncated = (result.flags & PRECIS_TRUNCATED) != 0;
    if (!truncated) {
        if (english) CHECK(result.sentences == static_cast<uint32_t>(split_total));
        CHECK(result.bytes_read == d.total);
        CHECK(result.documents == d.docs.size());
        CHECK(((result.flags & PRECIS_INVALID_UTF8) != 0) == d.any_invalid);
        CHECK(((result.flags & PRECIS_NUL_BYTES) != 0) == d.any_nul);
    }
    if (limits_mode == 1 && !null_config) CHECK(!truncated);  // limits that fit the input

    // ---- Spans ----
    std::vector<precis_span> spans(static_cast<std::size_t>(n));
    if (n > 0) std::memcpy(spans.data(), out.ptr, spans.size() * sizeof(precis_span));
    uint64_t words = 0, bytes = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const precis_span &s = spans[i];
        CHECK(s.document < d.docs.size());
        const precis_doc &doc = d.docs[s.document];
        CHECK(s.length > 0 && s.offset <= doc.length && s.length <= doc.length - s.offset);
        CHECK(s.sentence < result.sentences);
        const unsigned char *t = reinterpret_cast<const unsigned char *>(doc.text);
        CHECK(!is_space(t[s.offset]) && !is_space(t[s.offset + s.length - 1]));
        if (d.all_valid_utf8) {
            CHECK(!is_continuation(t[s.offset]));
            CHECK(s.offset + s.length == doc.length || !is_continuation(t[s.offset + s.length]));
        }
        // The same sentence as the segmenter's view (precis_split), whatever the limits.
        const bool cut_by_bytes = truncated && resolved.max_bytes < d.total;
        if (english && s.sentence < split_spans.size() && !(PRECIS_FUZZ_KNOWN_BYTE_LIMIT_LOOKAHEAD && cut_by_bytes)) {
            const precis_span &p = split_spans[s.sentence];
            CHECK(p.document == s.document && p.offset == s.offset && p.length == s.length);
        }
        for (std::size_t k = 0; k < i; ++k) CHECK(spans[k].sentence != s.sentence);
        // Story order: a document's sentences in their order; across documents, by relative
        // position (checked below, where the model's sentence numbers are precis_split's).
        if (cfg.order == PRECIS_ORDER_ORIGINAL) {
            for (std::size_t k = 0; k < i; ++k) {
                if (spans[k].document == s.document) CHECK(spans[k].sentence < s.sentence);
            }
        }
        check_fragments(d, s, true);
        // The budget counts the text as precis_join writes it: trimmed, whitespace collapsed.
        int l = precis_join(d.docs.data(), d.docs.size(), &s, 1, "", nullptr, 0);
        CHECK(l > 0);
        std::string written(static_cast<std::size_t>(l) + 1, '\0');
        CHECK(precis_join(d.docs.data(), d.docs.size(), &s, 1, "", &written[0], written.size()) == l);
        words += count_words(reinterpret_cast<const unsigned char *>(written.data()), static_cast<std::size_t>(l));
        bytes += static_cast<uint64_t>(l) + 1;
    }

    // Across documents, story order is by position relative to the document's length.
    if (english && !truncated && cfg.order == PRECIS_ORDER_ORIGINAL && split_spans.size() == result.sentences) {
        std::vector<uint64_t> first(d.docs.size(), 0), count(d.docs.size(), 0);
        for (std::size_t k = split_spans.size(); k-- > 0;) {
            first[split_spans[k].document] = k;
            ++count[split_spans[k].document];
        }
        for (std::size_t i = 1; i < spans.size(); ++i) {
            const precis_span &a = spans[i - 1], &b = spans[i];
            if (a.document == b.document) continue;
            const uint64_t pa = a.sentence - first[a.document], pb = b.sentence - first[b.document];
            CHECK(pa * count[b.document] <= pb * count[a.document]);
        }
    }

    // ---- Budget ----
    if (cfg.budget == 0) {
        CHECK(n <= 3);
    } else {
        switch (cfg.budget_kind) {
            case PRECIS_BUDGET_SENTENCES: CHECK(static_cast<uint32_t>(n) <= cfg.budget); break;
            case PRECIS_BUDGET_WORDS: CHECK(words <= cfg.budget); break;
            case PRECIS_BUDGET_BYTES: CHECK(bytes <= cfg.budget); break;
            case PRECIS_BUDGET_RATIO: {
                uint64_t most = (uint64_t{result.sentences} * cfg.budget + 500) / 1000;
                CHECK(static_cast<uint64_t>(n) <= (most == 0 ? 1 : most));
                break;
            }
        }
    }
    check_join(d, spans.data(), spans.size(), fdp, true);

    // ---- Rank order is an order of the same selection ----
    if (cfg.order == PRECIS_ORDER_RANK && fdp.ConsumeBool()) {
        Block ws2(ws_size);
        precis_config story = cfg;
        story.order = PRECIS_ORDER_ORIGINAL;
        std::vector<precis_span> same(cap == 0 ? 1 : cap);
        int n2 = precis_summarize(d.docs.data(), d.docs.size(), &story, ws2.ptr, ws_size, same.data(), cap, nullptr);
        CHECK(n2 == n);
        auto by_sentence = [](const precis_span &a, const precis_span &b) { return a.sentence < b.sentence; };
        std::vector<precis_span> ranked = spans;
        same.resize(static_cast<std::size_t>(n2 > 0 ? n2 : 0));
        std::sort(ranked.begin(), ranked.end(), by_sentence);
        std::sort(same.begin(), same.end(), by_sentence);
        CHECK(ranked.size() == same.size() &&
              (ranked.empty() || std::memcmp(ranked.data(), same.data(), ranked.size() * sizeof(precis_span)) == 0));
    }

    // ---- Determinism: another workspace, other garbage in it, the same answer ----
    if (fdp.ConsumeBool()) {
        Block ws2(ws_size);
        std::memset(ws2.ptr, static_cast<unsigned char>(~garbage), ws_size);
        std::vector<precis_span> again(cap == 0 ? 1 : cap);
        precis_result r2{};
        int n2 = precis_summarize(d.docs.data(), d.docs.size(), null_config ? nullptr : &cfg, ws2.ptr, ws_size,
                                  again.data(), cap, &r2);
        CHECK(n2 == n);
        CHECK(n == 0 || std::memcmp(again.data(), spans.data(), spans.size() * sizeof(precis_span)) == 0);
        CHECK(r2.flags == result.flags && r2.sentences == result.sentences && r2.bytes_read == result.bytes_read);
    }

    // ---- Join of arbitrary spans: out-of-range ones are argument errors, never reads ----
    std::vector<precis_span> wild_spans(fdp.ConsumeIntegralInRange<std::size_t>(0, 3));
    bool inside = true;
    for (precis_span &s : wild_spans) {
        s.document = fdp.ConsumeIntegralInRange<uint32_t>(0, static_cast<uint32_t>(d.docs.size()));
        uint32_t doc_len = s.document < d.docs.size() ? static_cast<uint32_t>(d.docs[s.document].length) : 0;
        s.offset = fdp.ConsumeBool() ? fdp.ConsumeIntegral<uint32_t>() : fdp.ConsumeIntegralInRange<uint32_t>(0, doc_len + 1);
        s.length = fdp.ConsumeBool() ? fdp.ConsumeIntegral<uint32_t>() : fdp.ConsumeIntegralInRange<uint32_t>(0, doc_len + 1);
        s.sentence = s.score = 0;
        // Trim bits: none, or any rules and any tail word (the trimmer must cope with each), or anything.
        const int trim_mode = fdp.ConsumeIntegralInRange<int>(0, 3);
        s.trim = trim_mode == 0 ? 0u
                 : trim_mode == 3 ? fdp.ConsumeIntegral<uint32_t>()
                                  : (fdp.ConsumeIntegral<uint32_t>() & PRECIS_TRIM_RULES) |
                                        (fdp.ConsumeBool() ? PRECIS_TRIM_TAIL_AT(fdp.ConsumeIntegral<uint8_t>()) : 0u);
        inside = inside && s.document < d.docs.size() && s.offset <= doc_len && s.length <= doc_len - s.offset;
        check_fragments(d, s, false);
    }
    bool trims_ok = true;
    for (const precis_span &s : wild_spans) {
        trims_ok = trims_ok && (!inside || precis_fragments(d.docs.data(), d.docs.size(), &s, nullptr, 0) >= 0);
    }
    if (inside && trims_ok) {
        check_join(d, wild_spans.data(), wild_spans.size(), fdp, true);
    } else if (inside) {
        check_join(d, wild_spans.data(), wild_spans.size(), fdp, false);
    } else {
        CHECK(precis_join(d.docs.data(), d.docs.size(), wild_spans.data(), wild_spans.size(), "\n", nullptr, 0) ==
              PRECIS_ERR_ARGUMENT);
        check_join(d, wild_spans.data(), wild_spans.size(), fdp, false);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzedDataProvider fdp(data, size);
    fuzz_one(fdp);
    // Argument checks that need no input.
    CHECK(precis_split(nullptr, 1, nullptr, 0, nullptr) == PRECIS_ERR_ARGUMENT);
    CHECK(precis_limits_for(nullptr, 0, nullptr) == PRECIS_ERR_ARGUMENT);
    return 0;
}
