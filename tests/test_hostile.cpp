// Hard inputs: what the library does with text that no news report looks like. Each TEST is one
// behaviour. Every input is summarized twice, with default limits (the input may be cut: then
// PRECIS_TRUNCATED) and with limits from precis_limits_for (nothing cut), and every result is
// checked for sanity (spans inside their documents, no whitespace at their ends, counts within
// the budget). The big inputs (10 MB, a million sentences) are big enough that quadratic work
// would take minutes: tests/CMakeLists.txt gives these tests a ctest TIMEOUT, so a regression to
// super-linear time fails as a timeout. Nothing here measures time.
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "support.h"

namespace {

constexpr std::size_t kTenMegabytes = 10u * 1024 * 1024;

bool is_space_byte(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0;
}

// A pseudo-word of lower-case letters, distinct for each i (no stopword: it starts with "k" and
// ends with "o", and none of the stopwords does both).
std::string word(unsigned i) {
    std::string w = "k";
    do {
        w += static_cast<char>('a' + i % 26);
        i /= 26;
    } while (i != 0);
    return w + "o";
}

std::string capitalized(std::string w) {
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
}

std::string repeat(const std::string &s, std::size_t times) {
    std::string out;
    out.reserve(s.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += s;
    return out;
}

// Checks what holds for any successful call, whatever the input.
void expect_sane(const std::vector<std::string> &texts, const test::Run &r, uint32_t max_count = 3) {
    ASSERT_GE(r.status, 0) << precis_status_name(r.status);
    EXPECT_LE(static_cast<uint32_t>(r.status), max_count);
    EXPECT_LE(static_cast<uint32_t>(r.status), r.result.sentences);
    EXPECT_EQ(r.result.flags & ~(PRECIS_TRUNCATED | PRECIS_INVALID_UTF8 | PRECIS_NUL_BYTES | PRECIS_NOTHING_FITS), 0u);
    std::size_t total = 0;
    for (const std::string &t : texts) total += t.size();
    EXPECT_LE(r.result.bytes_read, total);
    EXPECT_LE(r.result.documents, texts.size());
    std::vector<uint32_t> previous(texts.size(), 0);
    std::vector<bool> seen(texts.size(), false);
    for (std::size_t i = 0; i < r.spans.size(); ++i) {
        const precis_span &s = r.spans[i];
        ASSERT_LT(s.document, texts.size());
        const std::string &t = texts[s.document];
        ASSERT_LE(s.offset, t.size());
        ASSERT_LE(s.length, t.size() - s.offset);
        ASSERT_GT(s.length, 0u);
        EXPECT_FALSE(is_space_byte(static_cast<unsigned char>(t[s.offset]))) << "span " << i << " starts with a space";
        EXPECT_FALSE(is_space_byte(static_cast<unsigned char>(t[s.offset + s.length - 1]))) << "span " << i;
        EXPECT_LT(s.sentence, r.result.sentences);
        // Story order keeps each document's own order (and a sentence appears once).
        if (seen[s.document]) {
            EXPECT_GT(s.sentence, previous[s.document]) << "original order within a document";
        }
        seen[s.document] = true;
        previous[s.document] = s.sentence;
    }
}

// The text of each span as precis_join writes it, with a buffer of the size it asks for.
std::vector<std::string> joined(const std::vector<std::string> &texts, const test::Run &r) {
    std::vector<precis_doc> docs = test::docs_of(texts);
    std::vector<std::string> out;
    for (const precis_span &s : r.spans) {
        int n = precis_join(docs.data(), docs.size(), &s, 1, "", nullptr, 0);
        EXPECT_GE(n, 0);
        std::string text(n > 0 ? static_cast<std::size_t>(n) + 1 : 1, '\0');
        EXPECT_EQ(precis_join(docs.data(), docs.size(), &s, 1, "", &text[0], text.size()), n);
        text.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
        out.push_back(text);
    }
    return out;
}

test::Run summarize_default(const std::vector<std::string> &texts) { return test::summarize(texts); }

// Limits sized to the input by precis_limits_for: the whole input is read.
test::Run summarize_fitted(const std::vector<std::string> &texts, int *limits_status = nullptr) {
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_config cfg{};
    int st = precis_limits_for(docs.data(), docs.size(), &cfg.limits);
    if (limits_status) *limits_status = st;
    EXPECT_EQ(st, PRECIS_OK);
    return test::summarize(texts, cfg);
}

uint32_t split_count(const std::vector<std::string> &texts) {
    std::vector<precis_doc> docs = test::docs_of(texts);
    return static_cast<uint32_t>(precis_split(docs.data(), docs.size(), nullptr, 0, nullptr));
}

std::vector<std::string> split_texts(const std::vector<std::string> &texts) {
    std::vector<precis_doc> docs = test::docs_of(texts);
    int n = precis_split(docs.data(), docs.size(), nullptr, 0, nullptr);
    std::vector<precis_span> spans(n > 0 ? static_cast<std::size_t>(n) : 0);
    precis_split(docs.data(), docs.size(), spans.data(), spans.size(), nullptr);
    std::vector<std::string> out;
    for (const precis_span &s : spans) out.push_back(test::text_of(texts, s));
    return out;
}

const std::string kStory =
    "The storm flooded the coastal town overnight. Rescue teams reached stranded families by boat. "
    "Power was restored to most homes on Tuesday. Officials said the river would fall by the weekend.";

// ---- Empty and blank ---------------------------------------------------------------------------

TEST(Hostile, EmptyInputGivesNoSentences) {
    for (const test::Run &r : {summarize_default({""}), summarize_fitted({""})}) {
        EXPECT_EQ(r.status, 0);
        EXPECT_EQ(r.result.sentences, 0u);
        EXPECT_EQ(r.result.flags, 0u);
    }
}

TEST(Hostile, EmptyDocumentsAmongOthersAreSkipped) {
    std::vector<std::string> texts{"", kStory, ""};
    test::Run d = summarize_default(texts), f = summarize_fitted(texts);
    expect_sane(texts, d);
    expect_sane(texts, f);
    EXPECT_EQ(d.status, 3);
    EXPECT_EQ(f.status, 3);
    for (const precis_span &s : f.spans) EXPECT_EQ(s.document, 1u);
    EXPECT_EQ(f.result.documents, 3u);
}

TEST(Hostile, WhitespaceOnlyGivesNoSentences) {
    std::vector<std::string> texts{" \t\n\r\v\f  \n\n\t"};
    for (const test::Run &r : {summarize_default(texts), summarize_fitted(texts)}) {
        EXPECT_EQ(r.status, 0);
        EXPECT_EQ(r.result.sentences, 0u);
        EXPECT_EQ(r.result.flags, 0u);
    }
}

TEST(Hostile, WhitespaceBeyondTheByteLimitIsFlaggedTruncatedButGivesNoSentences) {
    std::vector<std::string> texts{repeat(" \t\n\r\v\f", 20000)};  // 120 kB, default max_bytes is 64 KiB
    test::Run d = summarize_default(texts);
    EXPECT_EQ(d.status, 0);
    EXPECT_EQ(d.result.flags, PRECIS_TRUNCATED);
    test::Run f = summarize_fitted(texts);
    EXPECT_EQ(f.status, 0);
    EXPECT_EQ(f.result.flags, 0u);
    EXPECT_EQ(f.result.bytes_read, texts[0].size());
}

// ---- No letters --------------------------------------------------------------------------------

TEST(Hostile, DigitsOnlyAreSentencesWithNothingToSay) {
    // Numbers are words and their lines sentences, but a sentence's numbers count as one content
    // word (content.h): none has the two a statement needs, so none is selected, and nothing is
    // flagged (no informative sentence was left out).
    std::vector<std::string> texts{"123 456. 789 1,000.\n3.14 2.71. 42!"};
    test::Run d = summarize_default(texts), f = summarize_fitted(texts);
    expect_sane(texts, d);
    expect_sane(texts, f);
    EXPECT_EQ(d.status, 0);
    EXPECT_EQ(d.result.sentences, 4u);
    EXPECT_EQ(d.result.flags, 0u);
    texts[0] += " 42 boats sank.";
    EXPECT_EQ(joined(texts, summarize_default(texts)), std::vector<std::string>{"42 boats sank."});
}

TEST(Hostile, PunctuationOnlyNeverCrashesAndStaysWithinTheBudget) {
    // Documented behaviour: the segmenter does not judge content, so punctuation still forms
    // "sentences" (they have no terms and score by position only).
    std::vector<std::string> texts{"!!! ??? ... ;;; --- ((( ))) ,,,\n!!!\n???\n...\n---\n\"\"\"\n'''\n***"};
    test::Run d = summarize_default(texts), f = summarize_fitted(texts);
    expect_sane(texts, d);
    expect_sane(texts, f);
    EXPECT_EQ(d.result.flags, 0u);
}

TEST(Hostile, EmojiOnlyNeverCrashesAndStaysWithinTheBudget) {
    std::vector<std::string> texts{
        "\xF0\x9F\x98\x80 \xF0\x9F\x94\xA5. \xF0\x9F\x8E\x89! \xE2\x9C\x85\xE2\x9C\x85\n"
        "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xAC\xF0\x9F\x87\xA7 \xE2\x9D\xA4\xEF\xB8\x8F."};
    test::Run d = summarize_default(texts), f = summarize_fitted(texts);
    expect_sane(texts, d);
    expect_sane(texts, f);
    // Emoji, their skin tones, flags and variation selectors are no words: nothing is informative,
    // so nothing is selected, and that is no error.
    EXPECT_EQ(d.status, 0);
    EXPECT_EQ(d.result.flags, 0u);
}

// ---- Size --------------------------------------------------------------------------------------

std::string ten_megabyte_line() {
    std::string line;
    line.reserve(kTenMegabytes + 16);
    for (unsigned i = 0; line.size() < kTenMegabytes; ++i) {
        line += word(i % 4000);
        line += ' ';
    }
    line.pop_back();  // no terminator, no line break
    return line;
}

TEST(Hostile, TenMegabyteLineWithoutTerminatorIsCutToNothingByDefaultLimits) {
    // The only sentence is cut by max_bytes, and a sentence the byte limit cuts through is left out.
    std::vector<std::string> texts{ten_megabyte_line()};
    test::Run d = summarize_default(texts);
    EXPECT_EQ(d.status, 0);
    EXPECT_EQ(d.result.flags, PRECIS_TRUNCATED);
    EXPECT_EQ(d.result.sentences, 0u);
    EXPECT_EQ(d.result.bytes_read, 0u);
}

TEST(Hostile, TenMegabyteLineWithoutTerminatorIsOneSentenceWithFittedLimits) {
    std::vector<std::string> texts{ten_megabyte_line()};
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    ASSERT_EQ(f.status, 1);
    EXPECT_EQ(f.result.flags, 0u);
    EXPECT_EQ(f.spans[0].offset, 0u);
    EXPECT_EQ(f.spans[0].length, texts[0].size());
}

std::string million_one_word_sentences() {
    std::string text;
    text.reserve(8u * 1000000);
    for (unsigned i = 0; i < 1000000; ++i) text += capitalized(word(i % 5000)) + ". ";
    return text;
}

// One-word sentences are read and counted, and none is selected: one content word says nothing
// (src/content.h).
TEST(Hostile, MillionOneWordSentencesAreCutAtMaxSentencesByDefault) {
    std::vector<std::string> texts{million_one_word_sentences()};
    test::Run d = summarize_default(texts);
    expect_sane(texts, d);
    EXPECT_EQ(d.status, 0);
    EXPECT_TRUE(d.result.flags & PRECIS_TRUNCATED);
    EXPECT_LE(d.result.sentences, 1024u);
}

TEST(Hostile, MillionOneWordSentencesAreAllReadWithFittedLimits) {
    std::vector<std::string> texts{million_one_word_sentences()};
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    EXPECT_EQ(f.status, 0);
    EXPECT_EQ(f.result.flags, 0u);
    EXPECT_EQ(f.result.sentences, 1000000u);
    EXPECT_EQ(split_count(texts), 1000000u);
}

TEST(Hostile, MoreDistinctTermsThanTheCeilingTruncatesAndSaysSo) {
    // precis_limits_for cannot count distinct terms without a table: its max_terms is at most the
    // 65535 ceiling. Input with more distinct terms is cut at the sentence where the table fills,
    // and PRECIS_TRUNCATED says so: never a silent cut.
    std::string text;
    for (unsigned i = 0; i < 70000; ++i) text += capitalized(word(i)) + " " + word(i + 100000) + ". ";
    std::vector<std::string> texts{text};
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    EXPECT_EQ(f.status, 3);
    EXPECT_TRUE(f.result.flags & PRECIS_TRUNCATED);
    EXPECT_LT(f.result.sentences, 70000u);
    EXPECT_LT(f.result.bytes_read, text.size());
}

// Sentences without a content word are read, and never selected (src/content.h).
TEST(Hostile, EveryWordAStopwordIsReadAndNothingIsSelected) {
    std::vector<std::string> texts{
        repeat("It was the one that they had been about to do. ", 100) +
        repeat("We would not have done it if you had been there. ", 100)};
    test::Run d = summarize_default(texts), f = summarize_fitted(texts);
    expect_sane(texts, d);
    expect_sane(texts, f);
    EXPECT_EQ(d.status, 0);
    EXPECT_EQ(f.status, 0);
    EXPECT_EQ(f.result.sentences, 200u);
}

TEST(Hostile, SameSentenceRepeatedTenThousandTimesIsSelectedOnce) {
    std::vector<std::string> texts{repeat("The storm flooded the coastal town overnight. ", 10000)};
    test::Run d = summarize_default(texts);
    expect_sane(texts, d);
    EXPECT_EQ(d.status, 1);
    EXPECT_TRUE(d.result.flags & PRECIS_TRUNCATED);
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    EXPECT_EQ(f.status, 1);
    EXPECT_EQ(f.result.flags, 0u);
    EXPECT_EQ(f.result.sentences, 10000u);
    EXPECT_EQ(joined(texts, f)[0], "The storm flooded the coastal town overnight.");
}

TEST(Hostile, SameSentenceRepeatedInTenThousandDocumentsIsSelectedOnce) {
    std::vector<std::string> texts(10000, "The storm flooded the coastal town overnight.");
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    EXPECT_EQ(f.status, 1);
    EXPECT_EQ(f.result.documents, 10000u);
    test::Run d = summarize_default(texts);  // 16 documents by default
    expect_sane(texts, d);
    EXPECT_TRUE(d.result.flags & PRECIS_TRUNCATED);
    EXPECT_EQ(d.result.documents, 16u);
}

// A long sentence chosen first, then many candidates that repeat it: each candidate's redundancy
// check must not walk the whole token run of the chosen sentence (it did before commit 7168223:
// candidates x tokens, minutes for 10 MB; 1.3 MB took 5 s).
TEST(Hostile, LongChosenSentenceWithManyRepeatsTakesLinearTime) {
    const unsigned k = 300000;  // ~10 MB
    std::string text = "Storm";
    text.reserve(35u * k);
    for (unsigned i = 0; i < k; ++i) text += " hits town storm";
    text += ". ";
    for (unsigned i = 0; i < k; ++i) text += "Storm hits town. ";
    std::vector<std::string> texts{text};
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    EXPECT_EQ(f.result.sentences, k + 1);
}

// The lead algorithm puts the long first sentence first whatever its words: same fault.
TEST(Hostile, LeadAlgorithmWithLongFirstSentenceAndManyRepeatsTakesLinearTime) {
    const unsigned k = 300000;
    std::string text = "Opening";
    for (unsigned i = 0; i < k; ++i) text += " " + word(i % 5000);
    text += ". ";
    for (unsigned i = 0; i < k; ++i) text += "Storm hits town. ";
    std::vector<std::string> texts{text};
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_config cfg{};
    ASSERT_EQ(precis_limits_for(docs.data(), docs.size(), &cfg.limits), PRECIS_OK);
    cfg.algorithm = PRECIS_ALGO_LEAD;
    cfg.budget = 10;
    test::Run f = test::summarize(texts, cfg);
    expect_sane(texts, f, 10);
}

// ---- Every algorithm --------------------------------------------------------------------------

// ~9 MB in two reports: a first sentence of 750,000 words (4 MB) followed by 250,000 short
// sentences that repeat its words (4 MB), and 50,000 distinct short sentences. Any per-sentence
// work that walks the long sentence, or any work over pairs of sentences, takes minutes here.
const std::vector<std::string> &every_algorithm_input() {
    static const std::vector<std::string> texts = [] {
        const unsigned k = 250000;
        std::string a = "Storm";
        a.reserve(8700000);
        for (unsigned i = 0; i < k; ++i) a += " hits town storm";
        a += ". ";
        for (unsigned i = 0; i < k; ++i) a += "Storm hits town. ";
        std::string b;
        for (unsigned i = 0; i < k / 5; ++i) b += capitalized(word(i % 5000)) + " " + word((i * 7) % 3000) + " " + word((i * 13) % 2000) + ". ";
        return std::vector<std::string>{a, b};
    }();
    return texts;
}

class HostileAlgorithm : public ::testing::TestWithParam<uint32_t> {};

TEST_P(HostileAlgorithm, LongFirstSentenceAndManyShortOnesTakeLinearTime) {
    PRECIS_SKIP_WITHOUT(GetParam());
    const std::vector<std::string> &texts = every_algorithm_input();
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_config cfg{};
    ASSERT_EQ(precis_limits_for(docs.data(), docs.size(), &cfg.limits), PRECIS_OK);
    cfg.algorithm = GetParam();
    cfg.budget = 20;
    test::Run r = test::summarize(texts, cfg);
    expect_sane(texts, r, 20);
    EXPECT_GT(r.status, 0);
    EXPECT_EQ(r.result.flags, 0u);
    EXPECT_EQ(r.result.sentences, 300001u);  // 1 + 250,000 + 50,000
}

const char *const kAlgorithmNames[] = {"default", "lead", "luhn", "textrank", "lexrank", "sumbasic", "klsum", "centroid"};
static_assert(sizeof kAlgorithmNames / sizeof kAlgorithmNames[0] == PRECIS_ALGO_COUNT, "one name per algorithm");

std::string algorithm_name(const ::testing::TestParamInfo<uint32_t> &info) { return kAlgorithmNames[info.param]; }

// Centroid is in the list since MEAD's first-sentence overlap goes through for_each_shared_term
// (it merged every sentence with the whole first sentence: 6.6 MB took 105 s).
INSTANTIATE_TEST_SUITE_P(Algorithms, HostileAlgorithm,
                         ::testing::Values(PRECIS_ALGO_DEFAULT, PRECIS_ALGO_LEAD, PRECIS_ALGO_LUHN, PRECIS_ALGO_TEXTRANK,
                                           PRECIS_ALGO_LEXRANK, PRECIS_ALGO_SUMBASIC, PRECIS_ALGO_KLSUM,
                                           PRECIS_ALGO_CENTROID),
                         algorithm_name);

// The graph holds at most kGraphSentences nodes whatever the number of documents (it once took
// one node per document: 40,000 one-line reports took 39 s).
TEST(Hostile, GraphAlgorithmsWithTheMostDocumentsTakeLinearTime) {
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_TEXTRANK);
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_LEXRANK);
    std::vector<std::string> texts;
    // A vocabulary below PRECIS_LIMIT_TERMS, so that precis_limits_for's limits hold everything.
    for (unsigned i = 0; i < PRECIS_LIMIT_DOCUMENTS; ++i) {
        texts.push_back(capitalized(word(i % 5000)) + " " + word((i + 1) % 5000) + " storm. Town floods.");
    }
    for (uint32_t algorithm : {PRECIS_ALGO_TEXTRANK, PRECIS_ALGO_LEXRANK}) {
        std::vector<precis_doc> docs = test::docs_of(texts);
        precis_config cfg{};
        ASSERT_EQ(precis_limits_for(docs.data(), docs.size(), &cfg.limits), PRECIS_OK);
        cfg.algorithm = algorithm;
        test::Run r = test::summarize(texts, cfg);
        expect_sane(texts, r);
        EXPECT_EQ(r.result.documents, PRECIS_LIMIT_DOCUMENTS);
    }
}

