// The C++17 wrapper, precis.hpp: the same selections as the C API, sentences that point into the
// caller's text, and the C API's statuses.
#include <gtest/gtest.h>

#include <precis/precis.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "model.h"  // the internals: they must not clash with the wrapper
#include "support.h"

namespace {

TEST(Wrapper, LivesBesideTheInternalsWithoutAClash) {
    // The internals are in precis::detail: this file includes both, and both Sentence types.
    static_assert(!std::is_same<precis::Sentence, precis::detail::Sentence>::value, "two types");
    std::string text = "The bridge opened on Monday. Traffic eased across the city.";
    precis::Summary s = precis::Summarizer().summarize(text);
    ASSERT_TRUE(s.ok());
    EXPECT_FALSE(s.sentences.empty());
}

TEST(Wrapper, SummarizeSelectsWhatTheCApiSelects) {
    std::string sample = test::sample();
    precis::Summary s = precis::Summarizer().summarize(sample);
    ASSERT_TRUE(s.ok());
    std::vector<std::string> texts{sample};
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_config cfg{};
    ASSERT_EQ(precis_limits_for(docs.data(), docs.size(), &cfg.limits), PRECIS_OK);
    test::Run c = test::summarize(texts, cfg);
    ASSERT_EQ(s.sentences.size(), c.spans.size());
    ASSERT_EQ(s.sentences.size(), 3u);  // the zeroed config's budget
    for (std::size_t i = 0; i < c.spans.size(); ++i) {
        EXPECT_EQ(s.sentences[i].offset, c.spans[i].offset);
        EXPECT_EQ(s.sentences[i].index, c.spans[i].sentence);
        EXPECT_EQ(s.sentences[i].score, c.spans[i].score);
    }
}

TEST(Wrapper, SentencesPointIntoTheCallersText) {
    std::string sample = test::sample();
    precis::Summary s = precis::Summarizer().summarize(sample);
    ASSERT_FALSE(s.sentences.empty());
    for (const precis::Sentence &x : s.sentences) {
        EXPECT_EQ(x.text.data(), sample.data() + x.offset);
        EXPECT_EQ(x.document, 0u);
    }
}

TEST(Wrapper, ItsConfigIsHonouredButItsLimitsAreSizedToTheInput) {
    precis_config cfg{};
    cfg.budget = 1;
    cfg.algorithm = PRECIS_ALGO_LEAD;
    cfg.limits.max_bytes = 16;  // ignored: the wrapper sizes the workspace per input
    std::string text = "First fact here. Second fact there. Third fact elsewhere.";
    precis::Summary s = precis::Summarizer(cfg).summarize(text);
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s.sentences.size(), 1u);
    EXPECT_EQ(s.sentences[0].text, "First fact here.");
    EXPECT_EQ(s.result.flags & PRECIS_TRUNCATED, 0u);
}

TEST(Wrapper, ALongInputInAnotherLanguageIsReadWhole) {
    // German ends a sentence after "Inc." before "Der", English does not: limits counted as
    // English segments would truncate. The bound counts every period, and its max_terms is the
    // ceiling (more than 65535 words).
    if (!precis_language_available(PRECIS_LANGUAGE_GERMAN)) GTEST_SKIP() << "no German pack in this build";
    std::string text;
    for (int i = 0; text.size() < 600000; ++i) {
        text += "Die Firma Muster" + std::to_string(i) + " Inc. Der Chef sagte am Montag etwas Neues. ";
    }
    precis_config cfg{};
    cfg.language = PRECIS_LANGUAGE_GERMAN;
    precis::Summary s = precis::Summarizer(cfg).summarize(text);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s.result.flags & PRECIS_TRUNCATED, 0u);
    EXPECT_EQ(s.result.bytes_read, text.size());
}

TEST(Wrapper, HostLimitsAreTheOneLookBoundWhereItHolds) {
    const std::string text = "The storm hit the coast on Sunday. Thousands lost power. Schools stay shut.";
    precis_doc doc{text.data(), text.size()};
    precis_limits host{}, bound{};
    ASSERT_EQ(precis::host_limits(&doc, 1, PRECIS_LANGUAGE_ENGLISH, &host), PRECIS_OK);
    ASSERT_EQ(precis_limits_bound(&doc, 1, &bound), PRECIS_OK);
    EXPECT_EQ(host.max_sentences, bound.max_sentences);
    EXPECT_EQ(host.max_tokens, bound.max_tokens);
    EXPECT_EQ(host.max_terms, bound.max_terms);
    EXPECT_EQ(host.max_bytes, bound.max_bytes);
}

