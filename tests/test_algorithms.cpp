// Each ranking algorithm on a small case whose scores are computed by hand (in the comments),
// following the algorithm's paper. Scores are 16.16 fixed point: 65536 is 1.0.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "discourse.h"
#include "fixed.h"
#include "support.h"

namespace {

// Every sentence's score, by sentence index (all sentences selected, nothing counted redundant
// unless its terms are identical to a chosen one's).
std::vector<uint32_t> scores(const std::string &text, uint32_t algorithm) {
    precis_config cfg{};
    cfg.algorithm = algorithm;
    cfg.budget_kind = PRECIS_BUDGET_RATIO;
    cfg.budget = 1000;
    cfg.redundancy = 1000;
    test::Run r = test::summarize({text}, cfg);
    std::vector<uint32_t> out(r.result.sentences, 0);
    for (const precis_span &s : r.spans) out[s.sentence] = s.score;
    return out;
}

// Terms (Porter stems): flood hit town | snow close road | flood hit villag. Three sentences,
// sentence frequency 2 for flood and hit, 1 for the rest.
const char kFloods[] = "Floods hit towns. Snow closes roads. Floods hit villages.";

TEST(Luhn, SignificantWordsAreFrequentAndAboveAverageAndClusterValuesAreSquaredOverLength) {
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_LUHN);
    // Terms: solar panel cut power bill | wind turbin cut power bill farm | cat sleep.
    // 10 terms, 13 tokens ("also", "for" are stopwords): significant = occurs >= 2 and
    // occurrences * 10 >= 13: cut, power, bill. Sentence 0: words 2..4 significant, one cluster
    // 3^2 / 3 = 3. Sentence 1: "also" is a word too: significant words 3..5, 3^2 / 3 = 3.
    // Sentence 2: no significant word, 0. Scaled to the best: 1.0, 1.0, 0.
    std::vector<uint32_t> s =
        scores("Solar panels cut power bills. Wind turbines also cut power bills for farms. Cats sleep.", PRECIS_ALGO_LUHN);
    EXPECT_EQ(s, (std::vector<uint32_t>{65536, 65536, 0}));
}

TEST(Luhn, AGapOfMoreThanFourWordsSplitsClusters) {
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_LUHN);
    // Significant: power and bill (2 occurrences each, average 14/10 = 1.4). Sentence 0: "power"
    // at 0 and "bills" at 6, five words apart: two clusters of one word, value 1. Sentence 1:
    // "Power bills": one cluster of 2 over 2 words, value 2. Scaled: 0.5 and 1.0.
    std::vector<uint32_t> s =
        scores("Power alone rarely makes anyone pay bills. Power bills climb steeply.", PRECIS_ALGO_LUHN);
    EXPECT_EQ(s, (std::vector<uint32_t>{32768, 65536}));
}

TEST(TextRank, PathGraphCentreOutranksItsEndsByThePageRankRatio) {
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_TEXTRANK);
    // A = {appl red grow}, B = {appl ripen near pear}, C = {ripe pear fall}: edges A-B and B-C
    // with one shared word each and equal weight 1 / (log 3 + log 4); no edge A-C. With d = 0.85:
    // A = 0.15 + 0.85 * B / 2 and B = 0.15 + 0.85 * (A + C) = 0.15 + 1.7 A give
    // A = C = 0.77027, B = 1.45946; scaled to B: A = 0.52778 = 34589 / 65536.
    std::vector<uint32_t> s = scores("Red apples grow. Apples ripen near pears. Ripe pears fall.", PRECIS_ALGO_TEXTRANK);
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[1], 65536u);
    // Convergence stops within 0.0001 of the fixed point; in-place updates visit A before C, so
    // the two ends agree to that tolerance, not to the bit.
    EXPECT_NEAR(s[0], 34589, 40);
    EXPECT_NEAR(s[2], 34589, 40);
}