// TextRank and LexRank recompute the edge weights in each power iteration (O(sentences) memory on
// an MCU instead of a 128 x 128 table): linear in the graph's tokens, with a constant of up to
// 128 x iterations. 128 reports whose first sentences have 4,000 words (3 MB) stay well inside
// the test's timeout.
TEST(Hostile, GraphAlgorithmsWithLongLeadSentencesStayLinear) {
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_TEXTRANK);
    PRECIS_SKIP_WITHOUT(PRECIS_ALGO_LEXRANK);
    std::vector<std::string> texts;
    unsigned x = 1;
    for (unsigned d = 0; d < 128; ++d) {
        std::string t = "Storm";
        for (unsigned i = 0; i < 4000; ++i) {
            x = x * 1103515245u + 12345u;
            t += " " + word((x >> 8) % 3000);
        }
        texts.push_back(t + ". Town floods.");
    }
    for (uint32_t algorithm : {PRECIS_ALGO_TEXTRANK, PRECIS_ALGO_LEXRANK}) {
        std::vector<precis_doc> docs = test::docs_of(texts);
        precis_config cfg{};
        ASSERT_EQ(precis_limits_for(docs.data(), docs.size(), &cfg.limits), PRECIS_OK);
        cfg.algorithm = algorithm;
        test::Run r = test::summarize(texts, cfg);
        expect_sane(texts, r);
    }
}