TEST(Wrapper, HostLimitsAreExactWhereTheBoundPassesACeiling) {
    // Line breaks alone: the bound counts a possible sentence at each, past the sentence ceiling;
    // the text has no sentence at all.
    std::string lines(2u * PRECIS_LIMIT_SENTENCES + 4, '\n');
    precis_doc doc{lines.data(), lines.size()};
    precis_limits host{}, exact{};
    ASSERT_EQ(precis::host_limits(&doc, 1, PRECIS_LANGUAGE_ENGLISH, &host), PRECIS_OK);
    ASSERT_EQ(precis_limits_for(&doc, 1, &exact), PRECIS_OK);
    EXPECT_EQ(host.max_sentences, exact.max_sentences);
    EXPECT_LE(host.max_sentences, uint32_t{PRECIS_LIMIT_SENTENCES});
}

TEST(Wrapper, HostLimitsOfABadArgumentAreTheCApisStatus) {
    const std::string text = "One sentence here.";
    precis_doc doc{text.data(), text.size()};
    precis_limits l{};
    EXPECT_EQ(precis::host_limits(nullptr, 1, PRECIS_LANGUAGE_ENGLISH, &l), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis::host_limits(&doc, 1, PRECIS_LANGUAGE_ENGLISH, nullptr), PRECIS_ERR_ARGUMENT);
}

TEST(Wrapper, SeveralDocumentsAreOneStory) {
    std::string a = "Floods hit the town on Monday. Roads were closed.";
    std::string b = "Rescuers reached the last village on Tuesday.";
    precis_config cfg{};
    cfg.budget_kind = PRECIS_BUDGET_RATIO;
    cfg.budget = 1000;
    cfg.redundancy = 1000;
    precis::Summary s = precis::Summarizer(cfg).summarize({a, b});
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s.sentences.size(), 3u);
    // Story order: the two leads first, then what follows them.
    EXPECT_EQ(s.sentences[2].text, "Roads were closed.");
    EXPECT_EQ(s.sentences[0].document + s.sentences[1].document, 1u);
    for (const auto &sentence : s.sentences) {
        if (sentence.document == 1) {
            EXPECT_EQ(sentence.text, b);
        }
    }
    EXPECT_EQ(s.result.documents, 2u);
}

TEST(Wrapper, ABadConfigIsTheCApisStatus) {
    precis_config cfg{};
    cfg.order = 7;
    precis::Summary s = precis::Summarizer(cfg).summarize(std::string_view("One sentence."));
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.status, PRECIS_ERR_ARGUMENT);
    EXPECT_TRUE(s.sentences.empty());
}

TEST(Wrapper, EmptyInputGivesNoSentencesAndSucceeds) {
    precis::Summary s = precis::Summarizer().summarize(std::string_view());
    EXPECT_TRUE(s.ok());
    EXPECT_TRUE(s.sentences.empty());
}

TEST(Wrapper, SplitReturnsEverySentence) {
    std::string text = "One. Two is here. Three!";
    precis::Summary s = precis::Summarizer::split({text});
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s.sentences.size(), 3u);
    EXPECT_EQ(s.sentences[0].text, "One.");
    EXPECT_EQ(s.sentences[1].text, "Two is here.");
    EXPECT_EQ(s.sentences[2].text, "Three!");
}

TEST(Wrapper, JoinCollapsesWhitespaceLikePrecisJoin) {
    std::string text = "A  long\n\tsentence here. Another   one.";
    std::vector<std::string_view> docs{text};
    precis::Summary s = precis::Summarizer::split(docs);
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(precis::Summarizer::join(docs, s), "A long sentence here.\nAnother one.");
    EXPECT_EQ(precis::Summarizer::join(docs, s, " | "), "A long sentence here. | Another one.");
}

}  // namespace
