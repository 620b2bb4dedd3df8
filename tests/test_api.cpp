// The C API's contract: arguments, status codes, workspace sizing, limits, split and join.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "support.h"

namespace {

const std::string kStory =
    "The river burst its banks on Monday. Hundreds of homes were flooded in the valley. "
    "Rescue teams worked through the night to reach stranded families. "
    "The river is expected to fall by the weekend, forecasters said.";

TEST(Api, StatusNamesAreTheConstantNames) {
    EXPECT_STREQ(precis_status_name(PRECIS_OK), "PRECIS_OK");
    EXPECT_STREQ(precis_status_name(PRECIS_ERR_ARGUMENT), "PRECIS_ERR_ARGUMENT");
    EXPECT_STREQ(precis_status_name(PRECIS_ERR_WORKSPACE), "PRECIS_ERR_WORKSPACE");
    EXPECT_STREQ(precis_status_name(PRECIS_ERR_LIMITS), "PRECIS_ERR_LIMITS");
    EXPECT_STREQ(precis_status_name(PRECIS_ERR_OUTPUT), "PRECIS_ERR_OUTPUT");
    EXPECT_STREQ(precis_status_name(42), "PRECIS_UNKNOWN");
}

TEST(Api, WorkspaceSizeOfNullLimitsEqualsZeroedLimits) {
    precis_limits zero{};
    EXPECT_GT(precis_workspace_size(nullptr), 0u);
    EXPECT_EQ(precis_workspace_size(nullptr), precis_workspace_size(&zero));
}

TEST(Api, WorkspaceSizeGrowsWithEveryLimitThatHoldsData) {
    precis_limits base{4096, 64, 512, 1024, 2};
    size_t size = precis_workspace_size(&base);
    // max_bytes costs nothing by itself (the text stays the caller's) once max_tokens is set.
    for (int field = 0; field < 4; ++field) {
        precis_limits more = base;
        uint32_t *f[] = {&more.max_sentences, &more.max_terms, &more.max_tokens, &more.max_documents};
        *f[field] *= 2;
        EXPECT_GT(precis_workspace_size(&more), size) << "field " << field;
    }
}

TEST(Api, DefaultTokenLimitFollowsMaxBytes) {
    precis_limits small{1000, 0, 0, 0, 0}, large{100000, 0, 0, 0, 0};
    EXPECT_GT(precis_workspace_size(&large), precis_workspace_size(&small));
}

TEST(Api, WorkspaceSizeIsZeroForLimitsAboveCeilings) {
    precis_limits l{};
    l.max_terms = PRECIS_LIMIT_TERMS + 1;
    EXPECT_EQ(precis_workspace_size(&l), 0u);
    l = precis_limits{};
    l.max_bytes = PRECIS_LIMIT_BYTES + 1u;
    EXPECT_EQ(precis_workspace_size(&l), 0u);
}

TEST(Api, SummarizeRejectsLimitsAboveCeilings) {
    precis_config cfg{};
    cfg.limits.max_documents = PRECIS_LIMIT_DOCUMENTS + 1;
    precis_doc doc{kStory.data(), kStory.size()};
    unsigned char ws[16];
    precis_span out[4];
    EXPECT_EQ(precis_summarize(&doc, 1, &cfg, ws, sizeof ws, out, 4, nullptr), PRECIS_ERR_LIMITS);
}

TEST(Api, WorkspaceTooSmallReportsTheSizeNeeded) {
    precis_config cfg{};
    cfg.limits = precis_limits{1024, 32, 256, 0, 1};
    size_t need = precis_workspace_size(&cfg.limits);
    std::vector<unsigned char> ws(need - 1);
    precis_doc doc{kStory.data(), kStory.size()};
    precis_span out[4];
    precis_result r{};
    EXPECT_EQ(precis_summarize(&doc, 1, &cfg, ws.data(), ws.size(), out, 4, &r), PRECIS_ERR_WORKSPACE);
    EXPECT_EQ(r.workspace_needed, need);
    ws.resize(need);
    EXPECT_EQ(precis_summarize(&doc, 1, &cfg, ws.data(), ws.size(), out, 4, &r), 3);
}

TEST(Api, NullWorkspaceIsTooSmall) {
    precis_doc doc{kStory.data(), kStory.size()};
    precis_span out[4];
    precis_result r{};
    EXPECT_EQ(precis_summarize(&doc, 1, nullptr, nullptr, 0, out, 4, &r), PRECIS_ERR_WORKSPACE);
    EXPECT_EQ(r.workspace_needed, precis_workspace_size(nullptr));
}

TEST(Api, WorkspaceNeedsNoAlignment) {
    precis_config cfg{};
    cfg.limits = precis_limits{1024, 32, 256, 0, 1};
    size_t need = precis_workspace_size(&cfg.limits);
    std::vector<unsigned char> big(need + 8);
    precis_doc doc{kStory.data(), kStory.size()};
    for (size_t shift = 0; shift < 8; ++shift) {
        precis_span out[4];
        EXPECT_EQ(precis_summarize(&doc, 1, &cfg, big.data() + shift, need, out, 4, nullptr), 3) << shift;
    }
}

TEST(Api, NullPointersWithDataAreArgumentErrors) {
    std::vector<unsigned char> ws(precis_workspace_size(nullptr));
    precis_span out[4];
    precis_doc doc{kStory.data(), kStory.size()};
    precis_doc null_text{nullptr, 5};
    EXPECT_EQ(precis_summarize(nullptr, 1, nullptr, ws.data(), ws.size(), out, 4, nullptr), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_summarize(&null_text, 1, nullptr, ws.data(), ws.size(), out, 4, nullptr), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_summarize(&doc, 1, nullptr, ws.data(), ws.size(), nullptr, 4, nullptr), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_split(nullptr, 1, out, 4, nullptr), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_limits_for(&doc, 1, nullptr), PRECIS_ERR_ARGUMENT);
    precis_limits l;
    EXPECT_EQ(precis_limits_bound(&doc, 1, nullptr), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_limits_bound(&null_text, 1, &l), PRECIS_ERR_ARGUMENT);
}

TEST(Api, ConfigFieldsOutOfRangeAreArgumentErrors) {
    std::vector<unsigned char> ws(precis_workspace_size(nullptr));
    precis_span out[4];
    precis_doc doc{kStory.data(), kStory.size()};
    precis_config bad[6] = {};
    bad[0].budget_kind = 4;
    bad[1].budget_kind = PRECIS_BUDGET_RATIO;
    bad[1].budget = 1001;
    bad[2].algorithm = 99;
    bad[3].order = 2;
    bad[4].redundancy = 1001;
    bad[5].flags = 0x80;
    for (const precis_config &c : bad) {
        EXPECT_EQ(precis_summarize(&doc, 1, &c, ws.data(), ws.size(), out, 4, nullptr), PRECIS_ERR_ARGUMENT);
    }
}

TEST(Api, EmptyInputGivesNoSentencesAndNoError) {
    std::vector<unsigned char> ws(precis_workspace_size(nullptr));
    precis_span out[4];
    precis_doc empty{"", 0};
    precis_doc null_empty{nullptr, 0};
    EXPECT_EQ(precis_summarize(&empty, 1, nullptr, ws.data(), ws.size(), out, 4, nullptr), 0);
    EXPECT_EQ(precis_summarize(&null_empty, 1, nullptr, ws.data(), ws.size(), out, 4, nullptr), 0);
    EXPECT_EQ(precis_summarize(nullptr, 0, nullptr, ws.data(), ws.size(), out, 4, nullptr), 0);
}

TEST(Api, ZeroedConfigSelectsThreeSentencesInOriginalOrder) {
    test::Run r = test::summarize({kStory});
    ASSERT_EQ(r.status, 3);
    EXPECT_LT(r.spans[0].sentence, r.spans[1].sentence);
    EXPECT_LT(r.spans[1].sentence, r.spans[2].sentence);
    EXPECT_EQ(r.result.sentences, 4u);
    EXPECT_EQ(r.result.flags, 0u);
}

TEST(Api, OutputArrayCapacityBoundsTheCount) {
    std::vector<unsigned char> ws(precis_workspace_size(nullptr));
    precis_doc doc{kStory.data(), kStory.size()};
    precis_span out[2];
    EXPECT_EQ(precis_summarize(&doc, 1, nullptr, ws.data(), ws.size(), out, 1, nullptr), 1);
    EXPECT_EQ(precis_summarize(&doc, 1, nullptr, ws.data(), ws.size(), out, 0, nullptr), 0);
}

TEST(Api, SpansPointIntoTheCallersText) {
    test::Run r = test::summarize({kStory});
    ASSERT_GT(r.status, 0);
    for (const precis_span &s : r.spans) {
        EXPECT_EQ(s.document, 0u);
        ASSERT_LE(s.offset + s.length, kStory.size());
        std::string text = kStory.substr(s.offset, s.length);
        EXPECT_TRUE(text.back() == '.') << text;
        EXPECT_NE(text.front(), ' ');
    }
}

TEST(Api, SentencesBeyondMaxSentencesAreCutAndFlagged) {
    precis_config cfg{};
    cfg.limits.max_sentences = 2;
    test::Run r = test::summarize({kStory}, cfg);
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.result.sentences, 2u);
    EXPECT_TRUE(r.result.flags & PRECIS_TRUNCATED);
    for (const precis_span &s : r.spans) EXPECT_LT(s.sentence, 2u);
    EXPECT_EQ(r.result.bytes_read, kStory.find("Hundreds") + std::strlen("Hundreds of homes were flooded in the valley."));
}