// ---- Encoding ----------------------------------------------------------------------------------

// Invalid sequences are flagged, separate words, and are never rewritten: the spans hold them.
void expect_invalid_utf8_kept(const std::string &bad) {
    std::vector<std::string> texts{"The storm hit the " + bad + " town overnight. Rescue teams arrived by boat."};
    for (const test::Run &r : {summarize_default(texts), summarize_fitted(texts)}) {
        expect_sane(texts, r);
        EXPECT_EQ(r.status, 2) << "input with " << bad.size() << " bad bytes";
        EXPECT_EQ(r.result.flags, PRECIS_INVALID_UTF8);
        ASSERT_GT(r.status, 0);
        EXPECT_NE(joined(texts, r)[0].find(bad), std::string::npos);
    }
}

TEST(Hostile, OverlongFormsAreFlaggedAndKept) {
    expect_invalid_utf8_kept("\xC0\xAF");
    expect_invalid_utf8_kept("\xC1\xBF");
    expect_invalid_utf8_kept("\xE0\x80\xAF");
    expect_invalid_utf8_kept("\xF0\x80\x80\xAF");
}

TEST(Hostile, SurrogatesAreFlaggedAndKept) {
    expect_invalid_utf8_kept("\xED\xA0\x80");
    expect_invalid_utf8_kept("\xED\xBF\xBF");
    expect_invalid_utf8_kept("\xED\xA0\xBD\xED\xB8\x80");  // CESU-8 style pair
}

