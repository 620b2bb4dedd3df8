// precis_keywords: key terms and phrases, each a span at its first occurrence, best first.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

const std::string kStory =
    "Runner Maria Lopez won the city marathon on Sunday in record time.\n"
    "Lopez finished the marathon in two hours and nine minutes, beating the record set in 2019.\n"
    "The marathon drew 30000 runners, and Maria Lopez said the crowd carried her through the last mile.\n"
    "Organisers said the marathon would return next spring with a new route past the harbour.\n"
    "Lopez plans to defend her marathon title.\n"
    "Writing by Jonathan Pemberton\n";

struct Keywords {
    int status = 0;
    std::vector<precis_span> spans;
    std::vector<std::string> texts;
};

Keywords keywords(const std::vector<std::string> &texts, size_t cap, precis_config cfg = precis_config{}) {
    std::vector<precis_doc> docs = test::docs_of(texts);
    std::vector<unsigned char> ws(precis_workspace_size(&cfg.limits));
    Keywords k;
    k.spans.resize(cap + 1);
    k.status = precis_keywords(docs.data(), docs.size(), &cfg, ws.data(), ws.size(), k.spans.data(), cap, nullptr);
    k.spans.resize(k.status > 0 ? static_cast<size_t>(k.status) : 0);
    for (const precis_span &s : k.spans) k.texts.push_back(texts[s.document].substr(s.offset, s.length));
    return k;
}

// "marathon" is in every sentence, "Lopez" in all but one.
TEST(Keywords, TheMostRepeatedTermComesFirstWithScoreOne) {
    PRECIS_REQUIRE_KEYWORDS();
    Keywords k = keywords({kStory}, 5);
    ASSERT_GT(k.status, 1);
    EXPECT_EQ(k.texts[0], "marathon");
    EXPECT_EQ(k.texts[1], "Maria Lopez");
    EXPECT_EQ(k.spans[0].score, 65536u);
    for (size_t i = 1; i < k.spans.size(); ++i) EXPECT_LE(k.spans[i].score, k.spans[i - 1].score);
}

TEST(Keywords, ANameIsOnePhraseAtItsFirstOccurrence) {
    PRECIS_REQUIRE_KEYWORDS();
    Keywords k = keywords({kStory}, 5);
    bool found = false;
    for (size_t i = 0; i < k.texts.size(); ++i) {
        if (k.texts[i] == "Maria Lopez") {
            found = true;
            EXPECT_EQ(k.spans[i].offset, kStory.find("Maria Lopez"));
            EXPECT_EQ(k.spans[i].sentence, 0u);
        }
        EXPECT_NE(k.texts[i], "Lopez") << "a phrase's word came back on its own";
        EXPECT_NE(k.texts[i], "Maria") << "a phrase's word came back on its own";
    }
    EXPECT_TRUE(found);
}

TEST(Keywords, NumbersAndBylinesAreNotKeywords) {
    Keywords k = keywords({kStory}, 20);
    for (const std::string &t : k.texts) {
        EXPECT_EQ(t.find("30000"), std::string::npos);
        EXPECT_EQ(t.find("2019"), std::string::npos);
        EXPECT_EQ(t.find("Pemberton"), std::string::npos);
    }
}

TEST(Keywords, NumbersWithADecimalPointOrThousandsCommasAreNotKeywords) {
    PRECIS_REQUIRE_KEYWORDS();
    Keywords k = keywords({"The bank paid 1,000 dollars to 3.5 million savers. Savers got 1,000 dollars each. "
                           "The 3.5 million savers thanked the bank. The bank paid 1,000 dollars again."},
                          10);
    ASSERT_GT(k.status, 0);
    for (const std::string &t : k.texts) {
        EXPECT_EQ(t.find("1,000"), std::string::npos) << t;
        EXPECT_EQ(t.find("3.5"), std::string::npos) << t;
    }
}

