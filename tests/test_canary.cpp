// Canaries: every buffer the caller hands over (the workspace, the spans array, precis_join's
// buffer, the result and limits structs) sits between guard bytes, and after every call, for
// every kind of input, the guards must be untouched. Workspace sizes go down to one byte short
// and output capacities down to 0 and 1. (The sanitizer build of scripts/test-hostile catches the
// same faults by other means; these tests catch them in any build, on any target.)
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "support.h"

namespace {

constexpr std::size_t kGuard = 64;
constexpr unsigned char kGuardByte = 0xA5, kFillByte = 0x5A;

// [guard | payload | guard], the payload at any offset from an 8-byte boundary.
class Guarded {
public:
    Guarded(std::size_t size, std::size_t misalign = 0)
        : size_(size), misalign_(misalign), storage_(new unsigned char[size + 2 * kGuard + misalign]) {
        std::memset(storage_.get(), kGuardByte, size + 2 * kGuard + misalign);
        std::memset(data(), kFillByte, size);
    }
    unsigned char *data() { return storage_.get() + kGuard + misalign_; }
    std::size_t size() const { return size_; }
    // True when both guards still hold their pattern.
    bool intact() const {
        const unsigned char *lo = storage_.get() + misalign_, *hi = storage_.get() + kGuard + misalign_ + size_;
        for (std::size_t i = 0; i < kGuard; ++i) {
            if (lo[i] != kGuardByte || hi[i] != kGuardByte) return false;
        }
        return true;
    }
    bool payload_untouched() const {
        const unsigned char *p = storage_.get() + kGuard + misalign_;
        for (std::size_t i = 0; i < size_; ++i) {
            if (p[i] != kFillByte) return false;
        }
        return true;
    }

private:
    std::size_t size_, misalign_;
    std::unique_ptr<unsigned char[]> storage_;
};

// A string literal with NUL bytes inside, whole.
template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
    return std::string(literal, N - 1);
}