TEST(Hostile, TruncatedSequencesAreFlaggedAndKept) {
    expect_invalid_utf8_kept("\xE2\x82");
    expect_invalid_utf8_kept("\xF0\x9F\x98");
    expect_invalid_utf8_kept("\xC3");
}

TEST(Hostile, StrayContinuationBytesAreFlaggedAndKept) {
    expect_invalid_utf8_kept("\x80");
    expect_invalid_utf8_kept("\xBF\xBF\xBF");
    expect_invalid_utf8_kept("a\x80z");
}

TEST(Hostile, BytesThatNeverAppearInUtf8AreFlaggedAndKept) {
    expect_invalid_utf8_kept("\xFE\xFF");
    expect_invalid_utf8_kept("\xF5\x80\x80\x80");
    expect_invalid_utf8_kept("\xF4\x90\x80\x80");  // above U+10FFFF
}

TEST(Hostile, TruncatedSequenceAtTheVeryEndOfEachDocumentIsReadSafely) {
    // Each text is copied to an allocation of exactly its size (a std::string has room for a NUL
    // after its end): the sanitizer build catches any read past the end while decoding.
    for (const char *tail : {"\xC3", "\xE2\x82", "\xF0\x9F\x98", "\xE2", "\xF0"}) {
        std::vector<std::string> texts{std::string("Storm hits town. End cut ") + tail, std::string("Rain ") + tail};
        std::vector<std::unique_ptr<char[]>> copies;
        std::vector<precis_doc> docs;
        for (const std::string &t : texts) {
            copies.emplace_back(new char[t.size()]);
            std::memcpy(copies.back().get(), t.data(), t.size());
            docs.push_back(precis_doc{copies.back().get(), t.size()});
        }
        for (int fitted = 0; fitted < 2; ++fitted) {
            precis_config cfg{};
            if (fitted) {
                ASSERT_EQ(precis_limits_for(docs.data(), docs.size(), &cfg.limits), PRECIS_OK);
            }
            std::vector<unsigned char> ws(precis_workspace_size(&cfg.limits));
            test::Run r;
            r.spans.resize(8);
            r.status = precis_summarize(docs.data(), docs.size(), &cfg, ws.data(), ws.size(), r.spans.data(),
                                        r.spans.size(), &r.result);
            r.spans.resize(r.status > 0 ? static_cast<std::size_t>(r.status) : 0);
            expect_sane(texts, r);
            EXPECT_EQ(r.result.flags, PRECIS_INVALID_UTF8);
            for (const precis_span &s : r.spans) {
                char buf[64];
                EXPECT_GT(precis_join(docs.data(), docs.size(), &s, 1, "", buf, sizeof buf), 0);
            }
        }
        EXPECT_EQ(precis_split(docs.data(), docs.size(), nullptr, 0, nullptr), 3);
    }
}

