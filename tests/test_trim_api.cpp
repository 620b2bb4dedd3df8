// Trimming through the C API: spans carry the deletions applied, precis_fragments re-derives the
// kept ranges, precis_join writes them as one sentence, budgets count the trimmed text, and the
// config chooses when to trim.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

// A story whose sentences carry long attributions and asides: whole, none fits 90 bytes.
const std::string kStory =
    "The council will close the old river bridge for repairs next month, a spokesman for the city council "
    "said on Tuesday. "
    "The repairs (the first in forty years) will cost the town about two million pounds, according to "
    "figures released by the council. "
    "Drivers will have to use the ring road, adding twenty minutes to the journey into the centre of town.";

precis_config bytes_budget(uint32_t b, uint32_t flags = 0) {
    precis_config c{};
    c.budget_kind = PRECIS_BUDGET_BYTES;
    c.budget = b;
    c.flags = flags;
    return c;
}

std::size_t output_bytes(const std::vector<std::string> &texts, const test::Run &r) {
    std::size_t n = 0;
    for (const std::string &s : test::texts_of(texts, r)) n += s.size() + 1;
    return n;
}

TEST(TrimApi, ByteBudgetTrimsByDefaultWhenNoWholeSentenceFits) {
    PRECIS_REQUIRE_TRIMMING();
    test::Run r = test::summarize({kStory}, bytes_budget(90));
    ASSERT_GT(r.status, 0) << "the summary is empty although trimmed sentences fit";
    EXPECT_NE(r.spans[0].trim, 0u);
    EXPECT_LE(output_bytes({kStory}, r), 90u);
    EXPECT_EQ(test::text_of({kStory}, r.spans[0]), "The council will close the old river bridge for repairs next month.");
}

TEST(TrimApi, ATighterByteBudgetEndsTheLeadEarly) {
    PRECIS_REQUIRE_TRIMMING();
    test::Run r = test::summarize({kStory}, bytes_budget(50));
    ASSERT_EQ(r.status, 1) << "the lead cut short fits 50 bytes";
    EXPECT_NE(r.spans[0].trim & PRECIS_TRIM_TAIL, 0u);
    EXPECT_EQ(test::text_of({kStory}, r.spans[0]), "The council will close the old river bridge.");
    // The span alone says where the cut is: precis_fragments re-derives the same text.
    const std::vector<std::string> texts = {kStory};
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_fragment f[PRECIS_MAX_FRAGMENTS];
    int nf = precis_fragments(docs.data(), 1, &r.spans[0], f, PRECIS_MAX_FRAGMENTS);
    ASSERT_GT(nf, 0);
    std::string joined;
    for (int i = 0; i < nf; ++i) joined += kStory.substr(f[i].offset, f[i].length);
    EXPECT_EQ(joined, "The council will close the old river bridge.");
}

TEST(TrimApi, TrimNeverKeepsSentencesWholeUnderAByteBudget) {
    test::Run r = test::summarize({kStory}, bytes_budget(90, PRECIS_TRIM_NEVER));
    EXPECT_EQ(r.status, 0);
    r = test::summarize({kStory}, bytes_budget(400, PRECIS_TRIM_NEVER));
    ASSERT_GT(r.status, 0);
    for (const precis_span &s : r.spans) EXPECT_EQ(s.trim, 0u);
}