TEST(Api, BytesBeyondMaxBytesAreCutAtTheLastWholeSentence) {
    precis_config cfg{};
    cfg.limits.max_bytes = 60;  // inside the second sentence
    test::Run r = test::summarize({kStory}, cfg);
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.result.flags & PRECIS_TRUNCATED);
    EXPECT_EQ(r.result.bytes_read, std::strlen("The river burst its banks on Monday."));
}

TEST(Api, TermsBeyondMaxTermsCutTheInputAtASentence) {
    precis_config cfg{};
    cfg.limits.max_terms = 6;  // the first sentence has river, burst, bank, monday
    test::Run r = test::summarize({kStory}, cfg);
    EXPECT_TRUE(r.result.flags & PRECIS_TRUNCATED);
    EXPECT_EQ(r.result.sentences, 1u);
    EXPECT_EQ(r.status, 1);
}

TEST(Api, DocumentsBeyondMaxDocumentsAreIgnoredAndFlagged) {
    precis_config cfg{};
    cfg.limits.max_documents = 1;
    test::Run r = test::summarize({kStory, "Another report entirely. It has two sentences."}, cfg);
    EXPECT_TRUE(r.result.flags & PRECIS_TRUNCATED);
    EXPECT_EQ(r.result.documents, 1u);
    for (const precis_span &s : r.spans) EXPECT_EQ(s.document, 0u);
}