TEST(Keywords, ASingleLetterOfASpacedScriptIsNoKeyword) {
    PRECIS_REQUIRE_KEYWORDS();
    // Russian read with the default (English) settings: the prepositions "в" (in) and "о"
    // (about) are single letters among the most repeated words.
    Keywords k = keywords({"Министр в понедельник сообщил о бюджете. Бюджет обсудят в парламенте. "
                           "Решение о бюджете примут в январе."},
                          10);
    ASSERT_GT(k.status, 0);
    for (const std::string &t : k.texts) {
        EXPECT_NE(t, "\xD0\xB2") << t;  // в
        EXPECT_NE(t, "\xD0\xBE") << t;  // о
    }
}

TEST(Keywords, AOneSyllableKoreanWordCanBeAKeyword) {
    PRECIS_REQUIRE_KEYWORDS();
    // 북 (North Korea) heads "North fires a missile; the US condemns it. The North's foreign
    // ministry ...": a Hangul syllable is a word, not a letter.
    Keywords k = keywords({"북 미사일 발사에 미국 규탄. 북 외무성은 반발했다. 북 당국은 추가 발사를 예고했다."}, 5);
    ASSERT_GT(k.status, 0);
    EXPECT_EQ(k.texts[0], "북");
}

TEST(Keywords, AJapaneseBigramWithHiraganaIsNoKeyword) {
    PRECIS_REQUIRE_KEYWORDS();
    // "The government announced economic measures. The measures support small firms. The
    // government says the measures will work.": 政府 and 対策 are the content; "府は", "策を",
    // "なる" glue a particle or an ending to a neighbour.
    Keywords k = keywords({"政府は経済対策を発表した。対策は中小企業を支援する。政府は対策が有効になると述べた。"}, 10);
    ASSERT_GT(k.status, 0);
    bool government = false;
    for (const std::string &t : k.texts) {
        government = government || t == "政府";
        for (const char *kana : {"は", "を", "が", "な", "る", "と", "た", "し"}) EXPECT_EQ(t.find(kana), std::string::npos) << t;
    }
    EXPECT_TRUE(government);
}

TEST(Keywords, OverlappingBigramsTheTextRepeatsAreOneKeyword) {
    PRECIS_REQUIRE_KEYWORDS();
    // "Tokyo reported a record number of infected on Tuesday. Most of the infected were in their
    // twenties.": 感染者 (the infected) twice, as the bigrams 感染 and 染者; one keyword, not two
    // of which one is half a word.
    Keywords k = keywords({"東京都は火曜日、感染者が過去最多になったと発表した。感染者の多くは二十代だった。"}, 10);
    ASSERT_GT(k.status, 0);
    EXPECT_EQ(k.texts[0], "感染者");
    for (const std::string &t : k.texts) EXPECT_NE(t, "染者");
}

TEST(Keywords, ABigramOverlappingAKeywordIsNoneOfItsOwnNorJoinsItWhenTheTextHasItOnce) {
    PRECIS_REQUIRE_KEYWORDS();
    // "A strong earthquake hit on Tuesday. The earthquake killed at least ten. Rescuers searched
    // for earthquake survivors.": 地震 (earthquake) three times; 烈地, the bigram across 强烈 and
    // 地震, once.
    Keywords k = keywords({"周二发生强烈地震。地震造成至少十人死亡。救援人员正在寻找地震幸存者。"}, 10);
    ASSERT_GT(k.status, 0);
    EXPECT_EQ(k.texts[0], "地震");
    for (const std::string &t : k.texts) EXPECT_EQ(t.find("烈地"), std::string::npos) << t;
}

TEST(Keywords, NoTwoKeywordsOverlap) {
    PRECIS_REQUIRE_KEYWORDS();
    // "An earthquake struck northeast Japan. ... damage in northeast Japan. Rescue work in the
    // northeast region ...": the bigrams of 日本东北部 repeat, and one keyword grown from them must
    // not reach into another.
    const std::string text = "日本东北部发生强烈地震。日本东北部的地震造成损失。日本东北地区的救援工作正在进行。政府表示将提供援助。";
    Keywords k = keywords({text}, 8);
    ASSERT_GT(k.status, 1);
    for (size_t i = 0; i < k.spans.size(); ++i) {
        for (size_t j = i + 1; j < k.spans.size(); ++j) {
            const precis_span &a = k.spans[i], &b = k.spans[j];
            EXPECT_TRUE(a.offset + a.length <= b.offset || b.offset + b.length <= a.offset) << k.texts[i] << " / " << k.texts[j];
        }
    }
}