TEST(Hostile, ByteLimitCuttingThroughAMultibyteCharacterIsSafe) {
    std::string text = "Storm hits town. Caf\xC3\xA9 closes early. \xE2\x82\xAC" "5 fines \xF0\x9F\x98\x80 given.";
    for (uint32_t limit = 1; limit <= text.size(); ++limit) {
        precis_config cfg{};
        cfg.limits.max_bytes = limit;
        std::vector<std::string> texts{text};
        test::Run r = test::summarize(texts, cfg);
        expect_sane(texts, r);
        EXPECT_EQ(r.result.flags & PRECIS_INVALID_UTF8, 0u) << "limit " << limit;
        EXPECT_LE(r.result.bytes_read, limit);
    }
}

// A byte limit never moves a boundary: the segmenter looks up to kLookAhead bytes past the limit
// ("coast.Today@example.org" is one token, so "coast." does not end a sentence there).
TEST(Hostile, ByteLimitNeverChangesWhereSentencesEnd) {
    std::vector<std::string> texts{"Storms hit the coast.Today@example.org said more. Rain falls."};
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_span split[8];
    const int total = precis_split(docs.data(), docs.size(), split, 8, nullptr);
    ASSERT_EQ(total, 2);
    for (uint32_t limit = 1; limit <= texts[0].size(); ++limit) {
        precis_config cfg{};
        cfg.limits.max_bytes = limit;
        cfg.budget = 10;
        test::Run r = test::summarize(texts, cfg);
        for (const precis_span &s : r.spans) {
            ASSERT_LT(s.sentence, 2u);
            EXPECT_EQ(s.offset, split[s.sentence].offset) << "limit " << limit;
            EXPECT_EQ(s.length, split[s.sentence].length) << "limit " << limit;
        }
    }
}

