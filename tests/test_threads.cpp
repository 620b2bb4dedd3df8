// Calls with separate workspaces may run concurrently (precis.h): many threads summarize, split
// and join the same inputs at once, each with its own workspace and output buffers, and every
// thread gets exactly what one thread alone gets. scripts/test-hostile runs this file under
// ThreadSanitizer (build-tsan), which also reports any data race between the calls.
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "support.h"

namespace {

// Everything one pass over the inputs produces, for comparison.
struct Outcome {
    std::vector<int> statuses;
    std::vector<precis_span> spans;
    std::vector<precis_result> results;
    std::string joined;

    bool operator==(const Outcome &o) const {
        if (statuses != o.statuses || joined != o.joined || spans.size() != o.spans.size() ||
            results.size() != o.results.size())
            return false;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const precis_span &a = spans[i], &b = o.spans[i];
            if (a.document != b.document || a.offset != b.offset || a.length != b.length || a.sentence != b.sentence ||
                a.score != b.score)
                return false;
        }
        for (std::size_t i = 0; i < results.size(); ++i) {
            const precis_result &a = results[i], &b = o.results[i];
            if (a.flags != b.flags || a.sentences != b.sentences || a.documents != b.documents ||
                a.bytes_read != b.bytes_read || a.workspace_needed != b.workspace_needed)
                return false;
        }
        return true;
    }
};

struct Input {
    std::vector<std::string> texts;
};

std::vector<Input> inputs() {
    std::string sample = test::sample();
    std::string story =
        "The storm flooded the coastal town overnight. Rescue teams reached stranded families by boat. "
        "Power was restored to most homes on Tuesday. Officials said the river would fall by the weekend.";
    std::string hostile = std::string("Bad \xC0\xAF bytes\0and NUL. \xEF\xBB\xBF Mid BOM.\r\nCR\rline.", 44);
    std::string repeated;
    for (int i = 0; i < 300; ++i) repeated += "The storm flooded the coastal town overnight. ";
    return {Input{{sample}}, Input{{sample, story}}, Input{{story, hostile, ""}}, Input{{repeated}}, Input{{""}}};
}

// One pass: every input under every algorithm and several configurations, with this thread's own
// buffers.
Outcome pass(const std::vector<Input> &in) {
    Outcome o;
    std::vector<unsigned char> ws;
    for (const Input &input : in) {
        std::vector<precis_doc> docs = test::docs_of(input.texts);
        for (uint32_t algorithm = 0; algorithm < PRECIS_ALGO_COUNT; ++algorithm) {
            for (int variant = 0; variant < 2; ++variant) {
                precis_config cfg{};
                cfg.algorithm = algorithm;
                if (variant == 1) {
                    precis_limits_for(docs.data(), docs.size(), &cfg.limits);
                    cfg.order = PRECIS_ORDER_RANK;
                    cfg.budget_kind = (algorithm % 2) ? PRECIS_BUDGET_BYTES : PRECIS_BUDGET_WORDS;
                    cfg.budget = 300;
                }
                // Garbage in the workspace, different in each call: it needs no initialization.
                ws.assign(precis_workspace_size(&cfg.limits), static_cast<unsigned char>(algorithm * 37 + variant));
                precis_span spans[16];
                precis_result r{};
                int n = precis_summarize(docs.data(), docs.size(), &cfg, ws.data(), ws.size(), spans, 16, &r);
                o.statuses.push_back(n);
                o.results.push_back(r);
                if (n <= 0) continue;
                o.spans.insert(o.spans.end(), spans, spans + n);
                char buf[4096];
                int len = precis_join(docs.data(), docs.size(), spans, static_cast<size_t>(n), "\n", buf, sizeof buf);
                o.statuses.push_back(len);
                if (len >= 0) o.joined += buf;
            }
        }
        precis_span split[64];
        precis_result r{};
        o.statuses.push_back(precis_split(docs.data(), docs.size(), split, 64, &r));
        o.results.push_back(r);
    }
    return o;
}

TEST(Threads, ManyThreadsWithSeparateWorkspacesGetTheSameResults) {
    const std::vector<Input> in = inputs();
    const Outcome expected = pass(in);
    ASSERT_FALSE(expected.spans.empty());

    const int kThreads = 8, kRounds = 3;
    std::atomic<int> mismatches{0}, go{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&]() {
            ++go;
            while (go.load() < kThreads) std::this_thread::yield();  // start together
            for (int round = 0; round < kRounds; ++round) {
                if (!(pass(in) == expected)) ++mismatches;
            }
        });
    }
    for (std::thread &th : threads) th.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST(Threads, ThreadsSharingConstInputsAndConfigDoNotInterfere) {
    // One config object and one docs array read by every thread at once (both are const inputs).
    std::string text = test::sample();
    const precis_doc doc{text.data(), text.size()};
    precis_config cfg{};
    ASSERT_EQ(precis_limits_for(&doc, 1, &cfg.limits), PRECIS_OK);
    const size_t need = precis_workspace_size(&cfg.limits);
    std::vector<unsigned char> ws0(need);
    precis_span expected[8];
    int n = precis_summarize(&doc, 1, &cfg, ws0.data(), need, expected, 8, nullptr);
    ASSERT_GT(n, 0);

    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&]() {
            std::vector<unsigned char> ws(need);
            for (int round = 0; round < 20; ++round) {
                precis_span got[8];
                int m = precis_summarize(&doc, 1, &cfg, ws.data(), need, got, 8, nullptr);
                if (m != n || std::memcmp(got, expected, sizeof(precis_span) * static_cast<size_t>(n)) != 0) ++mismatches;
            }
        });
    }
    for (std::thread &th : threads) th.join();
    EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