TEST(Keywords, AnEmojisVariationSelectorIsNoKeyword) {
    PRECIS_REQUIRE_KEYWORDS();
    // "❤️" is U+2764 and the invisible U+FE0F that asks for its colour form: neither is a word,
    // though the selector is the text's most repeated character.
    Keywords k = keywords({"Love it \xE2\x9D\xA4\xEF\xB8\x8F so much. Love the team \xE2\x9D\xA4\xEF\xB8\x8F forever. "
                           "Great game \xE2\x9D\xA4\xEF\xB8\x8F tonight."},
                          5);
    ASSERT_GT(k.status, 0);
    EXPECT_EQ(k.texts[0], "Love");
    for (const std::string &t : k.texts) EXPECT_EQ(t.find("\xEF\xB8\x8F"), std::string::npos) << t;
}

TEST(Keywords, AtMostTheCapAndAtMostTheMaximum) {
    PRECIS_REQUIRE_KEYWORDS();
    EXPECT_EQ(keywords({kStory}, 2).status, 2);
    EXPECT_EQ(keywords({kStory}, 0).status, 0);
    std::string many;
    for (int i = 0; i < 200; ++i) many += "Word" + std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i) + "x. ";
    Keywords k = keywords({many}, 100);
    EXPECT_LE(k.status, PRECIS_MAX_KEYWORDS);
}

TEST(Keywords, SameInputGivesTheSameKeywords) {
    Keywords a = keywords({kStory}, 8), b = keywords({kStory}, 8);
    ASSERT_EQ(a.texts, b.texts);
    for (size_t i = 0; i < a.spans.size(); ++i) EXPECT_EQ(a.spans[i].score, b.spans[i].score);
}

TEST(Keywords, NeedTheSameWorkspaceAsSummaries) {
    PRECIS_REQUIRE_KEYWORDS();
    const std::vector<std::string> texts = {kStory};
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_config cfg{};
    precis_limits_for(docs.data(), docs.size(), &cfg.limits);
    size_t need = precis_workspace_size(&cfg.limits);
    std::vector<unsigned char> ws(need);
    precis_span out[4];
    precis_result r{};
    EXPECT_EQ(precis_keywords(docs.data(), 1, &cfg, ws.data(), need - 1, out, 4, &r), PRECIS_ERR_WORKSPACE);
    EXPECT_EQ(r.workspace_needed, need);
    EXPECT_EQ(precis_keywords(docs.data(), 1, &cfg, ws.data(), need, out, 4, &r), 4);
    EXPECT_EQ(precis_summarize(docs.data(), 1, &cfg, ws.data(), need, out, 4, &r), 3);
}

TEST(Keywords, EmptyInputHasNoneAndBadArgumentsAreErrors) {
    PRECIS_REQUIRE_KEYWORDS();
    EXPECT_EQ(keywords({""}, 5).status, 0);
    std::vector<unsigned char> ws(precis_workspace_size(nullptr));
    precis_span out[2];
    precis_doc doc{kStory.data(), kStory.size()};
    EXPECT_EQ(precis_keywords(nullptr, 1, nullptr, ws.data(), ws.size(), out, 2, nullptr), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_keywords(&doc, 1, nullptr, ws.data(), ws.size(), nullptr, 2, nullptr), PRECIS_ERR_ARGUMENT);
    precis_config both{};
    both.flags = PRECIS_TRIM_ALWAYS | PRECIS_TRIM_NEVER;
    EXPECT_EQ(precis_keywords(&doc, 1, &both, ws.data(), ws.size(), out, 2, nullptr), PRECIS_ERR_ARGUMENT);
}

TEST(Keywords, AreAnArgumentErrorInABuildWithoutThem) {
    if (PRECIS_KEYWORDS) GTEST_SKIP() << "this build has keywords";
    EXPECT_EQ(keywords({kStory}, 5).status, PRECIS_ERR_ARGUMENT);
}

}  // namespace