std::string repeat(const std::string &s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

// Every kind of input, small enough to run each under many buffer sizes.
std::vector<std::vector<std::string>> inputs() {
    const std::string story =
        "LONDON (Reuters) - The storm flooded the coastal town overnight. Rescue teams reached stranded "
        "families by boat. Power was restored to most homes on Tuesday.\n\nReporting by Jane Doe; "
        "Editing by John Roe.";
    std::string zalgo = "Cafe";
    for (int i = 0; i < 200; ++i) zalgo += "\xCC\x81";
    return {
        {""},
        {" \t\n\r\v\f "},
        {story},
        {story, "Second report. The town was flooded.", ""},
        {"123 456. !!! ??? ... \xF0\x9F\x98\x80 \xF0\x9F\x94\xA5."},
        {repeat("word ", 300)},  // one long line, no terminator
        {repeat("Storm. ", 300)},
        {repeat("It was the one that they had been about to do. ", 20)},
        {repeat("The storm flooded the coastal town overnight. ", 60)},
        {"Bad \xC0\xAF overlong. Surrogate \xED\xA0\x80 here. Cut \xE2\x82 seq. Stray \x80\xBF bytes. End \xF0\x9F"},
        {bytes("Storm\0hits\0town. \0\0 Rain falls.")},
        {"Line one\r\nLine two\r\n\r\nLine three\rLine four\n\rLine five."},
        {"\xEF\xBB\xBFStorm hits town. Rain falls.", "\xEF\xBB\xBF"},
        {"\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD8\xB5\xD9\x81\xD8\xA9 \xD8\xAA\xD8\xB6\xD8\xB1\xD8\xA8. "
         "\xE6\x9A\xB4\xE9\xA3\x8E\xE9\x9B\xA8\xE3\x80\x82\xE6\xB2\xB3\xE6\xB0\xB4\xE3\x80\x82"},
        {zalgo + " opened. Next one here."},
        {std::string(3000, 'x') + ". See https://example.com/a.b/c.d?e=f.g for details."},
        {"1. First item\n2. Second item\n- dash item\n\xE2\x80\xA2 bullet item"},
    };
}

struct LimitsCase {
    const char *name;
    int kind;  // 0 default, 1 fitted by precis_limits_for, 2 tiny
};
const LimitsCase kLimits[] = {{"default", 0}, {"fitted", 1}, {"tiny", 2}};

precis_config config_for(const std::vector<precis_doc> &docs, int kind) {
    precis_config cfg{};
    if (kind == 1) precis_limits_for(docs.data(), docs.size(), &cfg.limits);
    if (kind == 2) cfg.limits = precis_limits{40, 2, 3, 4, 1};
    return cfg;
}

TEST(Canary, WorkspaceAndSpansGuardsSurviveEveryInputAndSize) {
    int input_no = 0;
    for (const std::vector<std::string> &texts : inputs()) {
        std::vector<precis_doc> docs = test::docs_of(texts);
        for (const LimitsCase &lc : kLimits) {
            precis_config cfg = config_for(docs, lc.kind);
            const std::size_t need = precis_workspace_size(&cfg.limits);
            ASSERT_GT(need, 0u);
            for (std::size_t ws_size : {need - 1, need, need + 1, need + 13}) {
                for (std::size_t misalign : {0, 1, 3, 7}) {
                    for (std::size_t cap : {0, 1, 2, 7}) {
                        Guarded ws(ws_size, misalign), spans(cap * sizeof(precis_span)), result(sizeof(precis_result));
                        int n = precis_summarize(docs.data(), docs.size(), &cfg, ws.data(), ws.size(),
                                                 reinterpret_cast<precis_span *>(spans.data()), cap,
                                                 reinterpret_cast<precis_result *>(result.data()));
                        SCOPED_TRACE(::testing::Message() << "input " << input_no << ", " << lc.name << " limits, workspace "
                                                          << ws_size << " of " << need << " +" << misalign << ", cap " << cap);
                        EXPECT_TRUE(ws.intact());
                        EXPECT_TRUE(spans.intact());
                        EXPECT_TRUE(result.intact());
                        if (ws_size < need) {
                            EXPECT_EQ(n, PRECIS_ERR_WORKSPACE);
                            EXPECT_TRUE(spans.payload_untouched()) << "nothing is written to the output on error";
                        } else {
                            EXPECT_GE(n, 0);
                            EXPECT_LE(static_cast<std::size_t>(n), cap);
                        }
                    }
                }
            }
        }
        ++input_no;
    }
}

// TextRank and LexRank store their graph's edges in the workspace, in the bytes selection's term
// weights and duplicate groups take afterwards: the workspace covers whichever is larger. Three
// inputs: the graph's edges larger (130 short sentences from a few words: a full graph of 128,
// 8128 edges; and 40 sentences, n (n - 1) / 2 = 780), and the term weights larger (the sample).
// Each algorithm runs in exactly the size it is told, at any alignment, with the guards intact
// and the result of a roomy workspace; one byte less is PRECIS_ERR_WORKSPACE.
TEST(Canary, GraphAlgorithmsRunInExactlyTheWorkspaceTheyAreToldAndNotOneByteLess) {
    const char *words[] = {"storm", "river", "town", "crews", "bridge", "rain"};
    std::string many, some;
    for (int i = 0; i < 130; ++i) {
        std::string s = std::string("The ") + words[i % 6] + " and the " + words[(i / 6) % 6] + " held. ";
        many += s;
        if (i < 40) some += s;
    }
    for (const std::string &text : {many, some, test::sample()}) {
        precis_doc doc{text.data(), text.size()};
        for (uint32_t algorithm : {uint32_t{PRECIS_ALGO_TEXTRANK}, uint32_t{PRECIS_ALGO_LEXRANK}}) {
            if (!test::has_algorithm(algorithm)) continue;  // not in this build
            precis_config cfg{};
            cfg.algorithm = algorithm;
            cfg.budget_kind = PRECIS_BUDGET_RATIO;
            cfg.budget = 1000;
            ASSERT_EQ(precis_limits_for(&doc, 1, &cfg.limits), PRECIS_OK);
            const std::size_t need = precis_workspace_size(&cfg.limits);
            ASSERT_GT(need, 0u);
            std::vector<unsigned char> roomy(2 * need);
            std::vector<precis_span> expected(cfg.limits.max_sentences);
            const int n = precis_summarize(&doc, 1, &cfg, roomy.data(), roomy.size(), expected.data(), expected.size(), nullptr);
            ASSERT_GT(n, 1) << "algorithm " << algorithm;
            for (std::size_t misalign : {0, 1, 4, 7}) {
                SCOPED_TRACE(::testing::Message() << "algorithm " << algorithm << ", " << cfg.limits.max_sentences
                                                  << " sentences, workspace " << need << " +" << misalign);
                Guarded exact(need, misalign), short_one(need - 1, misalign);
                std::vector<precis_span> spans(expected.size());
                ASSERT_EQ(precis_summarize(&doc, 1, &cfg, exact.data(), exact.size(), spans.data(), spans.size(), nullptr), n);
                EXPECT_TRUE(exact.intact());
                for (int i = 0; i < n; ++i) {
                    EXPECT_EQ(spans[i].sentence, expected[i].sentence);
                    EXPECT_EQ(spans[i].score, expected[i].score);
                }
                precis_result r{};
                EXPECT_EQ(precis_summarize(&doc, 1, &cfg, short_one.data(), short_one.size(), spans.data(), spans.size(), &r),
                          PRECIS_ERR_WORKSPACE);
                EXPECT_EQ(r.workspace_needed, need);
                EXPECT_TRUE(short_one.intact());
            }
        }
    }
}

TEST(Canary, NullResultAndNullConfigTouchNothingElse) {
    for (const std::vector<std::string> &texts : inputs()) {
        std::vector<precis_doc> docs = test::docs_of(texts);
        const std::size_t need = precis_workspace_size(nullptr);
        Guarded ws(need), spans(3 * sizeof(precis_span));
        int n = precis_summarize(docs.data(), docs.size(), nullptr, ws.data(), ws.size(),
                                 reinterpret_cast<precis_span *>(spans.data()), 3, nullptr);
        EXPECT_GE(n, 0);
        EXPECT_TRUE(ws.intact());
        EXPECT_TRUE(spans.intact());
    }
}

TEST(Canary, ArgumentErrorsWriteNothingToTheOutput) {
    std::string text = "The storm flooded the town. Rescue teams arrived.";
    precis_doc doc{text.data(), text.size()};
    precis_config bad{};
    bad.order = 7;
    Guarded ws(precis_workspace_size(nullptr)), spans(4 * sizeof(precis_span));
    EXPECT_EQ(precis_summarize(&doc, 1, &bad, ws.data(), ws.size(), reinterpret_cast<precis_span *>(spans.data()), 4,
                               nullptr),
              PRECIS_ERR_ARGUMENT);
    EXPECT_TRUE(spans.payload_untouched());
    EXPECT_TRUE(ws.intact());
    precis_config over{};
    over.limits.max_terms = PRECIS_LIMIT_TERMS + 1;
    EXPECT_EQ(precis_summarize(&doc, 1, &over, ws.data(), ws.size(), reinterpret_cast<precis_span *>(spans.data()), 4,
                               nullptr),
              PRECIS_ERR_LIMITS);
    EXPECT_TRUE(spans.payload_untouched());
    EXPECT_TRUE(ws.intact());
}

TEST(Canary, SplitWritesOnlyTheCapacityItIsGiven) {
    for (const std::vector<std::string> &texts : inputs()) {
        std::vector<precis_doc> docs = test::docs_of(texts);
        const int total = precis_split(docs.data(), docs.size(), nullptr, 0, nullptr);
        ASSERT_GE(total, 0);
        const std::size_t t = static_cast<std::size_t>(total);
        for (std::size_t cap : {std::size_t{0}, std::size_t{1}, std::size_t{2}, t > 0 ? t - 1 : 0, t, t + 1}) {
            Guarded spans(cap * sizeof(precis_span)), result(sizeof(precis_result));
            EXPECT_EQ(precis_split(docs.data(), docs.size(), reinterpret_cast<precis_span *>(spans.data()), cap,
                                   reinterpret_cast<precis_result *>(result.data())),
                      total);
            EXPECT_TRUE(spans.intact()) << "cap " << cap << " of " << total;
            EXPECT_TRUE(result.intact());
            if (cap == 0) {
                EXPECT_TRUE(spans.payload_untouched());
            }
        }
    }
}

TEST(Canary, LimitsForWritesOnlyItsStruct) {
    for (const std::vector<std::string> &texts : inputs()) {
        std::vector<precis_doc> docs = test::docs_of(texts);
        Guarded limits(sizeof(precis_limits));
        EXPECT_EQ(precis_limits_for(docs.data(), docs.size(), reinterpret_cast<precis_limits *>(limits.data())), PRECIS_OK);
        EXPECT_TRUE(limits.intact());
    }
}

// Joins `spans` into guarded buffers of every interesting capacity and checks the guards and the
// documented results.
void expect_join_guarded(const std::vector<precis_doc> &docs, const std::vector<precis_span> &spans) {
    for (const char *sep : {"", "\n", " | "}) {
        const int len = precis_join(docs.data(), docs.size(), spans.data(), spans.size(), sep, nullptr, 0);
        ASSERT_GE(len, 0);
        const std::size_t l = static_cast<std::size_t>(len);
        for (std::size_t cap : {std::size_t{0}, std::size_t{1}, std::size_t{2}, l > 0 ? l - 1 : 0, l, l + 1, l + 2}) {
            Guarded buf(cap);
            int n = precis_join(docs.data(), docs.size(), spans.data(), spans.size(), sep,
                                reinterpret_cast<char *>(buf.data()), cap);
            EXPECT_TRUE(buf.intact()) << "cap " << cap << " for " << len << " bytes";
            if (cap >= l + 1) {
                EXPECT_EQ(n, len);
                EXPECT_EQ(buf.data()[l], 0);
            } else {
                EXPECT_EQ(n, PRECIS_ERR_OUTPUT);
                if (cap > 0) {
                    EXPECT_EQ(buf.data()[0], 0);
                }
            }
        }
    }
}

TEST(Canary, JoinWritesOnlyTheCapacityItIsGiven) {
    for (const std::vector<std::string> &texts : inputs()) {
        std::vector<precis_doc> docs = test::docs_of(texts);
        for (const LimitsCase &lc : kLimits) {
            precis_config cfg = config_for(docs, lc.kind);
            cfg.budget = 10;
            std::vector<unsigned char> ws(precis_workspace_size(&cfg.limits));
            std::vector<precis_span> spans(10);
            int n = precis_summarize(docs.data(), docs.size(), &cfg, ws.data(), ws.size(), spans.data(), spans.size(), nullptr);
            ASSERT_GE(n, 0);
            spans.resize(static_cast<std::size_t>(n));
            expect_join_guarded(docs, spans);
        }
        int total = precis_split(docs.data(), docs.size(), nullptr, 0, nullptr);
        std::vector<precis_span> all(static_cast<std::size_t>(total));
        precis_split(docs.data(), docs.size(), all.data(), all.size(), nullptr);
        expect_join_guarded(docs, all);
    }
}

TEST(Canary, JoinOfSpansOutsideTheirDocumentReadsAndWritesNothing) {
    std::string text = "One two three.";
    precis_doc doc{text.data(), text.size()};
    const uint32_t n = static_cast<uint32_t>(text.size());
    const precis_span bad[] = {{0, n, 1, 0, 0, 0}, {0, 0, n + 1, 0, 0, 0}, {0, 0xFFFFFFFFu, 2, 0, 0, 0},
                               {0, 2, 0xFFFFFFFFu, 0, 0, 0}, {1, 0, 1, 0, 0, 0}, {0xFFFFFFFFu, 0, 1, 0, 0, 0}};
    for (const precis_span &s : bad) {
        Guarded buf(64);
        EXPECT_EQ(precis_join(&doc, 1, &s, 1, "", reinterpret_cast<char *>(buf.data()), 64), PRECIS_ERR_ARGUMENT);
        EXPECT_TRUE(buf.intact());
        EXPECT_TRUE(buf.payload_untouched());
    }
}

// precis.h: "buf[0] is NUL when cap > 0": with cap == 0 the caller owns no byte, so nothing may be
// written (this wrote buf[0] before commit 7168223).
TEST(Canary, JoinWithCapacityZeroWritesNothing) {
    std::string text = "One two three.";
    precis_doc doc{text.data(), text.size()};
    precis_span span{0, 0, static_cast<uint32_t>(text.size()), 0, 0, 0};
    Guarded buf(0);
    EXPECT_EQ(precis_join(&doc, 1, &span, 1, "", reinterpret_cast<char *>(buf.data()), 0), PRECIS_ERR_OUTPUT);
    EXPECT_TRUE(buf.intact());
    Guarded empty(0);  // no spans at all: the text is "" and needs one byte for its NUL
    EXPECT_EQ(precis_join(&doc, 1, nullptr, 0, "", reinterpret_cast<char *>(empty.data()), 0), PRECIS_ERR_OUTPUT);
    EXPECT_TRUE(empty.intact());
}

}  // namespace
