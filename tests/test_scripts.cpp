// Text in scripts other than Latin: each splits at its own sentence terminators, words of
// unspaced scripts are character bigrams, and right-to-left text comes back byte for byte.
// One behaviour per TEST. The texts are written for these tests (short news-like sentences).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.h"
#include "tokenize.h"
#include "words_support.h"

namespace {

std::vector<std::string> split(const std::string &text) {
    std::vector<std::string> texts{text};
    std::vector<precis_doc> docs = test::docs_of(texts);
    std::vector<precis_span> spans(64);
    int n = precis_split(docs.data(), docs.size(), spans.data(), spans.size(), nullptr);
    std::vector<std::string> out;
    for (int i = 0; i < n; ++i) out.push_back(text.substr(spans[i].offset, spans[i].length));
    return out;
}

using test::words;

using S = std::vector<std::string>;

TEST(Scripts, ChineseSplitsAtTheIdeographicFullStopWithoutSpaces) {
    // "The storm hit the town. The river rose! Was anyone hurt?" with 。 ！ ？ (full-width).
    EXPECT_EQ(split("暴风雨袭击了城镇。河水上涨！有人受伤吗？"), (S{"暴风雨袭击了城镇。", "河水上涨！", "有人受伤吗？"}));
}

TEST(Scripts, JapaneseClosingBracketStaysWithItsSentence) {
    // 「...。」 : the corner bracket closes the quotation after the full stop.
    EXPECT_EQ(split("市長は「安全です。」と述べた。台風は去った。"),
              (S{"市長は「安全です。」と述べた。", "台風は去った。"}));
}

TEST(Scripts, FullWidthFullStopBetweenDigitsIsADecimalPoint) {
    EXPECT_EQ(split("気温は３．５度だった。"), (S{"気温は３．５度だった。"}));
}

TEST(Scripts, ArabicSplitsAtTheArabicQuestionMark) {
    // "Did the storm hit the city? The rain falls."
    EXPECT_EQ(split("هل ضربت العاصفة المدينة؟ المطر يهطل."), (S{"هل ضربت العاصفة المدينة؟", "المطر يهطل."}));
}

TEST(Scripts, UrduSplitsAtTheUrduFullStop) {
    EXPECT_EQ(split("طوفان شہر سے ٹکرایا۔ بارش جاری ہے۔"), (S{"طوفان شہر سے ٹکرایا۔", "بارش جاری ہے۔"}));
}

TEST(Scripts, HindiSplitsAtTheDanda) {
    // "The storm hit the city। The rain continues॥"
    EXPECT_EQ(split("तूफान ने शहर को मारा। बारिश जारी है॥"), (S{"तूफान ने शहर को मारा।", "बारिश जारी है॥"}));
}

TEST(Scripts, ThaiSplitsAtASpaceBetweenThaiLetters) {
    // Thai writes no sentence mark: "The government announced new measures" "The minister said
    // the plan costs 3 billion baht" "Experts believe it will help", spaced apart. A space before
    // a digit is inside the sentence.
    EXPECT_EQ(split("รัฐบาลประกาศมาตรการใหม่ รัฐมนตรีกล่าวว่าโครงการใช้งบ 3 หมื่นล้านบาท ผู้เชี่ยวชาญเชื่อว่าจะช่วยได้"),
              (S{"รัฐบาลประกาศมาตรการใหม่", "รัฐมนตรีกล่าวว่าโครงการใช้งบ 3 หมื่นล้านบาท", "ผู้เชี่ยวชาญเชื่อว่าจะช่วยได้"}));
}

TEST(Scripts, ThaiRepetitionAndAbbreviationMarksBeforeASpaceStayInsideTheSentence) {
    // "ต่างๆ นานา" (all sorts of) and "กรุงเทพฯ เป็น" (Bangkok is): the space after ๆ or ฯ is
    // inside the phrase. The letter ฆ shares ๆ's last byte and ends a sentence like any other.
    EXPECT_EQ(split("ประเทศต่างๆ นานาส่งความช่วยเหลือ"), (S{"ประเทศต่างๆ นานาส่งความช่วยเหลือ"}));
    EXPECT_EQ(split("กรุงเทพฯ เป็นเมืองหลวง"), (S{"กรุงเทพฯ เป็นเมืองหลวง"}));
    EXPECT_EQ(split("เมฆ ฝนตก"), (S{"เมฆ", "ฝนตก"}));
}

TEST(Scripts, ThaiDigitsAndSignsDoNotEndASentence) {
    // "The price is ๑๐๐ baht": Thai digits are no letters; neither is the sign ๏.
    EXPECT_EQ(split("ราคา ๑๐๐ บาท"), (S{"ราคา ๑๐๐ บาท"}));
    EXPECT_EQ(split("๏ ข่าวไทย"), (S{"๏ ข่าวไทย"}));
}

TEST(Scripts, AThaiNameInAnEnglishSentenceIsNotASentenceEnd) {
    // Thai spaces a given name from the surname; in a sentence that opens in another script the
    // space is only a space.
    const std::string s = "Prime Minister ประยุทธ์ จันทร์โอชา said on Monday that the plan works.";
    EXPECT_EQ(split(s), (S{s}));
}

TEST(Scripts, AThaiInlineListSplitsAtItsMarkersOnly) {
    EXPECT_EQ(split("1. ข่าว ข่าว 2. ข่าว"), (S{"1. ข่าว ข่าว", "2. ข่าว"}));
}

TEST(Scripts, LaoSplitsAtASpaceBetweenLaoLetters) {
    // "Heavy rain fell" "The flood covered the town".
    EXPECT_EQ(split("ຝົນຕົກໜັກ ນ້ຳຖ້ວມເມືອງ"), (S{"ຝົນຕົກໜັກ", "ນ້ຳຖ້ວມເມືອງ"}));
}

TEST(Scripts, KhmerSplitsAtTheKhan) {
    // "Heavy rain fell។ The flood covered the city។" with the khan ។ (U+17D4).
    EXPECT_EQ(split("ភ្លៀងធ្លាក់ខ្លាំង។ ទឹកជំនន់លិចទីក្រុង។"), (S{"ភ្លៀងធ្លាក់ខ្លាំង។", "ទឹកជំនន់លិចទីក្រុង។"}));
}

TEST(Scripts, HebrewSplitsAtItsFullStops) {
    EXPECT_EQ(split("הסערה היכתה בעיר. הגשם ממשיך לרדת."), (S{"הסערה היכתה בעיר.", "הגשם ממשיך לרדת."}));
}

TEST(Scripts, GreekQuestionMarkEndsASentenceWhetherAsciiOrNot) {
    // Greek writes its question mark as ';' (U+037E's canonical form).
    EXPECT_EQ(split("Πού είναι ο δήμαρχος; Η πόλη περιμένει."), (S{"Πού είναι ο δήμαρχος;", "Η πόλη περιμένει."}));
    EXPECT_EQ(split("Πού είναι ο δήμαρχος\xCD\xBE Η πόλη περιμένει."),
              (S{"Πού είναι ο δήμαρχος\xCD\xBE", "Η πόλη περιμένει."}));
}

TEST(Scripts, SemicolonAfterLatinTextStaysInsideTheSentence) {
    EXPECT_EQ(split("The storm hit; the river rose. Then it stopped."), (S{"The storm hit; the river rose.", "Then it stopped."}));
}

TEST(Scripts, IdeographRunsBecomeOverlappingBigrams) {
    EXPECT_EQ(words("東京都"), (S{"東京", "京都"}));
    EXPECT_EQ(words("雨"), (S{"雨"}));
    EXPECT_EQ(words("G20峰会。中国"), (S{"g20", "峰会", "中国"}));
}

TEST(Scripts, ArabicPunctuationIsNotPartOfAWord) {
    EXPECT_EQ(words("المدينة؟ نعم،"), (S{"المدينة", "نعم"}));
}

TEST(Scripts, ChineseSentencesShareBigramTermsSoRepeatsAreCaughtAndCentralityWorks) {
    // Two agencies' reports of one fact in other words ("a strong earthquake"): only the
    // character bigrams they share say that the second repeats the first, and make the fact the
    // most central sentence.
    const std::string fact = "地震袭击了日本北部沿海地区";
    std::vector<std::string> texts{fact + "。救援人员正在搜寻幸存者。", "强烈" + fact + "。官员说损失严重。"};
    precis_config cfg{};
    cfg.budget = 4;
    test::Run r = test::summarize(texts, cfg);
    ASSERT_GT(r.status, 0);
    int quake = 0;
    for (const std::string &s : test::texts_of(texts, r)) quake += s.find(fact) != std::string::npos;
    EXPECT_EQ(quake, 1);
    cfg.budget = 1;
    test::Run one = test::summarize(texts, cfg);
    ASSERT_EQ(one.status, 1);
    EXPECT_NE(test::texts_of(texts, one)[0].find(fact), std::string::npos);
}

TEST(Scripts, RightToLeftSummaryIsTheInputsBytesExactly) {
    // Arabic and Hebrew with bidi marks (RLM U+200F, RLE U+202B ... PDF U+202C): a summary
    // sentence is a byte range of the input, never reordered or rewritten.
    std::string text = "العاصفة تضرب المدينة الساحلية. \xE2\x80\x8F\xE2\x80\xAB" "הגשם ממשיך לרדת בעיר." "\xE2\x80\xAC";
    std::vector<std::string> texts{text};
    precis_config cfg{};
    cfg.budget = 2;
    test::Run r = test::summarize(texts, cfg);
    ASSERT_EQ(r.status, 2);
    EXPECT_EQ(test::text_of(texts, r.spans[0]), "العاصفة تضرب المدينة الساحلية.");
    EXPECT_EQ(test::text_of(texts, r.spans[1]), "\xE2\x80\x8F\xE2\x80\xAB" "הגשם ממשיך לרדת בעיר." "\xE2\x80\xAC");
    EXPECT_EQ(text.substr(r.spans[1].offset, r.spans[1].length), test::text_of(texts, r.spans[1]));
}

}  // namespace
