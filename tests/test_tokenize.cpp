// Words, case folding, stopwords, term keys, and the fixed-point helpers scoring relies on.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "fixed.h"
#include "stopwords.h"
#include "tokenize.h"
#include "support.h"
#include "words_support.h"

namespace {

using test::words;

uint32_t key(const char *word) {
    char buf[precis::detail::kMaxWordBytes];
    std::size_t n = std::strlen(word);
    std::memcpy(buf, word, n);
    return precis::detail::term_key(buf, n);
}

using Words = std::vector<std::string>;

TEST(Tokenize, FoldsAsciiAndLatin1UpperCase) {
    EXPECT_EQ(words("The US \xC3\x89LYS\xC3\x89" "E"), (Words{"the", "us", "\xC3\xA9lys\xC3\xA9" "e"}));
}

TEST(Tokenize, HyphensAndApostrophesSeparateWords) {
    EXPECT_EQ(words("Al-Kadhimi's well-known"), (Words{"al", "kadhimi", "s", "well", "known"}));
    EXPECT_EQ(words("parliament\xE2\x80\x99s decision"), (Words{"parliament", "s", "decision"}));
}

TEST(Tokenize, NumbersKeepDecimalPointsAndDropThousandsSeparators) {
    EXPECT_EQ(words("$1.2m rose 3.5% to 1,000 in 2008."), (Words{"1.2m", "rose", "3.5", "to", "1000", "in", "2008"}));
}

TEST(Tokenize, PunctuationQuotesAndEmojiAreNotWords) {
    EXPECT_EQ(words("\xE2\x80\x9CYes,\xE2\x80\x9D she said \xF0\x9F\x98\x80 ... (really)"),
              (Words{"yes", "she", "said", "really"}));
}

TEST(Tokenize, InvalidUtf8SeparatesWordsAndNeverStalls) {
    EXPECT_EQ(words("ab\xC0\xAF" "cd\xFF" "ef\xE2\x82"), (Words{"ab", "cd", "ef"}));
    EXPECT_EQ(words(std::string("nul\0byte", 8)), (Words{"nul", "byte"}));
}

TEST(Tokenize, LongWordsAreCutToTheKeyLength) {
    std::string url(200, 'x');
    Words w = words(url);
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0].size(), precis::detail::kMaxWordBytes);
}

TEST(Tokenize, CjkRunIsOneWord) {
    EXPECT_EQ(words("\xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82\xE6\x96\x87"), (Words{"\xE4\xB8\xAD\xE6\x96\x87", "\xE6\x96\x87"}));
}

TEST(Stopwords, FunctionWordsAreStopwordsAndTopicWordsAreNot) {
    for (const char *w : {"the", "and", "of", "said", "would", "don", "t"}) EXPECT_TRUE(precis::detail::is_stopword(w, std::strlen(w))) << w;
    for (const char *w : {"us", "iraq", "forces", "theorem", "a1"}) EXPECT_FALSE(precis::detail::is_stopword(w, std::strlen(w))) << w;
}

TEST(TermKey, InflectedFormsShareAKeyThroughTheStemmer) {
    EXPECT_EQ(key("forces"), key("force"));
    EXPECT_EQ(key("governments"), key("government"));
    EXPECT_NE(key("forces"), key("iraq"));
}

TEST(TermKey, StopwordsAndSingleLettersHaveNoKey) {
    EXPECT_EQ(key("the"), 0u);
    EXPECT_EQ(key("x"), 0u);
    EXPECT_NE(key("2008"), 0u);
}

// precis_limits_for counts content words without stemming them: the count must be term_key's.
TEST(TermKey, ContentWordsAreExactlyTheWordsWithAKey) {
    for (const char *w : {"the", "x", "s", "2008", "7", "\xC3\xA9", "forces", "iraq", "don", "a1", "\xE4\xB8\xAD"}) {
        EXPECT_EQ(precis::detail::is_content_word(w, std::strlen(w)), key(w) != 0) << w;
    }
    const std::string text = test::sample();
    precis::detail::WordCursor c = precis::detail::word_cursor(reinterpret_cast<const unsigned char *>(text.data()), text.size());
    char word[precis::detail::kMaxWordBytes];
    std::size_t len = 0, content = 0;
    while (precis::detail::next_word(&c, word, &len)) {
        bool is_content = precis::detail::is_content_word(word, len);
        content += is_content;
        EXPECT_EQ(is_content, precis::detail::term_key(word, len) != 0) << std::string(word, len);
    }
    EXPECT_GT(content, 50u);
}

