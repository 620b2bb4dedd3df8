// Budgets are exact: N sentences, N words, N bytes of joined output, a ratio of the sentences.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support.h"
#include "tokenize.h"

namespace {

precis_config budget(uint32_t kind, uint32_t amount) {
    precis_config c{};
    c.budget_kind = kind;
    c.budget = amount;
    return c;
}

size_t words_in(const std::string &s) {
    size_t n = 0;
    bool in = false;
    for (char c : s) {
        bool space = c == ' ';
        if (!space && !in) ++n;
        in = !space;
    }
    return n;
}

TEST(Budget, SentencesBudgetSelectsExactlyNWhenTheInputHasMore) {
    std::string text = test::sample();
    for (uint32_t n = 1; n <= 6; ++n) {
        EXPECT_EQ(test::summarize({text}, budget(PRECIS_BUDGET_SENTENCES, n)).status, static_cast<int>(n)) << n;
    }
}

TEST(Budget, SentencesBudgetLargerThanInputSelectsEveryDistinctSentence) {
    std::string text = "Cats purr when content. Dogs bark at strangers. Birds sing at dawn.";
    test::Run r = test::summarize({text}, budget(PRECIS_BUDGET_SENTENCES, 10));
    EXPECT_EQ(r.status, 3);
}

TEST(Budget, WordsBudgetIsNeverExceededAndIsFilledGreedily) {
    std::string text = test::sample();
    for (uint32_t n : {5u, 20u, 40u, 75u, 120u}) {
        test::Run r = test::summarize({text}, budget(PRECIS_BUDGET_WORDS, n));
        size_t words = 0;
        for (const std::string &s : test::texts_of({text}, r)) words += words_in(s);
        EXPECT_LE(words, n);
        if (n >= 40) {
            EXPECT_GE(words, n / 2) << "a budget of " << n << " words left mostly empty";
        }
    }
}

TEST(Budget, WordsBudgetCountsTheWordsCountWordsCountsWhateverTheyHold) {
    // Runs of punctuation alone, numbers, control bytes inside a run, unspaced scripts, tabs: a
    // sentence of W words fits a budget of W words and not of W - 1 (tokenize.h count_words).
    const std::string sentences[] = {
        "Prices rose 3.5 % \xE2\x80\x94 a record & more, U.S. data showed on Friday.",
        "Fares\tclimbed\x01" "again -- by 1,000 yen \xE2\x80\x9C" "at once\xE2\x80\x9D in Osaka today.",
        "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7 \xE9\x9B\xA8 fell on Tokyo all night long today.",
        "( Rain ) fell ... over the [ whole ] valley , again and again .",
        // Ideographs and kana are words of their own; punctuation after one adds none, a word does.
        "\xE5\x8C\x97\xE4\xBA\xAC\xEF\xBC\x8C\xE4\xB8\x80\xE5\x9C\xBA \xE5\x9C\xB0\xE9\x9C\x87 -- 2024\xE5\xB9\xB4 hit Tower\xE6\x9D\xB1 again.",
        "\xE3\x80\x8C\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x8D\xE3\x80\x81 \xE9\x9B\xA8 , rain fell\xE3\x80\x82 all night in Tokyo today.",
    };
    precis_config cfg = budget(PRECIS_BUDGET_WORDS, 0);
    cfg.flags = PRECIS_TRIM_NEVER;
    for (const std::string &text : sentences) {
        const uint32_t words =
            precis::detail::count_words(reinterpret_cast<const unsigned char *>(text.data()), text.size());
        cfg.budget = words;
        EXPECT_EQ(test::summarize({text}, cfg).status, 1) << text;
        cfg.budget = words - 1;
        test::Run r = test::summarize({text}, cfg);
        EXPECT_EQ(r.status, 0) << text;
        EXPECT_NE(r.result.flags & PRECIS_NOTHING_FITS, 0u) << text;
    }
}

TEST(Budget, WordsBudgetCountsEachIdeographAsAWord) {
    // Three Chinese sentences of 29, 14 and 20 characters (and their marks, which add no word): a
    // budget of 20 words holds the second alone, where counting runs of non-whitespace made each
    // sentence one word and the budget held them all.
    const std::string text =
        "\xE5\x8C\x97\xE4\xBA\xAC\xE6\x97\xB6\xE9\x97\xB4\xE5\x91\xA8\xE4\xBA\x8C\xEF\xBC\x8C\xE4\xB8\x80\xE5\x9C\xBA\xE5\xBC\xBA\xE7\x83\x88\xE5\x9C\xB0\xE9\x9C\x87\xE8\xA2\xAD\xE5\x87\xBB\xE4\xBA\x86\xE8\xAF\xA5\xE5\x9B\xBD\xE5\x8D\x97\xE9\x83\xA8\xE5\x9C\xB0\xE5\x8C\xBA\xEF\xBC\x8C\xE9\x80\xA0\xE6\x88\x90\xE8\x87\xB3\xE5\xB0\x91\xE5\x8D\x81\xE4\xBA\xBA\xE6\xAD\xBB\xE4\xBA\xA1\xE3\x80\x82"
        "\xE6\x95\x91\xE6\x8F\xB4\xE4\xBA\xBA\xE5\x91\x98\xE6\xAD\xA3\xE5\x9C\xA8\xE5\xBA\x9F\xE5\xA2\x9F\xE4\xB8\xAD\xE6\x90\x9C\xE5\xAF\xBB\xE5\xB9\xB8\xE5\xAD\x98\xE8\x80\x85\xE3\x80\x82"
        "\xE6\x94\xBF\xE5\xBA\x9C\xE5\xB7\xB2\xE5\xAE\xA3\xE5\xB8\x83\xE8\xBF\x9B\xE5\x85\xA5\xE7\xB4\xA7\xE6\x80\xA5\xE7\x8A\xB6\xE6\x80\x81\xE5\xB9\xB6\xE6\xB4\xBE\xE5\x87\xBA\xE5\x86\x9B\xE9\x98\x9F\xE5\x8D\x8F\xE5\x8A\xA9\xE6\x95\x91\xE7\x81\xBE\xE3\x80\x82";
    precis_config cfg = budget(PRECIS_BUDGET_WORDS, 20);
    test::Run r = test::summarize({text}, cfg);
    ASSERT_EQ(r.status, 1);
    EXPECT_EQ(r.spans[0].sentence, 1u);
    cfg.budget = 14;
    r = test::summarize({text}, cfg);
    ASSERT_EQ(r.status, 1);
    EXPECT_EQ(r.spans[0].sentence, 1u);
    cfg.budget = 13;
    EXPECT_EQ(test::summarize({text}, cfg).status, 0);
}

TEST(Budget, BytesBudgetCountsOneSeparatorPerSentenceAndIsNeverExceeded) {
    std::string text = test::sample();
    for (uint32_t n : {50u, 160u, 400u, 1000u}) {
        test::Run r = test::summarize({text}, budget(PRECIS_BUDGET_BYTES, n));
        size_t bytes = 0;
        for (const std::string &s : test::texts_of({text}, r)) bytes += s.size() + 1;
        EXPECT_LE(bytes, n);
        std::vector<std::string> docs_texts{text};
        std::vector<precis_doc> docs = test::docs_of(docs_texts);
        int joined = precis_join(docs.data(), 1, r.spans.data(), r.spans.size(), " ", nullptr, 0);
        if (r.status > 0) {
            EXPECT_LT(joined, static_cast<int>(n)) << "an SMS of " << n << " bytes holds the joined text";
        }
    }
}

TEST(Budget, BytesBudgetWithTrimmingOffSelectsWholeSentencesOnly) {
    std::string text = test::sample();
    precis_doc doc{text.data(), text.size()};
    std::vector<precis_span> all(64);
    all.resize(static_cast<size_t>(precis_split(&doc, 1, all.data(), all.size(), nullptr)));
    for (uint32_t bytes : {100u, 120u, 160u, 200u, 320u}) {  // by default several of these trim
        precis_config cfg = budget(PRECIS_BUDGET_BYTES, bytes);
        cfg.flags = PRECIS_TRIM_NEVER;
        test::Run r = test::summarize({text}, cfg);
        ASSERT_GT(r.status, 0) << bytes;
        for (const precis_span &s : r.spans) {
            EXPECT_EQ(s.trim, 0u) << bytes;
            EXPECT_EQ(s.offset, all[s.sentence].offset);
            EXPECT_EQ(s.length, all[s.sentence].length);
        }
    }
}

TEST(Budget, BytesBudgetSmallerThanEverySentenceSelectsNothing) {
    test::Run r = test::summarize({"A sentence of some length here. Another sentence of some length."},
                                  budget(PRECIS_BUDGET_BYTES, 10));
    EXPECT_EQ(r.status, 0);
}

TEST(Budget, RatioBudgetSelectsThatShareOfTheSentencesRounded) {
    std::string text;
    const char *topics[] = {"apples", "rivers", "engines", "violins", "glaciers", "tigers", "coffee", "satellites",
                            "tulips", "bridges"};
    for (const char *t : topics) text += std::string("This sentence is about ") + t + " and nothing else. ";
    EXPECT_EQ(test::summarize({text}, budget(PRECIS_BUDGET_RATIO, 300)).status, 3);
    EXPECT_EQ(test::summarize({text}, budget(PRECIS_BUDGET_RATIO, 250)).status, 3);  // 2.5 rounds up
    EXPECT_EQ(test::summarize({text}, budget(PRECIS_BUDGET_RATIO, 1000)).status, 10);
    EXPECT_EQ(test::summarize({text}, budget(PRECIS_BUDGET_RATIO, 1)).status, 1);  // at least one
}

// Under a byte or word budget a sentence is long past 6/10 of the words the budget holds (a
// tenth of its bytes), not past 20 words: a lead of 30 words is not marked down under 400 bytes,
// and is under 3 sentences or 200 bytes.
TEST(Budget, ALongLeadIsMarkedDownForItsLengthOnlyWhenTheBudgetIsSmall) {
    const std::string text =
        "The council of Kestrel Bay approved on Tuesday a new tidal barrier for the harbour district, which winter "
        "storms have flooded nine times in ten years, at a cost of 41 million dollars. The barrier closes when the "
        "sea rises. Work starts in May. The harbour district welcomed the barrier. Storms flooded the district again.";
    auto lead_score = [&](precis_config cfg) {
        cfg.flags = PRECIS_TRIM_NEVER;
        test::Run r = test::summarize({text}, cfg);
        for (const precis_span &s : r.spans) {
            if (s.sentence == 0) return s.score;
        }
        ADD_FAILURE() << "the lead is not selected";
        return 0u;
    };
    const uint32_t sentences = lead_score(budget(PRECIS_BUDGET_SENTENCES, 3));
    EXPECT_EQ(lead_score(budget(PRECIS_BUDGET_BYTES, 400)), lead_score(budget(PRECIS_BUDGET_WORDS, 67)));
    EXPECT_GT(lead_score(budget(PRECIS_BUDGET_BYTES, 400)), sentences);
    EXPECT_EQ(lead_score(budget(PRECIS_BUDGET_BYTES, 200)), sentences);  // 20 words: the usual limit
}

TEST(Budget, ZeroBudgetMeansThreeSentencesWhateverTheKind) {
    std::string text = test::sample();
    EXPECT_EQ(test::summarize({text}, budget(PRECIS_BUDGET_WORDS, 0)).status, 3);
    EXPECT_EQ(test::summarize({text}, budget(PRECIS_BUDGET_BYTES, 0)).status, 3);
}

// Several documents follow story order (Select.StoryOrderOpensWithALead...); one is read in its own order.
TEST(Order, OriginalOrderOfOneDocumentIsItsOwnOrder) {
    test::Run r = test::summarize({test::sample()}, budget(PRECIS_BUDGET_SENTENCES, 5));
    ASSERT_EQ(r.status, 5);
    for (size_t i = 1; i < r.spans.size(); ++i) {
        EXPECT_LT(r.spans[i - 1].sentence, r.spans[i].sentence);
        EXPECT_LT(r.spans[i - 1].offset, r.spans[i].offset);
    }
}

TEST(Order, RankOrderIsBestFirstAndSelectsTheSameSentences) {
    std::string text = test::sample();
    precis_config cfg = budget(PRECIS_BUDGET_SENTENCES, 4);
    test::Run original = test::summarize({text}, cfg);
    cfg.order = PRECIS_ORDER_RANK;
    test::Run rank = test::summarize({text}, cfg);
    ASSERT_EQ(rank.status, original.status);
    for (size_t i = 1; i < rank.spans.size(); ++i) EXPECT_GE(rank.spans[i - 1].score, rank.spans[i].score);
    std::vector<uint32_t> a, b;
    for (const precis_span &s : original.spans) a.push_back(s.sentence);
    for (const precis_span &s : rank.spans) b.push_back(s.sentence);
    std::sort(b.begin(), b.end());
    EXPECT_EQ(a, b);
}

}  // namespace
