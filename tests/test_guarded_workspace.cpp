// The guarded workspace (CMake option PRECIS_GUARDED_WORKSPACE under AddressSanitizer, built by
// scripts/test-hostile in build-guard): every array carved from the workspace is followed by a
// poisoned redzone, so that one array overflowing into the next is caught, and the poison is
// gone by the time the call returns, because the workspace is the caller's memory.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "arena.h"
#include "model.h"
#include "support.h"

namespace {

// Every byte of the workspace can be written by the caller after a call, and a second call on
// the dirtied workspace selects the same: in the guarded build the writes fault if a redzone
// stayed poisoned.
TEST(GuardedWorkspace, TheWholeWorkspaceIsTheCallersAgainAfterACall) {
    const std::string text = "The river rose overnight. Rescue crews reached the valley. Schools stayed closed.";
    precis_doc doc{text.data(), text.size()};
    std::vector<unsigned char> ws(precis_workspace_size(nullptr) + 16);
    for (uint32_t algorithm = 0; algorithm < PRECIS_ALGO_COUNT; ++algorithm) {
        if (!precis_algorithm_available(static_cast<int>(algorithm))) continue;  // not in this build
        precis_config cfg{};
        cfg.algorithm = algorithm;
        // Odd offsets too: the arena aligns the base itself, so the poisoned bytes move with it.
        for (std::size_t skew : {0u, 1u, 3u}) {
            precis_span first[4], second[4];
            const int n = precis_summarize(&doc, 1, &cfg, ws.data() + skew, ws.size() - skew, first, 4, nullptr);
            ASSERT_GT(n, 0);
            for (unsigned char &b : ws) b = static_cast<unsigned char>(~b);
            ASSERT_EQ(precis_summarize(&doc, 1, &cfg, ws.data() + skew, ws.size() - skew, second, 4, nullptr), n);
            for (int i = 0; i < n; ++i) {
                EXPECT_EQ(first[i].sentence, second[i].sentence);
                EXPECT_EQ(first[i].score, second[i].score);
            }
        }
    }
}

#if PRECIS_WORKSPACE_REDZONES

TEST(GuardedWorkspace, TheWorkspaceGrowsByOneRedzonePerArray) {
    precis::detail::Arena plain(nullptr, 0);
    plain.take<uint32_t>(10);
    plain.take<uint16_t>(3);
    EXPECT_EQ(plain.required(), 10 * 4 + 2 * precis::detail::Arena::kRedzone + 3 * 2 + precis::detail::Arena::kAlign - 1);
}

// Writes one element past the first of two arrays carved from `buf`: into its redzone.
template <typename T>
void overflow_one_past(std::vector<unsigned char> &buf) {
    precis::detail::Arena arena(buf.data(), buf.size());
    T *first = arena.take<T>(5);
    T *second = arena.take<T>(5);
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    volatile unsigned char *past = reinterpret_cast<volatile unsigned char *>(first + 5);
    *past = 1;
    arena.release();
}

TEST(GuardedWorkspaceDeathTest, WritingOnePastAnArrayIsCaught) {
    std::vector<unsigned char> buf(4096);
    EXPECT_DEATH(overflow_one_past<uint16_t>(buf), "use-after-poison");
    EXPECT_DEATH(overflow_one_past<uint32_t>(buf), "use-after-poison");
    EXPECT_DEATH(overflow_one_past<precis::detail::Sentence>(buf), "use-after-poison");
}

TEST(GuardedWorkspaceDeathTest, ReadingOnePastTheLastArrayIsCaught) {
    std::vector<unsigned char> buf(4096);
    auto read_past = [&buf]() {
        precis::detail::Arena arena(buf.data(), buf.size());
        uint32_t *only = arena.take<uint32_t>(7);
        volatile uint32_t v = only[7];
        (void)v;
    };
    EXPECT_DEATH(read_past(), "use-after-poison");
}

TEST(GuardedWorkspace, ReleaseUnpoisonsEveryRedzone) {
    std::vector<unsigned char> buf(4096);
    precis::detail::Arena arena(buf.data(), buf.size());
    uint32_t *a = arena.take<uint32_t>(3);
    arena.take<uint16_t>(9);
    arena.release();
    volatile unsigned char *past = reinterpret_cast<volatile unsigned char *>(a + 3);
    *past = 7;  // faults if the redzone were still poisoned
    EXPECT_EQ(*past, 7);
}

#else

TEST(GuardedWorkspace, RedzonesOnlyInTheGuardedBuild) {
    GTEST_SKIP() << "not a guarded build: configure with -DPRECIS_GUARDED_WORKSPACE=ON and -fsanitize=address "
                    "(scripts/test-hostile, build-guard) to run the overflow probes";
}

#endif

}  // namespace
