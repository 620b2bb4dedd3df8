// Contracts that must hold at every size and on every target (issue 13): document lengths are
// added without wrapping, empty documents change nothing, the workspace is the caller's again
// when a call returns.
#include <gtest/gtest.h>

#include <algorithm>
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

// Two reports of one story, written for this test; the first is long enough (14 sentences) that
// the graph algorithms' per-document quota (128 / documents) cuts it once 15 documents count.
const std::vector<std::string> kReports = {
    "Heavy rain flooded the river valley on Sunday night. The water rose two metres in six hours. "
    "Rescue crews reached the village of Marn before dawn. About 400 residents left their homes. "
    "The regional council opened three shelters in schools. Power failed in the northern districts. "
    "Engineers inspected the old stone bridge at noon. The bridge was closed to traffic. "
    "Farmers moved their cattle to higher ground. The weather service expects more rain on Tuesday. "
    "Schools in the valley will stay closed until Wednesday. Insurance firms sent assessors to the area. "
    "The mayor thanked the volunteers for their work. Officials will publish a damage estimate next week.",
    "Floods forced hundreds of residents from their homes in the river valley. Crews rescued families "
    "from rooftops in Marn. Shelters opened in three schools. Forecasters warned of more rain.",
};

// Every selected sentence with its score and text, but not its document index: that index is
// the caller's and moves when empty documents are put in front.
std::vector<std::string> selection(const std::vector<std::string> &texts, uint32_t algorithm) {
    precis_config cfg{};
    cfg.algorithm = algorithm;
    cfg.budget_kind = PRECIS_BUDGET_RATIO;
    cfg.budget = 1000;
    cfg.order = PRECIS_ORDER_RANK;
    test::Run r = test::summarize(texts, cfg);
    std::vector<std::string> out;
    for (const precis_span &s : r.spans) {
        out.push_back(std::to_string(s.sentence) + " " + std::to_string(s.score) + " " + test::text_of(texts, s));
    }
    return out;
}

// Empty documents of every kind (nothing, blanks, a byte order mark alone) at the front, between
// and after the reports, up to the default 16 documents.
std::vector<std::vector<std::string>> with_empty_documents(const std::vector<std::string> &reports) {
    const std::vector<std::string> empties = {"", "  \n\t ", "\xEF\xBB\xBF", "\n\n"};
    std::vector<std::vector<std::string>> out;
    for (std::size_t where = 0; where <= reports.size(); ++where) {
        std::vector<std::string> texts = reports;
        texts.insert(texts.begin() + static_cast<std::ptrdiff_t>(where), empties.begin(), empties.end());
        out.push_back(texts);
    }
    std::vector<std::string> many;  // 16 - reports: the most the default limits read
    for (std::size_t i = 0; many.size() + reports.size() < 16; ++i) many.push_back(empties[i % empties.size()]);
    std::vector<std::string> texts = many;
    texts.insert(texts.begin() + 1, reports.begin(), reports.end());
    out.push_back(texts);
    return out;
}

TEST(Contracts, EmptyDocumentsChangeNoSelectionOrScoreForAnyAlgorithm) {
    for (uint32_t algorithm = 0; algorithm < PRECIS_ALGO_COUNT; ++algorithm) {
        if (!precis_algorithm_available(static_cast<int>(algorithm))) continue;  // not in this build
        for (const std::vector<std::string> &reports :
             {std::vector<std::string>{kReports[0]}, kReports}) {
            const std::vector<std::string> expected = selection(reports, algorithm);
            ASSERT_FALSE(expected.empty());
            for (const std::vector<std::string> &texts : with_empty_documents(reports)) {
                EXPECT_EQ(selection(texts, algorithm), expected)
                    << "algorithm " << algorithm << ", " << reports.size() << " report(s) among " << texts.size()
                    << " documents";
            }
        }
    }
}

TEST(Contracts, SpansOfDocumentsAfterEmptyOnesIndexTheCallersArray) {
    const std::vector<std::string> texts = {"", kReports[0], " ", kReports[1]};
    test::Run r = test::summarize(texts);
    ASSERT_GT(r.status, 0);
    EXPECT_EQ(r.result.documents, 4u);
    for (const precis_span &s : r.spans) {
        ASSERT_TRUE(s.document == 1 || s.document == 3) << s.document;
        EXPECT_EQ(texts[s.document].substr(s.offset, s.length), test::text_of(texts, s));
    }
}

TEST(Contracts, RankOrderGivesTheSpansOfStoryOrderInTheOrderChosen) {
    // SumBasic re-weights words after each pick, so its picks do not follow the sentences' own
    // scores: rank order is the order of choice, and the same spans as story order.
    for (uint32_t algorithm = 0; algorithm < PRECIS_ALGO_COUNT; ++algorithm) {
        if (!precis_algorithm_available(static_cast<int>(algorithm))) continue;
        precis_config cfg{};
        cfg.algorithm = algorithm;
        cfg.budget = 4;
        test::Run story = test::summarize(kReports, cfg);
        cfg.order = PRECIS_ORDER_RANK;
        test::Run rank = test::summarize(kReports, cfg);
        ASSERT_GT(story.status, 0) << "algorithm " << algorithm;
        auto by_sentence = [](const precis_span &a, const precis_span &b) { return a.sentence < b.sentence; };
        std::sort(rank.spans.begin(), rank.spans.end(), by_sentence);
        std::sort(story.spans.begin(), story.spans.end(), by_sentence);
        ASSERT_EQ(rank.spans.size(), story.spans.size()) << "algorithm " << algorithm;
        for (std::size_t i = 0; i < rank.spans.size(); ++i) {
            EXPECT_EQ(rank.spans[i].sentence, story.spans[i].sentence) << "algorithm " << algorithm;
            EXPECT_EQ(rank.spans[i].score, story.spans[i].score) << "algorithm " << algorithm;
        }
    }
}

}  // namespace