TEST(LexRank, ContinuousLexRankWithIdfCosineAndSelfLoopsMatchesTheHandSolution) {
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_LEXRANK);
    // Same sentences. idf = 1 + log2((3 + 1) / sf): appl, pear 2.0; the others 3.0. Norms:
    // |A|^2 = 4 + 9 + 9 = 22, |B|^2 = 4 + 9 + 9 + 4 = 26, |C|^2 = 22; cos(A,B) = cos(B,C) =
    // 4 / sqrt(22 * 26) = 0.16724 = x; cos(A,C) = 0; self loops 1. Row sums 1 + x, 1 + 2x, 1 + x.
    // a = 0.15 + 0.85 (a / (1 + x) + x b / (1 + 2x)), b = 0.15 + 0.85 (2x a / (1 + x) + b / (1 + 2x))
    // give a = 0.96848, b = 1.06293; scaled: a = 0.91114 = 59712 / 65536.
    std::vector<uint32_t> s = scores("Red apples grow. Apples ripen near pears. Ripe pears fall.", PRECIS_ALGO_LEXRANK);
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[1], 65536u);
    EXPECT_NEAR(s[0], 59712, 60);  // fixed-point cosines and convergence tolerance
    EXPECT_NEAR(s[2], 59712, 60);
}

TEST(SumBasic, SquaringPickedWordsMakesTheNextPickSaySomethingNew) {
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_SUMBASIC);
    // p: flood, hit 2/9; the rest 1/9. Pick 1: the top word is flood; of the sentences holding it,
    // 0 and 2 weigh (2+2+1)/27 alike: sentence 0. Its words' p are squared (flood, hit 4/81).
    // Pick 2: the top word is now snow (1/9, lowest id among the 1/9 words): sentence 1, although
    // sentence 2 weighed more at the start. Pick 3: sentence 2. Scores step down by 1/(3+1).
    EXPECT_EQ(scores(kFloods, PRECIS_ALGO_SUMBASIC), (std::vector<uint32_t>{65536, 49152, 32768}));
}

TEST(KlSum, EachPickMinimizesTheDivergenceFromTheInputDistribution) {
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_KLSUM);
    // N = 9 tokens, V = 7 terms, every sentence 3 tokens, so the length term is equal for all.
    // Pick 1: gains 5 log 3 (sentences 0 and 2) and 3 log 3 (sentence 1): sentence 0. Pick 2:
    // sentence 1 gains 3 log 3 = 4.755, sentence 2 gains 2 (log 5 - log 3) * 2 + log 3 = 4.533
    // (the length term is again equal): sentence 1. Pick 3: sentence 2.
    EXPECT_EQ(scores(kFloods, PRECIS_ALGO_KLSUM), (std::vector<uint32_t>{65536, 49152, 32768}));
}

TEST(Centroid, MeadScoreIsCentroidPlusPositionPlusFirstSentenceOverlap) {
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_CENTROID);
    // idf: flood, hit 2.0; others 3.0 (256 units each). Centroid values (occurrences x idf, one
    // document): flood, hit 1024; the rest 768. C = 2816, 2304, 2816; C_max = 2816.
    // P = 2816 x (3 - i) / 3 = 2816, 1877, 938. F (shared word counts with sentence 0, x 256)
    // = 768, 0, 512. Totals 6400, 4181, 4266; scaled to 6400: 65536, 42813, 43683.
    EXPECT_EQ(scores(kFloods, PRECIS_ALGO_CENTROID), (std::vector<uint32_t>{65536, 42813, 43683}));
}

TEST(Lead, ScoresFallAsOneOverPosition) {
    EXPECT_EQ(scores(kFloods, PRECIS_ALGO_LEAD), (std::vector<uint32_t>{65536, 32768, 21845}));
}

TEST(Default, ALongSentenceLosesToAShortOneOfEqualValue) {
    // Sentences 1 and 2 carry the same central words; sentence 2 pads them past 20 words.
    std::string text =
        "The council approved the school budget on Monday. "
        "The school budget adds teachers. "
        "The school budget, which was debated for many hours by a large number of people in a "
        "very crowded and noisy hall, adds teachers.";
    std::vector<uint32_t> s = scores(text, PRECIS_ALGO_DEFAULT);
    ASSERT_EQ(s.size(), 3u);
    EXPECT_GT(s[1], s[2]);
}