TEST(Api, LimitsForFitTheInputSoNothingIsTruncated) {
    std::string sample = test::sample();
    std::vector<std::string> docs_texts{sample, kStory};
    std::vector<precis_doc> docs = test::docs_of(docs_texts);
    precis_config cfg{};
    ASSERT_EQ(precis_limits_for(docs.data(), docs.size(), &cfg.limits), PRECIS_OK);
    EXPECT_EQ(cfg.limits.max_bytes, sample.size() + kStory.size());
    EXPECT_EQ(cfg.limits.max_documents, 2u);
    test::Run r = test::summarize({sample, kStory}, cfg);
    EXPECT_EQ(r.result.flags & PRECIS_TRUNCATED, 0u);
    EXPECT_EQ(r.result.sentences, cfg.limits.max_sentences);
    // One sentence fewer than needed truncates: the figure is exact.
    cfg.limits.max_sentences -= 1;
    EXPECT_TRUE(test::summarize({sample, kStory}, cfg).result.flags & PRECIS_TRUNCATED);
}

// Inputs packed as densely as the segmenter and tokenizer allow: one-letter sentences and
// words, lines of one letter, ideographs (a bigram per character), numbers.
const std::vector<std::string> kDenseInputs = {
    "A. B. C. D. E. F. G.", "a\nb\nc\nd\ne\nf\n", "x y z w v u t",
    "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97\xE3\x80\x82\xE5\xA5\xBD\xE3\x80\x82", "1 2 3 4 5 6 7 8 9", "Go! Up! On! Do! So!", "",
    // A sentence end of each other kind: an inline list's ")", a Greek question mark, inline
    // bullets, ellipses, line breaks.
    "a) Ab b) Cd c) Ef d) Gh e) Ij", "\xCE\x91\xCE\xB2; \xCE\x93\xCE\xB4; \xCE\x95\xCE\xB6;",
    "\xE2\x80\xA2 Ab \xE2\x80\xA2 Cd \xE2\x80\xA2 Ef \xE2\x80\xA2 Gh", "Ab\xE2\x80\xA6 Cd\xE2\x80\xA6 Ef\xE2\x80\xA6 Gh",
    "Ab\rCd\rEf\rGh", "Ab\nCd\nEf\nGh",
    // Thai letters a space separates, each a sentence (segment.cpp after_spaced_script_break).
    "\xE0\xB8\x81 \xE0\xB8\x82 \xE0\xB8\x84 \xE0\xB8\x87 \xE0\xB8\x88"};

