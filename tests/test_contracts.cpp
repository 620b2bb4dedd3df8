// Contracts that must hold at every size and on every target (issue 13): document lengths are
// added without wrapping, empty documents change nothing, the workspace is the caller's again
// when a call returns.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "support.h"

namespace {

const char kText[] = "The river rose overnight. Rescue crews reached the valley.";

// Lengths whose sum wraps size_t to a small number on this target, whatever its width: a
// document "of" SIZE_MAX/2 + 1 bytes given twice sums to 0, SIZE_MAX and 2 sum to 1. The buffer
// behind them is small: precis_split must reject them from the lengths alone, before reading.
TEST(Contracts, SplitRejectsLengthsWhoseSumWrapsWithoutReadingThem) {
    const std::size_t half = SIZE_MAX / 2 + 1;
    const std::vector<std::vector<std::size_t>> cases = {{half, half}, {SIZE_MAX, 2}, {2, SIZE_MAX}};
    for (const std::vector<std::size_t> &lengths : cases) {
        std::vector<precis_doc> docs;
        for (std::size_t n : lengths) docs.push_back(precis_doc{kText, n});
        precis_span out[4];
        precis_result r{};
        EXPECT_EQ(precis_split(docs.data(), docs.size(), out, 4, &r), PRECIS_ERR_LIMITS)
            << lengths[0] << " + " << lengths[1];
        EXPECT_EQ(r.sentences, 0u);
    }
}

// The 32-bit case of issue 13: two documents of 2 GiB each, which a 32-bit size_t adds to 0.
TEST(Contracts, SplitRejectsTwoDocumentsOfTwoGibibytes) {
    const std::size_t two_gib = std::size_t{1} << 31;
    precis_doc docs[2] = {{kText, two_gib}, {kText, two_gib}};
    EXPECT_EQ(precis_split(docs, 2, nullptr, 0, nullptr), PRECIS_ERR_LIMITS);
}

}  // namespace