TEST(Hostile, NulBytesSeparateWordsAndAreFlagged) {
    std::vector<std::string> texts{std::string("Storm\0hits town. Rain\0\0falls hard.", 34)};
    for (const test::Run &r : {summarize_default(texts), summarize_fitted(texts)}) {
        expect_sane(texts, r);
        EXPECT_EQ(r.result.flags, PRECIS_NUL_BYTES);
        ASSERT_EQ(r.status, 2);
        EXPECT_EQ(joined(texts, r)[0], "Storm hits town.");
        EXPECT_EQ(joined(texts, r)[1], "Rain falls hard.");
    }
}

TEST(Hostile, OneBadByteIsFlaggedWhereverItFalls) {
    // The encoding is checked four bytes at a time: a single NUL or invalid byte is seen at every
    // offset of an ASCII text, and a text without one raises nothing.
    const std::string clean = "Storms hit the coast and the ferries stayed in port all day.";
    EXPECT_EQ(test::summarize({clean}).result.flags, 0u);
    for (std::size_t at = 0; at < 12; ++at) {
        for (const char bad : {'\0', '\xFF'}) {
            std::string text = clean;
            text[at] = bad;
            EXPECT_EQ(test::summarize({text}).result.flags, bad == 0 ? PRECIS_NUL_BYTES : PRECIS_INVALID_UTF8) << at;
        }
    }
}

TEST(Hostile, NulBytesOnlyGiveNoSentences) {
    std::vector<std::string> texts{std::string(1000, '\0')};
    for (const test::Run &r : {summarize_default(texts), summarize_fitted(texts)}) {
        EXPECT_EQ(r.status, 0);
        EXPECT_EQ(r.result.flags, PRECIS_NUL_BYTES);
    }
}

// ---- Line ends ---------------------------------------------------------------------------------

const std::string kLines =
    "Storm hits coastal town\nRescue teams worked through the night. Power is back.\n\n"
    "Officials expect the river to fall\nby the weekend.\n\nSchools reopen on Monday.";

std::string with_line_ends(const std::string &lf_text, const std::string &eol) {
    std::string out;
    for (char c : lf_text) {
        if (c == '\n') out += eol;
        else out += c;
    }
    return out;
}

TEST(Hostile, CrlfLineEndsSplitLikeLf) {
    EXPECT_EQ(split_texts({with_line_ends(kLines, "\r\n")}), split_texts({kLines}));
    std::vector<std::string> texts{with_line_ends(kLines, "\r\n")};
    expect_sane(texts, summarize_default(texts));
}

TEST(Hostile, CrOnlyLineEndsSplitLikeLf) {
    EXPECT_EQ(split_texts({with_line_ends(kLines, "\r")}), split_texts({kLines}));
    std::vector<std::string> texts{with_line_ends(kLines, "\r")};
    expect_sane(texts, summarize_default(texts));
}

TEST(Hostile, MixedLineEndsSplitLikeLf) {
    // Each break of the LF text in turn as LF, CRLF or CR.
    std::string mixed;
    int k = 0;
    for (char c : kLines) {
        if (c == '\n') mixed += (k++ % 3 == 0) ? "\n" : (k % 3 == 1) ? "\r\n" : "\r";
        else mixed += c;
    }
    EXPECT_EQ(split_texts({mixed}), split_texts({kLines}));
    std::vector<std::string> texts{mixed};
    expect_sane(texts, summarize_fitted(texts));
}

TEST(Hostile, ThousandsOfBlankLinesAreWhitespace) {
    std::vector<std::string> texts{"Storm hits town." + repeat("\r\n", 50000) + "Rain falls." + repeat("\r", 50000)};
    EXPECT_EQ(split_count(texts), 2u);
    expect_sane(texts, summarize_fitted(texts));
}

// ---- BOM ---------------------------------------------------------------------------------------

TEST(Hostile, ByteOrderMarkIsSkippedInEveryDocument) {
    std::vector<std::string> texts{"\xEF\xBB\xBFStorm hits town. Rain falls.", "\xEF\xBB\xBFSecond report here."};
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    ASSERT_EQ(f.status, 3);
    for (const precis_span &s : f.spans) {
        if (s.sentence == 0 || s.document == 1) {
            EXPECT_EQ(s.offset, 3u) << "the first sentence of document " << s.document;
        }
    }
    EXPECT_EQ(f.result.flags, 0u);
}

TEST(Hostile, ByteOrderMarkOnlyGivesNoSentences) {
    for (const std::string &t : {std::string("\xEF\xBB\xBF"), std::string("\xEF\xBB\xBF \n\t"), std::string("\xEF\xBB")}) {
        std::vector<std::string> texts{t};
        test::Run r = summarize_fitted(texts);
        expect_sane(texts, r);
        if (t.size() >= 3) {
            EXPECT_EQ(r.status, 0);
        }
    }
}