// precis_limits_bound against the exact counts of the language's segmentation, field by field.
void expect_bound_holds(const std::vector<precis_doc> &docs, int language, const std::string &what) {
    precis_limits exact, bound;
    ASSERT_EQ(precis_limits_for_language(docs.data(), docs.size(), language, &exact), PRECIS_OK) << what;
    ASSERT_EQ(precis_limits_bound(docs.data(), docs.size(), &bound), PRECIS_OK) << what;
    EXPECT_GE(bound.max_bytes, exact.max_bytes) << what;
    EXPECT_GE(bound.max_sentences, exact.max_sentences) << what;
    EXPECT_GE(bound.max_tokens, exact.max_tokens) << what;
    EXPECT_GE(bound.max_terms, exact.max_terms) << what;
    EXPECT_EQ(bound.max_documents, exact.max_documents) << what;
}

TEST(Api, LimitsBoundHoldEveryDenseInput) {
    std::vector<std::string> inputs = kDenseInputs;
    inputs.push_back(test::sample());
    for (const std::string &text : inputs) {
        std::vector<precis_doc> docs{precis_doc{text.data(), text.size()}};
        expect_bound_holds(docs, PRECIS_LANGUAGE_ENGLISH, text);
    }
}

// Random texts made of the pieces the segmenter and tokenizer treat specially (terminators,
// abbreviations, list markers, line breaks, numbers, quotes, other scripts' letters and
// terminators, bullets, invalid bytes), in one to three documents, read in every language of
// the build: the one-pass bound is never below the exact counts.
TEST(Api, LimitsBoundHoldRandomTextsInEveryLanguage) {
    static const char *const kPieces[] = {
        "The", "he", "a", "U.S.", "Mr.", "Inc.", "Der", "3.5", "1,000", "2.", "b)", "3.)", " ", " ", "  ", ".", "!",
        "?", ";", ")", "(", "\"", "'", "-", "\n", "\r\n", "\n\n", "\t", "...", "\xE2\x80\xA6", "\xE2\x80\xA2 ",
        "\xE3\x80\x82", "\xEF\xBC\x81", "\xE4\xB8\xAD\xE6\x96\x87", "\xCE\xB1\xCE\xB2;", "\xD8\x9F",
        "\xE0\xA5\xA4", "caf\xC3\xA9", "\xC3\x89t\xC3\xA9", "\xF0\x9F\x91\x8D", "\xC0\xAF", "\xFF", "x",
        "Oktober", "http://a.b/c", "e-mail", "don't", "(AP) --", "\xE0\xB8\x81", "\xE0\xB9\x86",
        "\xE0\xBA\x81", "\xE1\x9F\x94"};
    const std::size_t kCount = sizeof kPieces / sizeof kPieces[0];
    uint32_t seed = 12345;
    auto next = [&seed]() {
        seed = seed * 1103515245u + 12345u;
        return seed >> 8;
    };
    for (int round = 0; round < 400; ++round) {
        std::vector<std::string> texts(1 + next() % 3);
        for (std::string &t : texts) {
            const uint32_t pieces = next() % 60;
            for (uint32_t k = 0; k < pieces; ++k) t += kPieces[next() % kCount];
        }
        std::vector<precis_doc> docs = test::docs_of(texts);
        for (int language = 0; language < PRECIS_LANGUAGE_COUNT; ++language) {
            if (!precis_language_available(language)) continue;
            expect_bound_holds(docs, language, "round " + std::to_string(round) + " language " + std::to_string(language));
        }
        if (HasFailure()) return;
    }
}