TEST(Default, BackReferenceOpenersAreDiscounted) {
    std::string plain = "Rain fell. The bridge closed because of flooding. Traffic stopped.";
    std::string back = "Rain fell. However, the bridge closed because of flooding. Traffic stopped.";
    EXPECT_GT(scores(plain, PRECIS_ALGO_DEFAULT)[1], scores(back, PRECIS_ALGO_DEFAULT)[1]);
}

TEST(Default, AnotherBothAndTheFormerOrLatterPointBack) {
    // "Another three minutes pass." and "Both save money." need the sentence before them.
    for (const char *s : {"Another three minutes pass.", "Both save states money over time.",
                          "The former is named for an architect.", "The latter resigned in May."}) {
        EXPECT_TRUE(precis::detail::opens_with_back_reference(reinterpret_cast<const unsigned char *>(s),
                                                              static_cast<uint32_t>(std::strlen(s))))
            << s;
    }
    for (const char *s : {"Anothen mill closed.", "Bothwell Castle reopened.", "The formerly closed mill reopened."}) {
        EXPECT_FALSE(precis::detail::opens_with_back_reference(reinterpret_cast<const unsigned char *>(s),
                                                               static_cast<uint32_t>(std::strlen(s))))
            << s;
    }
}

TEST(Default, TheRestOfAQuotationIsDiscountedLikeABackReference) {
    // The segmenter ends a sentence inside a quotation: the part that closes it without opening
    // it leans on the sentence before, and alone it shows a stray quotation mark.
    std::string plain = "Rain fell. We waited. The bridge closed because of flooding, she said. Traffic stopped.";
    std::string rest = "Rain fell. \"We waited. The bridge closed because of flooding,\" she said. Traffic stopped.";
    std::string curly = "Rain fell. “We waited. The bridge closed because of flooding,” she said. Traffic stopped.";
    uint32_t whole = scores(plain, PRECIS_ALGO_DEFAULT)[2];
    EXPECT_GT(whole, scores(rest, PRECIS_ALGO_DEFAULT)[2]);
    EXPECT_GT(whole, scores(curly, PRECIS_ALGO_DEFAULT)[2]);
}

TEST(Default, TheStartOfAQuotationThatGoesOnIsDiscountedLikeABackReference) {
    // A sentence that opens a quotation the next one closes shows an unclosed mark alone, and
    // nobody who says it.
    std::string plain = "Rain fell. The bridge closed because of flooding. We waited for hours, she said.";
    std::string start = "Rain fell. \"The bridge closed because of flooding. We waited for hours,\" she said.";
    std::string curly = "Rain fell. “The bridge closed because of flooding. We waited for hours,” she said.";
    uint32_t whole = scores(plain, PRECIS_ALGO_DEFAULT)[1];
    EXPECT_GT(whole, scores(start, PRECIS_ALGO_DEFAULT)[1]);
    EXPECT_GT(whole, scores(curly, PRECIS_ALGO_DEFAULT)[1]);
}

TEST(Default, OnlyAQuotationLeftOpenOrClosedUnopenedLeansOnAnotherSentence) {
    auto leans = [](const char *s) {
        return precis::detail::opens_with_back_reference(reinterpret_cast<const unsigned char *>(s),
                                                         static_cast<uint32_t>(std::strlen(s)));
    };
    EXPECT_TRUE(leans("\"The UAE gave us money."));
    EXPECT_TRUE(leans("Clinton said: \"We took the money."));
    EXPECT_TRUE(leans("Clinton called it \"fair\" and said: “We took the money."));
    EXPECT_TRUE(leans("Do we agree with everything?\" Clinton asked."));
    EXPECT_FALSE(leans("\"We took the money,\" Clinton said."));
    EXPECT_FALSE(leans("Clinton called the deal \"fair\" and left."));
    EXPECT_FALSE(leans("“We took the money,” Clinton said."));
    EXPECT_FALSE(leans("Clinton took the money."));
    // German and Dutch typography: „ opens, and “ or ” closes it.
    EXPECT_FALSE(leans("Die Opposition sprach von einem „Tropfen auf den heißen Stein“."));
    EXPECT_FALSE(leans("De oppositie sprak van „een druppel op een gloeiende plaat”."));
    EXPECT_TRUE(leans("Die Opposition sagte: „Das reicht nicht."));
}