// ---- Scripts -----------------------------------------------------------------------------------

TEST(Hostile, RightToLeftTextIsSegmentedAndSummarized) {
    std::vector<std::string> texts{
        // Arabic: "The storm hits the city. The rain falls." / Hebrew: "The storm hit the city."
        "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD8\xB5\xD9\x81\xD8\xA9 \xD8\xAA\xD8\xB6\xD8\xB1\xD8\xA8 "
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD8\xA9. \xD8\xA7\xD9\x84\xD9\x85\xD8\xB7\xD8\xB1 "
        "\xD9\x8A\xD9\x87\xD8\xB7\xD9\x84.\n"
        "\xD7\x94\xD7\xA1\xD7\xA2\xD7\xA8\xD7\x94 \xD7\x94\xD7\x9B\xD7\xAA\xD7\x94 \xD7\x91\xD7\xA2\xD7\x99\xD7\xA8. "
        "\xE2\x80\x8F\xE2\x80\xAB\xD7\x92\xD7\xA9\xD7\x9D \xD7\x99\xD7\x95\xD7\xA8\xD7\x93.\xE2\x80\xAC"};
    test::Run d = summarize_default(texts);
    expect_sane(texts, d);
    EXPECT_EQ(d.status, 3);
    EXPECT_EQ(d.result.flags, 0u);
    EXPECT_EQ(split_count(texts), 4u);
}

TEST(Hostile, CjkTextSplitsAtTheIdeographicFullStop) {
    // The ideographic full stop U+3002 ends a sentence with no space after it (src/segment.cpp,
    // is_script_terminator); line breaks still split too.
    std::vector<std::string> texts{
        "\xE6\x9A\xB4\xE9\xA3\x8E\xE9\x9B\xA8\xE8\xA2\xAD\xE5\x87\xBB\xE5\x9F\x8E\xE9\x95\x87\xE3\x80\x82"
        "\xE6\xB2\xB3\xE6\xB0\xB4\xE4\xB8\x8A\xE6\xB6\xA8\xE3\x80\x82\n"
        "\xE5\x8F\xB0\xE9\xA2\xA8\xE3\x81\x8C\xE4\xB8\x8A\xE9\x99\xB8\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82"};
    test::Run d = summarize_default(texts);
    expect_sane(texts, d);
    EXPECT_EQ(d.status, 3);
    EXPECT_EQ(split_count(texts), 3u);
}

TEST(Hostile, CombiningMarksStayInsideTheirWord) {
    std::string zalgo = "Cafe";
    for (int i = 0; i < 10000; ++i) zalgo += "\xCC\x81";  // U+0301, 20 kB of marks on one letter
    std::vector<std::string> texts{"The cafe\xCC\x81 opened today. " + zalgo + " closed. Next sentence here."};
    test::Run d = summarize_default(texts), f = summarize_fitted(texts);
    expect_sane(texts, d);
    expect_sane(texts, f);
    EXPECT_EQ(split_count(texts), 3u);
    EXPECT_EQ(d.result.flags, 0u);
}

// ---- Long words and URLs -----------------------------------------------------------------------

TEST(Hostile, MegabyteWordIsOneWord) {
    // "Giant" gives the sentence its second content word, so that it may be selected.
    std::vector<std::string> texts{"Giant " + std::string(1u << 20, 'a') + ". Short sentence here."};
    test::Run d = summarize_default(texts);
    EXPECT_EQ(d.status, 0);
    EXPECT_TRUE(d.result.flags & PRECIS_TRUNCATED);
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    ASSERT_EQ(f.status, 2);
    EXPECT_EQ(f.spans[0].length, (1u << 20) + 7);
}

TEST(Hostile, LongUrlDoesNotEndTheSentenceAtItsDots) {
    std::string url = "https://example.com/";
    for (int i = 0; i < 20000; ++i) url += "a.b/";
    url += "?q=1.5&x=y.z#frag.ment";
    std::vector<std::string> texts{"See " + url + " for details. Details follow."};
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    ASSERT_EQ(f.status, 2);
    EXPECT_TRUE(joined(texts, f)[0] == "See " + url + " for details.");  // not EXPECT_EQ: 80 kB
    EXPECT_EQ(joined(texts, f)[1], "Details follow.");
}

TEST(Hostile, TenMegabytesOfDotsAndQuotesStayLinear) {
    // Terminator runs and closing quotes are where the segmenter looks ahead and back.
    std::vector<std::string> texts{repeat("A.\"'.)]}. ... ? ! \xE2\x80\xA6\xE2\x80\x9D ", kTenMegabytes / 32)};
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
    EXPECT_EQ(f.result.flags, 0u);
}

TEST(Hostile, TenMegabytesOfAbbreviationsAndInitialsStayLinear) {
    std::vector<std::string> texts{repeat("Mr. J. K. Dr. U.S. Inc. No. 5 Jan. ", kTenMegabytes / 35)};
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
}

TEST(Hostile, TenMegabytesOfListMarkersStayLinear) {
    std::string items;
    for (int i = 1; i < 1000; ++i) items += std::to_string(i) + ". item " + word(static_cast<unsigned>(i)) + " ";
    std::vector<std::string> texts{repeat("\xE2\x80\xA2 " + items + "\n- a) b) \n", kTenMegabytes / (items.size() + 12))};
    test::Run f = summarize_fitted(texts);
    expect_sane(texts, f);
}