TEST(TrimApi, OnlyAsidesAreTrimmedInAnotherLanguage) {
    PRECIS_REQUIRE_TRIMMING();
    if (!precis_language_available(PRECIS_LANGUAGE_GERMAN)) GTEST_SKIP() << "German is not in this build";
    // The English rules would end it before "in" ("will" reads as a verb) and lose "senken".
    const std::string german =
        "Die Bundesregierung will die Steuern für alle Familien mit Kindern in diesem Jahr deutlich senken "
        "(nach Angaben aus dem Ministerium).";
    precis_config de = bytes_budget(120, PRECIS_TRIM_ALWAYS);
    de.language = PRECIS_LANGUAGE_GERMAN;
    test::Run r = test::summarize({german}, de);
    ASSERT_EQ(r.status, 1);
    EXPECT_EQ(r.spans[0].trim, PRECIS_TRIM_ASIDES);
    EXPECT_EQ(test::text_of({german}, r.spans[0]),
              "Die Bundesregierung will die Steuern für alle Familien mit Kindern in diesem Jahr deutlich senken.");
    // Read as English, the same sentence is cut short.
    test::Run en = test::summarize({german}, bytes_budget(80, PRECIS_TRIM_ALWAYS));
    ASSERT_EQ(en.status, 1);
    EXPECT_NE(en.spans[0].trim & PRECIS_TRIM_TAIL, 0u);
}

TEST(TrimApi, SentenceBudgetKeepsSentencesWholeUnlessTrimmingIsAsked) {
    PRECIS_REQUIRE_TRIMMING();
    precis_config c{};
    test::Run whole = test::summarize({kStory}, c);
    ASSERT_EQ(whole.status, 3);
    for (const precis_span &s : whole.spans) EXPECT_EQ(s.trim, 0u);
    c.flags = PRECIS_TRIM_ALWAYS;
    test::Run cut = test::summarize({kStory}, c);
    ASSERT_EQ(cut.status, 3);
    for (const precis_span &s : cut.spans) EXPECT_NE(s.trim, 0u) << test::text_of({kStory}, s);
}

TEST(TrimApi, BothTrimFlagsAreAnArgumentError) {
    test::Run r = test::summarize({kStory}, bytes_budget(90, PRECIS_TRIM_ALWAYS | PRECIS_TRIM_NEVER));
    EXPECT_EQ(r.status, PRECIS_ERR_ARGUMENT);
}

TEST(TrimApi, FragmentsOfAWholeSentenceAreTheSpan) {
    const std::vector<std::string> texts = {kStory};
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_span span{0, 10, 40, 0, 0, 0};
    precis_fragment f[PRECIS_MAX_FRAGMENTS];
    ASSERT_EQ(precis_fragments(docs.data(), 1, &span, f, PRECIS_MAX_FRAGMENTS), 1);
    EXPECT_EQ(f[0].offset, 10u);
    EXPECT_EQ(f[0].length, 40u);
}

TEST(TrimApi, FragmentsOfATrimmedSpanJoinToItsText) {
    PRECIS_REQUIRE_TRIMMING();
    std::vector<std::string> texts = {kStory};
    std::vector<precis_doc> docs = test::docs_of(texts);
    test::Run r = test::summarize(texts, bytes_budget(90));
    ASSERT_GT(r.status, 0);
    precis_fragment f[PRECIS_MAX_FRAGMENTS];
    int n = precis_fragments(docs.data(), 1, &r.spans[0], f, PRECIS_MAX_FRAGMENTS);
    ASSERT_GE(n, 2);
    std::string joined;
    for (int i = 0; i < n; ++i) {
        EXPECT_GE(f[i].offset, r.spans[0].offset);
        EXPECT_LE(f[i].offset + f[i].length, r.spans[0].offset + r.spans[0].length);
        joined += kStory.substr(f[i].offset, f[i].length);
    }
    EXPECT_EQ(joined, test::text_of(texts, r.spans[0]));
}

TEST(TrimApi, FragmentsCountWithoutAnOutputArray) {
    PRECIS_REQUIRE_TRIMMING();
    const std::vector<std::string> texts = {kStory};
    std::vector<precis_doc> docs = test::docs_of(texts);
    test::Run r = test::summarize({kStory}, bytes_budget(90));
    ASSERT_GT(r.status, 0);
    int n = precis_fragments(docs.data(), 1, &r.spans[0], nullptr, 0);
    EXPECT_GE(n, 2);
    precis_fragment one[1] = {{0xABCD, 0xABCD}};
    EXPECT_EQ(precis_fragments(docs.data(), 1, &r.spans[0], one, 1), n);
    EXPECT_EQ(one[0].offset, r.spans[0].offset);
}