TEST(Api, LimitsBoundGiveTheSameSummaryAsExactLimits) {
    std::vector<std::string> inputs = kDenseInputs;
    inputs.push_back(test::sample());
    inputs.push_back(kStory);
    for (const std::string &text : inputs) {
        precis_doc doc{text.data(), text.size()};
        precis_config exact{}, bound{};
        exact.budget_kind = bound.budget_kind = PRECIS_BUDGET_BYTES;
        exact.budget = bound.budget = 200;
        ASSERT_EQ(precis_limits_for(&doc, 1, &exact.limits), PRECIS_OK);
        ASSERT_EQ(precis_limits_bound(&doc, 1, &bound.limits), PRECIS_OK);
        test::Run a = test::summarize({text}, exact), b = test::summarize({text}, bound);
        ASSERT_EQ(a.status, b.status) << text;
        EXPECT_EQ(a.result.flags, b.result.flags) << text;
        for (std::size_t i = 0; i < a.spans.size() && i < b.spans.size(); ++i) {
            EXPECT_EQ(a.spans[i].offset, b.spans[i].offset) << text;
            EXPECT_EQ(a.spans[i].score, b.spans[i].score) << text;
            EXPECT_EQ(a.spans[i].trim, b.spans[i].trim) << text;
        }
    }
}

TEST(Api, LimitsBoundCapDistinctTermsAtTheCeilingAsLimitsForDoes) {
    std::string big;
    while (big.size() < 4u * PRECIS_LIMIT_TERMS) big += "ab ";  // a word every three bytes
    precis_doc doc{big.data(), big.size()};
    precis_limits bound, exact;
    ASSERT_EQ(precis_limits_bound(&doc, 1, &bound), PRECIS_OK);
    ASSERT_EQ(precis_limits_for(&doc, 1, &exact), PRECIS_OK);
    EXPECT_EQ(bound.max_terms, PRECIS_LIMIT_TERMS);
    EXPECT_EQ(exact.max_terms, PRECIS_LIMIT_TERMS);
    EXPECT_EQ(bound.max_tokens, big.size() / 3);
    precis_doc small{big.data(), 999};
    ASSERT_EQ(precis_limits_bound(&small, 1, &bound), PRECIS_OK);
    EXPECT_EQ(bound.max_tokens, 333u);
    EXPECT_EQ(bound.max_terms, 333u);
    EXPECT_EQ(bound.max_sentences, 1u);
}