// ---- Limits and status codes -------------------------------------------------------------------

TEST(Hostile, EachLimitAboveItsCeilingIsALimitsError) {
    std::vector<unsigned char> ws(precis_workspace_size(nullptr));
    precis_doc doc{kStory.data(), kStory.size()};
    precis_span out[4];
    for (int field = 0; field < 5; ++field) {
        precis_config cfg{};
        uint32_t *f[] = {&cfg.limits.max_bytes, &cfg.limits.max_sentences, &cfg.limits.max_terms,
                         &cfg.limits.max_tokens, &cfg.limits.max_documents};
        const uint32_t ceilings[] = {PRECIS_LIMIT_BYTES, PRECIS_LIMIT_SENTENCES, PRECIS_LIMIT_TERMS,
                                     PRECIS_LIMIT_TOKENS, PRECIS_LIMIT_DOCUMENTS};
        *f[field] = ceilings[field] + 1;
        EXPECT_EQ(precis_workspace_size(&cfg.limits), 0u) << field;
        EXPECT_EQ(precis_summarize(&doc, 1, &cfg, ws.data(), ws.size(), out, 4, nullptr), PRECIS_ERR_LIMITS) << field;
        *f[field] = 0xFFFFFFFFu;
        EXPECT_EQ(precis_summarize(&doc, 1, &cfg, ws.data(), ws.size(), out, 4, nullptr), PRECIS_ERR_LIMITS) << field;
    }
}

TEST(Hostile, LimitsAtTheirCeilingsNeedAWorkspaceAndSaySo) {
    precis_config cfg{};
    cfg.limits = precis_limits{PRECIS_LIMIT_BYTES, PRECIS_LIMIT_SENTENCES, PRECIS_LIMIT_TERMS, PRECIS_LIMIT_TOKENS,
                               PRECIS_LIMIT_DOCUMENTS};
    size_t need = precis_workspace_size(&cfg.limits);
    if (sizeof(size_t) >= 8) {
        EXPECT_GT(need, size_t{1} << 31);
    }
    unsigned char ws[256];
    precis_doc doc{kStory.data(), kStory.size()};
    precis_span out[4];
    precis_result r{};
    int st = precis_summarize(&doc, 1, &cfg, ws, sizeof ws, out, 4, &r);
    if (need == 0) {
        EXPECT_EQ(st, PRECIS_ERR_LIMITS);  // a 32-bit target: the workspace does not fit in size_t
    } else {
        EXPECT_EQ(st, PRECIS_ERR_WORKSPACE);
        EXPECT_EQ(r.workspace_needed, need);
    }
}

TEST(Hostile, MoreDocumentsThanTheCeilingAreLimitsErrorsOrTruncated) {
    std::vector<std::string> texts(PRECIS_LIMIT_DOCUMENTS + 1, "");
    texts[0] = kStory;
    texts.back() = "A last report that is never read.";
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_config cfg{};
    EXPECT_EQ(precis_limits_for(docs.data(), docs.size(), &cfg.limits), PRECIS_ERR_LIMITS);
    EXPECT_EQ(cfg.limits.max_documents, PRECIS_LIMIT_DOCUMENTS);
    EXPECT_EQ(precis_split(docs.data(), docs.size(), nullptr, 0, nullptr), PRECIS_ERR_LIMITS);
    test::Run r = test::summarize(texts, cfg);  // the limits it gave: the first 65535 documents
    expect_sane(texts, r);
    EXPECT_EQ(r.status, 3);
    EXPECT_TRUE(r.result.flags & PRECIS_TRUNCATED);
    EXPECT_EQ(r.result.documents, PRECIS_LIMIT_DOCUMENTS);
}

TEST(Hostile, WorkspaceOneByteShortIsAWorkspaceErrorForEveryLimit) {
    for (uint32_t sentences : {1u, 2u, 7u, 64u, 1000u}) {
        for (uint32_t terms : {1u, 2u, 3u, 100u, 5000u}) {
            precis_config cfg{};
            cfg.limits = precis_limits{4096, sentences, terms, 0, 3};
            size_t need = precis_workspace_size(&cfg.limits);
            ASSERT_GT(need, 0u);
            std::vector<unsigned char> ws(need - 1);
            precis_doc doc{kStory.data(), kStory.size()};
            precis_span out[4];
            precis_result r{};
            EXPECT_EQ(precis_summarize(&doc, 1, &cfg, ws.data(), ws.size(), out, 4, &r), PRECIS_ERR_WORKSPACE);
            EXPECT_EQ(r.workspace_needed, need);
            ws.resize(need);
            EXPECT_GE(precis_summarize(&doc, 1, &cfg, ws.data(), ws.size(), out, 4, &r), 0);
        }
    }
}

TEST(Hostile, TinyLimitsTruncateWithoutError) {
    for (uint32_t bytes = 1; bytes < 40; bytes += 3) {
        for (uint32_t tokens = 1; tokens < 6; ++tokens) {
            precis_config cfg{};
            cfg.limits = precis_limits{bytes, 1, 1, tokens, 1};
            std::vector<std::string> texts{kStory, kStory};
            test::Run r = test::summarize(texts, cfg);
            expect_sane(texts, r);
            EXPECT_TRUE(r.result.flags & PRECIS_TRUNCATED);
            EXPECT_LE(r.result.sentences, 1u);
        }
    }
}

}  // namespace