TEST(Collapse, WhitespaceRunsBecomeOneSpaceAndEndsAreTrimmed) {
    const char *text = "  one \t two\r\n\nthree  ";
    char out[32];
    uint32_t n = precis::detail::write_collapsed(reinterpret_cast<const unsigned char *>(text), std::strlen(text), out);
    EXPECT_EQ(std::string(out, n), "one two three");
    EXPECT_EQ(precis::detail::write_collapsed(reinterpret_cast<const unsigned char *>(text), std::strlen(text), nullptr), n);
}

TEST(CountWords, CountsRunsOfNonWhitespace) {
    const char *text = " Hello,  world -- it's 3.5% ";
    EXPECT_EQ(precis::detail::count_words(reinterpret_cast<const unsigned char *>(text), std::strlen(text)), 5u);
}

uint32_t words_of(const char *text) {
    return precis::detail::count_words(reinterpret_cast<const unsigned char *>(text), std::strlen(text));
}

TEST(CountWords, EachIdeographOrKanaIsAWordAndPunctuationAfterOneAddsNone) {
    EXPECT_EQ(words_of("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7\xE9\x9B\xA8\xE3\x80\x82"), 4u);  // 東京で雨。
    EXPECT_EQ(words_of("2024\xE5\xB9\xB4" "3\xE6\x9C\x88"), 4u);                                     // 2024年3月
    EXPECT_EQ(words_of("\xE5\x8C\x97\xE4\xBA\xAC\xEF\xBC\x8C\xE4\xB8\x8A\xE6\xB5\xB7"), 4u);  // 北京，上海
}

TEST(CountWords, AWordAfterAnIdeographStartsAnotherButPunctuationAfterASpaceIsOneAsEverywhere) {
    EXPECT_EQ(words_of("\xE6\x9D\xB1\xE4\xBA\xAC" "Tower"), 3u);          // 東京Tower
    EXPECT_EQ(words_of("\xE6\x9D\xB1\xE3\x80\x81" "abc"), 2u);           // 東、abc
    EXPECT_EQ(words_of("\xE6\x9D\xB1 -- abc"), 3u);                        // 東 -- abc
    EXPECT_EQ(words_of("\xEB\xB6\x81\xED\x95\x9C \xEB\xB9\x84"), 2u);  // 북한 비: Hangul spaces its words
}

TEST(Fixed, Log2IsExactOnPowersOfTwoAndMonotonic) {
    EXPECT_EQ(precis::detail::log2_q16(1), 0u);
    EXPECT_EQ(precis::detail::log2_q16(2), 1u << 16);
    EXPECT_EQ(precis::detail::log2_q16(1024), 10u << 16);
    EXPECT_EQ(precis::detail::log2_q16(uint64_t{1} << 40), 40u << 16);
    uint32_t prev = 0;
    for (uint64_t x = 2; x < 5000; ++x) {
        uint32_t v = precis::detail::log2_q16(x);
        EXPECT_GT(v, prev) << x;
        prev = v;
    }
}

TEST(Fixed, Log2OfThreeMatchesItsValueTo16Bits) {
    // log2(3) = 1.5849625..., * 65536 = 103872.2
    EXPECT_NEAR(static_cast<double>(precis::detail::log2_q16(3)), 103872.0, 1.0);
    EXPECT_NEAR(static_cast<double>(precis::detail::log2_q16(1000)), 9.9657842847 * 65536, 1.0);
}

TEST(Fixed, IsqrtIsTheFloorSquareRoot) {
    // Both widths it works in, and where one hands over to the other.
    for (uint64_t x : {0ull, 1ull, 2ull, 3ull, 4ull, 15ull, 16ull, 17ull, 999999ull, 1000000ull, 0xFFFE0000ull,
                       0xFFFE0001ull, 0xFFFFFFFFull, 0x100000000ull, 0x100000001ull, (1ull << 62) + 12345}) {
        uint64_t r = precis::detail::isqrt(x);
        EXPECT_LE(r * r, x);
        EXPECT_GT((r + 1) * (r + 1), x);
    }
    EXPECT_EQ(precis::detail::isqrt(~0ull), 0xFFFFFFFFull);
}

}  // namespace