TEST(TrimApi, FragmentsRejectUnknownTrimBitsAndSpansOutsideTheDocument) {
    const std::vector<std::string> texts = {kStory};
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_fragment f[PRECIS_MAX_FRAGMENTS];
    precis_span bad_bits{0, 0, 20, 0, 0, 0x100};  // a tail word without PRECIS_TRIM_TAIL
    precis_span high_bits{0, 0, 20, 0, 0, PRECIS_TRIM_TAIL_AT(5) | 0x10000};
    precis_span past_end{0, 0, static_cast<uint32_t>(kStory.size()) + 1, 0, 0, 0};
    EXPECT_EQ(precis_fragments(docs.data(), 1, &bad_bits, f, PRECIS_MAX_FRAGMENTS), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_fragments(docs.data(), 1, &high_bits, f, PRECIS_MAX_FRAGMENTS), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_fragments(docs.data(), 1, &past_end, f, PRECIS_MAX_FRAGMENTS), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_fragments(docs.data(), 1, nullptr, f, PRECIS_MAX_FRAGMENTS), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_fragments(docs.data(), 1, &bad_bits, nullptr, 1), PRECIS_ERR_ARGUMENT);
    char buf[256];
    EXPECT_EQ(precis_join(docs.data(), 1, &bad_bits, 1, "\n", buf, sizeof buf), PRECIS_ERR_ARGUMENT);
}

TEST(TrimApi, JoinWritesATrimmedSpanAsOneSentence) {
    PRECIS_REQUIRE_TRIMMING();
    const std::vector<std::string> texts = {kStory};
    std::vector<precis_doc> docs = test::docs_of(texts);
    // The first sentence with its attribution cut.
    uint32_t end = static_cast<uint32_t>(kStory.find("Tuesday.") + 8);
    precis_span span{0, 0, end, 0, 0, PRECIS_TRIM_ATTRIBUTION};
    char buf[256];
    int n = precis_join(docs.data(), 1, &span, 1, "\n", buf, sizeof buf);
    ASSERT_GT(n, 0);
    EXPECT_EQ(std::string(buf, static_cast<std::size_t>(n)), "The council will close the old river bridge for repairs next month.");
}

TEST(TrimApi, WordBudgetCountsTrimmedWords) {
    PRECIS_REQUIRE_TRIMMING();
    precis_config c{};
    c.budget_kind = PRECIS_BUDGET_WORDS;
    c.budget = 14;
    test::Run r = test::summarize({kStory}, c);
    ASSERT_GT(r.status, 0);
    std::size_t words = 0;
    for (const std::string &s : test::texts_of({kStory}, r)) {
        bool in = false;
        for (char ch : s) {
            if (ch != ' ' && !in) ++words;
            in = ch != ' ';
        }
    }
    EXPECT_LE(words, 14u);
    EXPECT_NE(r.spans[0].trim, 0u);
}

TEST(TrimApi, TinyByteBudgetsAreNeverExceeded) {
    std::string text = test::sample();
    for (uint32_t b = 40; b <= 400; b += 20) {
        test::Run r = test::summarize({text}, bytes_budget(b));
        ASSERT_GE(r.status, 0);
        EXPECT_LE(output_bytes({text}, r), b) << "budget " << b;
    }
}

TEST(TrimApi, WithoutTheTrimmerTrimAlwaysIsAnArgumentErrorAndSpansStayWhole) {
    if (PRECIS_TRIMMING) GTEST_SKIP() << "this build has the trimmer";
    EXPECT_EQ(test::summarize({kStory}, bytes_budget(90, PRECIS_TRIM_ALWAYS)).status, PRECIS_ERR_ARGUMENT);
    test::Run r = test::summarize({kStory}, bytes_budget(200));
    ASSERT_GT(r.status, 0);
    for (const precis_span &s : r.spans) EXPECT_EQ(s.trim, 0u);
}

}  // namespace