TEST(Api, LimitsBoundAreALimitsErrorBeyondTheSentenceCeiling) {
    std::string lines(2u * PRECIS_LIMIT_SENTENCES + 4, '\n');  // half the bytes pass the ceiling
    precis_doc doc{lines.data(), lines.size()};
    precis_limits l;
    EXPECT_EQ(precis_limits_bound(&doc, 1, &l), PRECIS_ERR_LIMITS);
}

TEST(Api, LimitsBoundNeverPassHalfTheBytes) {
    std::string dots(1000, '.');  // a possible sentence end at every byte
    precis_doc doc{dots.data(), dots.size()};
    precis_limits l;
    ASSERT_EQ(precis_limits_bound(&doc, 1, &l), PRECIS_OK);
    EXPECT_EQ(l.max_sentences, 501u);  // (1000 + 1) / 2 + 1
}

TEST(Api, LimitsBoundHoldManyDocumentsOfOneByte) {
    // Each document ends a sentence of its own: a thousand documents of one byte are a thousand
    // sentences, though the bytes of all of them would hold only 501 in one document.
    std::vector<std::string> texts(1000, "x");
    texts.push_back("The ferry company cancelled all crossings on Thursday because of the storm.");
    std::vector<precis_doc> docs = test::docs_of(texts);
    expect_bound_holds(docs, PRECIS_LANGUAGE_ENGLISH, "1000 documents of one byte");
    precis_config cfg{};
    ASSERT_EQ(precis_limits_bound(docs.data(), docs.size(), &cfg.limits), PRECIS_OK);
    test::Run r = test::summarize(texts, cfg);
    EXPECT_EQ(r.result.flags & PRECIS_TRUNCATED, 0u);
    EXPECT_EQ(r.result.sentences, 1001u);
}

TEST(Api, InvalidUtf8AndNulBytesAreFlaggedNotFatal) {
    std::string text = "Valid start here. Bad \xC0\xAF byte and a NUL inside. Fine end.";
    text.insert(text.find("NUL") - 1, 1, '\0');  // a literal would end at the NUL
    test::Run r = test::summarize({text});
    EXPECT_GT(r.status, 0);
    EXPECT_TRUE(r.result.flags & PRECIS_INVALID_UTF8);
    EXPECT_TRUE(r.result.flags & PRECIS_NUL_BYTES);
}

TEST(Api, SplitCountsAllSentencesEvenBeyondCapacity) {
    precis_doc doc{kStory.data(), kStory.size()};
    EXPECT_EQ(precis_split(&doc, 1, nullptr, 0, nullptr), 4);
    precis_span out[2];
    precis_result r{};
    EXPECT_EQ(precis_split(&doc, 1, out, 2, &r), 4);
    EXPECT_EQ(r.sentences, 4u);
    EXPECT_EQ(out[0].offset, 0u);
    EXPECT_EQ(out[1].sentence, 1u);
    EXPECT_EQ(kStory.substr(out[1].offset, out[1].length), "Hundreds of homes were flooded in the valley.");
}

TEST(Api, SplitAndSummarizeCutTheDatelineFromTheSpan) {
    std::string text = "LONDON (Reuters) - The bank raised rates on Thursday. Markets fell sharply.";
    precis_doc doc{text.data(), text.size()};
    precis_span out[2];
    ASSERT_EQ(precis_split(&doc, 1, out, 2, nullptr), 2);
    EXPECT_EQ(text.substr(out[0].offset, out[0].length), "The bank raised rates on Thursday.");
    test::Run r = test::summarize({text});
    ASSERT_GT(r.status, 0);
    EXPECT_EQ(text.substr(r.spans[0].offset, r.spans[0].length), "The bank raised rates on Thursday.");
}