TEST(Default, TheRestOfAQuotationIsFoundWhereverItsClosingMarkFalls) {
    // The mark is looked for four bytes at a time where the core loads them so: at every offset
    // the closing mark, straight or curly, still marks the rest of a quotation.
    for (int pad = 1; pad <= 8; ++pad) {
        const std::string word = " " + std::string(static_cast<std::size_t>(pad), 'z');
        std::string plain = "Rain fell. We waited. The bridge closed because of flooding" + word + ", she said. Traffic stopped.";
        std::string rest = "Rain fell. \"We waited. The bridge closed because of flooding" + word + ",\" she said. Traffic stopped.";
        std::string curly = "Rain fell. \xE2\x80\x9CWe waited. The bridge closed because of flooding" + word +
                            ",\xE2\x80\x9D she said. Traffic stopped.";
        uint32_t whole = scores(plain, PRECIS_ALGO_DEFAULT)[2];
        EXPECT_GT(whole, scores(rest, PRECIS_ALGO_DEFAULT)[2]) << pad;
        EXPECT_GT(whole, scores(curly, PRECIS_ALGO_DEFAULT)[2]) << pad;
    }
}

TEST(Algorithms, EveryAlgorithmIsDeterministicAndScoresWithinRange) {
    std::string sample = test::sample();
    for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!test::has_algorithm(a)) continue;  // AbsentAlgorithmIsAnArgumentError covers those
        std::vector<uint32_t> first = scores(sample, a), second = scores(sample, a);
        EXPECT_EQ(first, second) << a;
        ASSERT_FALSE(first.empty()) << a;
        for (uint32_t v : first) EXPECT_LE(v, 65536u) << a;
    }
}

TEST(Algorithms, AbsentAlgorithmIsAnArgumentError) {
    // Only in a firmware build (PRECIS_CLASSIC_ALGORITHMS=OFF): the classic ones are refused.
    bool any_absent = false;
    for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (test::has_algorithm(a)) continue;
        any_absent = true;
        precis_config cfg{};
        cfg.algorithm = a;
        EXPECT_EQ(test::summarize({"One sentence."}, cfg).status, PRECIS_ERR_ARGUMENT) << a;
    }
    if (!any_absent) GTEST_SKIP() << "this build has every algorithm";
}

TEST(Algorithms, UnknownAlgorithmIsAnArgumentError) {
    precis_config cfg{};
    cfg.algorithm = PRECIS_ALGO_COUNT;
    EXPECT_EQ(test::summarize({"One sentence."}, cfg).status, PRECIS_ERR_ARGUMENT);
}

// isqrt takes Newton steps for 32-bit arguments on 64-bit hosts (fixed.h): every score that
// divides by a norm or a cost's root depends on its being exactly the bit loop's floor.
TEST(Algorithms, IsqrtIsTheBitLoopsFloorOnEveryXBelow2To22AndBesideEverySquare) {
    auto reference = [](uint64_t x) {
        uint64_t r = 0, bit = uint64_t{1} << 62;
        while (bit > x) bit >>= 2;
        for (; bit != 0; bit >>= 2) {
            if (x >= r + bit) {
                x -= r + bit;
                r = (r >> 1) + bit;
            } else {
                r >>= 1;
            }
        }
        return r;
    };
    uint32_t wrong = 0;
    for (uint64_t x = 0; x < (uint64_t{1} << 22); ++x) wrong += precis::detail::isqrt(x) != reference(x);
    for (uint64_t k = 2; k <= 0x10000; ++k) {
        for (uint64_t x = k * k - 2; x <= k * k + 1; ++x) wrong += precis::detail::isqrt(x) != reference(x);
    }
    for (uint64_t x : {0xFFFFFFFFull, 0x100000000ull, ~0ull}) wrong += precis::detail::isqrt(x) != reference(x);
    EXPECT_EQ(wrong, 0u);
}

}  // namespace