// A state whose abbreviation is also a word ("Wash.", "Ill.") ends a sentence for the segmenter,
// so the dateline's head comes out alone ("NEAH BAY, Wash."); read on into the next sentence, the
// dateline ends after its separator, and the head is no sentence of its own.
TEST(Api, ADatelineTheSegmenterSplitIsNoSentence) {
    const std::pair<std::string, std::string> cases[] = {
        {"NEAH BAY, Wash. _ Micah McCarty rises with the sun. He swims.", "Micah McCarty rises with the sun."},
        {"BOURBONNAIS, Ill. (AP) -- Investigators are analyzing tire tracks. More came.",
         "Investigators are analyzing tire tracks."},
    };
    for (const auto &c : cases) {
        precis_doc doc{c.first.data(), c.first.size()};
        precis_span out[3];
        ASSERT_EQ(precis_split(&doc, 1, out, 3, nullptr), 2) << c.first;
        EXPECT_EQ(c.first.substr(out[0].offset, out[0].length), c.second);
        EXPECT_EQ(out[0].sentence, 0u);
    }
    // A sentence that ends on a state's abbreviation stays one.
    std::string plain = "The family moved to Seattle, Wash. They liked it there.";
    precis_doc doc{plain.data(), plain.size()};
    precis_span out[3];
    ASSERT_EQ(precis_split(&doc, 1, out, 3, nullptr), 2);
    EXPECT_EQ(plain.substr(out[0].offset, out[0].length), "The family moved to Seattle, Wash.");
}

TEST(Api, JoinCollapsesWhitespaceAndSeparatesSentences) {
    std::string a = "One  two\n\tthree.", b = "Four five.";
    std::vector<std::string> docs_texts{a, b};
    std::vector<precis_doc> docs = test::docs_of(docs_texts);
    precis_span spans[2] = {{0, 0, static_cast<uint32_t>(a.size()), 0, 0, 0}, {1, 0, static_cast<uint32_t>(b.size()), 1, 0, 0}};
    char buf[64];
    int n = precis_join(docs.data(), 2, spans, 2, " | ", buf, sizeof buf);
    EXPECT_EQ(std::string(buf), "One two three. | Four five.");
    EXPECT_EQ(n, static_cast<int>(std::strlen(buf)));
    EXPECT_EQ(precis_join(docs.data(), 2, spans, 2, " | ", nullptr, 0), n);
}

TEST(Api, JoinIntoTooSmallBufferIsAnOutputError) {
    std::string a = "One two three.";
    precis_doc doc{a.data(), a.size()};
    precis_span span{0, 0, static_cast<uint32_t>(a.size()), 0, 0, 0};
    char buf[14];  // room for the text but not its NUL
    EXPECT_EQ(precis_join(&doc, 1, &span, 1, "", buf, sizeof buf), PRECIS_ERR_OUTPUT);
    EXPECT_EQ(buf[0], '\0');
}

TEST(Api, JoinOfTextBeyondTheByteCeilingIsAnOutputErrorWithAnEmptyString) {
    // 2100 separators of 1 MiB: more than PRECIS_LIMIT_BYTES, which an int could not return.
    std::string a = "Hi.";
    precis_doc doc{a.data(), a.size()};
    std::vector<precis_span> spans(2100, precis_span{0, 0, static_cast<uint32_t>(a.size()), 0, 0, 0});
    std::string separator(1u << 20, '-');
    char buf[16] = "stale";
    EXPECT_EQ(precis_join(&doc, 1, spans.data(), spans.size(), separator.c_str(), buf, sizeof buf), PRECIS_ERR_OUTPUT);
    EXPECT_EQ(buf[0], '\0');
    EXPECT_EQ(precis_join(&doc, 1, spans.data(), spans.size(), separator.c_str(), nullptr, 0), PRECIS_ERR_OUTPUT);
}

TEST(Api, JoinRejectsSpansOutsideTheirDocument) {
    std::string a = "One two three.";
    precis_doc doc{a.data(), a.size()};
    precis_span past_end{0, 10, 10, 0, 0, 0}, bad_doc{1, 0, 3, 0, 0, 0};
    char buf[64];
    EXPECT_EQ(precis_join(&doc, 1, &past_end, 1, "", buf, sizeof buf), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_join(&doc, 1, &bad_doc, 1, "", buf, sizeof buf), PRECIS_ERR_ARGUMENT);
}

}  // namespace
