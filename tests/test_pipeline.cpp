// What the pipeline selects: redundancy, boilerplate, datelines, algorithms, determinism.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "boilerplate.h"
#include "support.h"

namespace {

bool any_contains(const std::vector<std::string> &texts, const char *needle) {
    for (const std::string &t : texts) {
        if (t.find(needle) != std::string::npos) return true;
    }
    return false;
}

TEST(Redundancy, TwoVersionsOfOneSentenceAreNeverBothSelected) {
    std::string a = "The central bank raised interest rates by half a point on Thursday. "
                    "Shares in housebuilders fell after the decision. Economists had expected a smaller rise.";
    std::string b = "The central bank on Thursday raised its interest rates by half a point. "
                    "Mortgage lenders said they would pass the rise on to borrowers.";
    test::Run r = test::summarize({a, b});
    int rate_sentences = 0;
    for (const std::string &t : test::texts_of({a, b}, r)) rate_sentences += t.find("half a point") != std::string::npos;
    EXPECT_EQ(rate_sentences, 1);
}

TEST(Redundancy, ASentenceRepeatedManyTimesIsSelectedOnce) {
    std::string text;
    for (int i = 0; i < 200; ++i) text += "The same sentence appears again and again. ";
    text += "A different sentence closes the text.";
    test::Run r = test::summarize({text});
    EXPECT_EQ(r.status, 2);
}

TEST(Redundancy, SentencesWithTheSameContentWordsRepeatEvenAtThreshold1000) {
    // "again" is a stopword: both sentences have the same terms.
    std::string text = "Storms closed the port on Monday. Storms closed the port on Monday again. Ferries stayed in harbour.";
    precis_config cfg{};
    cfg.redundancy = 1000;
    EXPECT_EQ(test::summarize({text}, cfg).status, 2);
}

TEST(Redundancy, LowThresholdRejectsAnySharedTerm) {
    std::string text = "Storms closed the port. Storms damaged roofs. Ferries stayed in harbour.";
    precis_config cfg{};
    cfg.redundancy = 1;
    EXPECT_EQ(test::summarize({text}, cfg).status, 2);
}

TEST(Redundancy, WordsThatDifferInAnyByteAreDifferentTerms) {
    // "marathon", "marxthon" and "marathxn" share their length and first, middle and last bytes
    // (the word cache's slot, src/wordcache.h): a word met again must match every byte, or these
    // sentences would have the same terms and all but one would count as repeats.
    precis_config cfg{};
    cfg.budget_kind = PRECIS_BUDGET_RATIO;
    cfg.budget = 1000;
    cfg.redundancy = 1000;  // only identical term sets count as repeats
    std::string text = "Crews cleared the marathon route. Crews cleared the marxthon route. "
                       "Crews cleared the marathxn route.";
    EXPECT_EQ(test::summarize({text}, cfg).status, 3);
}

TEST(Boilerplate, BylinesCreditsAndRightsNoticesAreNeverSelected) {
    std::string text =
        "Writing by Jane Doe. Reporting by John Roe; Editing by Sam Poe. "
        "Copyright 2024 Example News. All rights reserved. "
        "This material may not be published, broadcast, rewritten, or redistributed. "
        "CNN's Ann Lee contributed to this report. Click here for more stories.";
    precis_config cfg{};
    cfg.budget = 10;
    test::Run r = test::summarize({text}, cfg);
    EXPECT_EQ(r.status, 0) << test::texts_of({text}, r)[0];
}

TEST(Boilerplate, NoFilterFlagMakesBoilerplateEligible) {
    std::string text = "Writing by Jane Doe. Copyright 2024 Example News.";
    precis_config cfg{};
    cfg.flags = PRECIS_KEEP_BOILERPLATE;
    EXPECT_EQ(test::summarize({text}, cfg).status, 2);
}

TEST(Boilerplate, RecognizesShortBylines) {
    const char *yes[] = {"By Jane Doe.", "By Jane Doe and John Roe, CNN", "* Writing by Mahmoud Barakat",
                         "(Reporting by Jo Lindqvist; Editing by Sam Ortiz)", "Photo: Reuters"};
    for (const char *s : yes) {
        EXPECT_TRUE(precis::detail::is_boilerplate(reinterpret_cast<const unsigned char *>(s), static_cast<uint32_t>(std::strlen(s)))) << s;
    }
}

TEST(Boilerplate, RecognizesAPagesVideoCommentAndSocialMediaNotices) {
    const char *yes[] = {"Scroll down for video .", "scroll down for videos .", "Scroll down to watch the highlights",
                         "Sorry we are not currently accepting comments on this article.",
                         "Follow @CNNPhotos on Twitter to join the conversation about photography.", "Like us on Facebook ."};
    for (const char *s : yes) {
        EXPECT_TRUE(precis::detail::is_boilerplate(reinterpret_cast<const unsigned char *>(s), static_cast<uint32_t>(std::strlen(s)))) << s;
    }
}

TEST(Boilerplate, RecognizesTimeStamps) {
    const char *yes[] = {"Published 03/10/2024 at 14:32", "Updated October 3, 2024 at 15:10 ET", "Last updated: 3 Oct 2024",
                         "PUBLISHED: 22:55 EST, 15 March 2015 | UPDATED: 23:01 EST, 15 March 2015",
                         "First published on Thu 3 Oct 2024 14.32 BST", "Posted on October 3, 2024 at 9:15 a.m.",
                         "22:55 EST, 15 March 2015 ."};
    for (const char *s : yes) {
        EXPECT_TRUE(precis::detail::is_boilerplate(reinterpret_cast<const unsigned char *>(s), static_cast<uint32_t>(std::strlen(s)))) << s;
    }
}

TEST(Boilerplate, LeavesSentencesThatOpenOnAStampWordAlone) {
    const char *no[] = {"Updated figures show a rise in 2024.", "Posted 5 goals in March.", "Published in 2010, the book sold well.",
                        "Last year 40 people died.", "Updates 3 and 4 fixed it.", "10:30 Police reach the scene."};
    for (const char *s : no) {
        EXPECT_FALSE(precis::detail::is_boilerplate(reinterpret_cast<const unsigned char *>(s), static_cast<uint32_t>(std::strlen(s)))) << s;
    }
}

TEST(Boilerplate, LeavesStorySentencesAboutTheSameWordsAlone) {
    const char *no[] = {"By the end of the year the plant had closed.", "Copyright law was reformed in 2019.",
                        "Subscribers to the service pay monthly.", "The photograph by the river won a prize."};
    for (const char *s : no) {
        EXPECT_FALSE(precis::detail::is_boilerplate(reinterpret_cast<const unsigned char *>(s), static_cast<uint32_t>(std::strlen(s)))) << s;
    }
}

bool boilerplate(const char *s) {
    return precis::detail::is_boilerplate(reinterpret_cast<const unsigned char *>(s), static_cast<uint32_t>(std::strlen(s)));
}

TEST(Boilerplate, RecognizesABylineWithTheWritersRole) {
    for (const char *s : {"By John Smith, special correspondent in Lyon", "By Jane Doe, Associated Press Writer",
                          "By Maria Perez, BBC News, Madrid", "By Ann Lee, staff reporter"}) {
        EXPECT_TRUE(boilerplate(s)) << s;
    }
}

TEST(Boilerplate, LeavesStorySentencesThatOpenOnByAndATimeAlone) {
    for (const char *s : {"By the end of the year, the plant had closed.", "By Monday, officials said the storm had passed.",
                          "By Christmas Eve, the shops had closed.", "By Thursday afternoon, the ferries sailed again"}) {
        EXPECT_FALSE(boilerplate(s)) << s;
    }
}

TEST(Boilerplate, RecognizesALinkToASectionAfterMoreFrom) {
    for (const char *s : {"More from Harbour Voices .", "More from Harbour Start-Up"}) EXPECT_TRUE(boilerplate(s)) << s;
    EXPECT_FALSE(boilerplate("More from the harbour town were evacuated on Friday."));
}

TEST(Boilerplate, RecognizesAnEndOfStoryLineAfterItsRunOfX) {
    for (const char *s : {"XXXX END OF STORY", "XXX END OF STORY", "END OF STORY"}) EXPECT_TRUE(boilerplate(s)) << s;
    for (const char *s : {"XXX Olympiad opens in the harbour town.", "END OF STORY HOUR AT THE LIBRARY"}) {
        EXPECT_FALSE(boilerplate(s)) << s;
    }
}

TEST(Boilerplate, RecognizesKoreanRightsNoticesAndTheCircledC) {
    for (const char *s : {"무단 전재 및 재배포 금지", "저작권자 ⓒ 항구일보, 무단전재-재배포금지", "ⓒ 항구일보"}) {
        EXPECT_TRUE(boilerplate(s)) << s;
    }
    EXPECT_FALSE(boilerplate("항구 도시는 오늘 새로운 여객선 계획을 발표했다."));
}

TEST(Boilerplate, RecognizesRussianRightsNoticeAtALinesStart) {
    EXPECT_TRUE(boilerplate("Все права защищены."));
    EXPECT_TRUE(boilerplate("Все права защищены"));
    EXPECT_FALSE(boilerplate("Министр сказал, что их права защищены законом."));
}

TEST(Boilerplate, RecognizesChineseRightsNoticeAlone) {
    EXPECT_TRUE(boilerplate("版权所有"));
    EXPECT_TRUE(boilerplate("版权所有 © 港口日报"));
    EXPECT_FALSE(boilerplate("版权所有者认为新规定保护了他们的利益。"));
}

TEST(Boilerplate, LeavesAnInvitationThatOpensOnSeeAlone) {
    EXPECT_FALSE(boilerplate("See you in court, he said."));
}

struct DatelineCase {
    const char *text;
    const char *rest;  // what follows the dateline; nullptr: no dateline
};

TEST(Dateline, AgencyAndPlaceDatelinesAreCut) {
    DatelineCase cases[] = {
        {"LONDON (Reuters) - The bank said.", "The bank said."},
        {"(CNN)Sigma Alpha Epsilon is under fire.", "Sigma Alpha Epsilon is under fire."},
        {"(CNN) -- The storm hit.", "The storm hit."},
        {"WASHINGTON (AP) _ An influential lawmaker spoke.", "An influential lawmaker spoke."},
        {"LONDON, England (CNN) -- Police said.", "Police said."},
        {"Los Angeles (CNN)Three residents were arrested.", "Three residents were arrested."},
        {"Dhaka, Bangladesh (CNN)At least six people have died.", "At least six people have died."},
        {"Mary Smith (Reuters) spoke.", nullptr},
        {"NEW YORK \xE2\x80\x94 Stocks rose.", "Stocks rose."},
        {"SPARTA, Ga. _ By ten o'clock the heat rose.", "By ten o'clock the heat rose."},
        {"DAYTON, Ohio _ Even as new drugs arrive, pain persists.", "Even as new drugs arrive, pain persists."},
        {"CROW AGENCY, Mont. -- First the Crow were bullied.", "First the Crow were bullied."},
        {"Dayton, Ohio _ a city.", nullptr},
        {"PARIS, February 20 (Xinhua) -- The prime minister spoke.", "The prime minister spoke."},
        {"VIENNA, May 6 (Xinhua) -- China backs the plan.", "China backs the plan."},
        {"NEW YORK, Oct. 20 -- Stocks fell.", "Stocks fell."},
        {"In 2015 the plant - a ruin - closed.", nullptr},
        {"PORT-AU-PRINCE, Haiti (AP) _ Haiti has little money.", "Haiti has little money."},
        {"CAMPAIGN-ROUNDUP (Undated) _ Bush courts voters.", "Bush courts voters."},
        {"PORT-DE-BOUC rebuilt its harbour.", nullptr},
        {"NATO, the alliance - said so.", nullptr},
        {"The US (and its allies) - said so.", nullptr},
        {"US troops - a note.", nullptr},
        {"The US has agreed to reduce its forces in Iraq.", nullptr},
    };
    for (const DatelineCase &c : cases) {
        uint32_t n = static_cast<uint32_t>(std::strlen(c.text));
        uint32_t cut = precis::detail::dateline_length(reinterpret_cast<const unsigned char *>(c.text), n);
        if (c.rest == nullptr) {
            EXPECT_EQ(cut, 0u) << c.text;
        } else {
            EXPECT_STREQ(c.text + cut, c.rest) << c.text;
        }
    }
}

TEST(Lead, TakesTheFirstSentencesOfEachDocumentInTurn) {
    std::string a = "Apples grow on trees. Pears ripen late. Plums are purple.", b = "Rivers flood in spring. Lakes freeze.";
    precis_config cfg{};
    cfg.algorithm = PRECIS_ALGO_LEAD;
    cfg.order = PRECIS_ORDER_RANK;
    cfg.budget = 3;
    std::vector<std::string> texts = test::texts_of({a, b}, test::summarize({a, b}, cfg));
    EXPECT_EQ(texts, (std::vector<std::string>{"Apples grow on trees.", "Rivers flood in spring.", "Pears ripen late."}));
}

TEST(Default, PrefersCentralSentencesOverAnEarlyAside) {
    std::string text =
        "The council approved a new budget for the city's schools on Monday. "
        "Parking near the town hall was difficult. "
        "The schools budget adds teachers and repairs school buildings across the city. "
        "Council members said the budget for schools was the largest in a decade.";
    precis_config cfg{};
    cfg.budget = 2;
    std::vector<std::string> texts = test::texts_of({text}, test::summarize({text}, cfg));
    EXPECT_FALSE(any_contains(texts, "Parking"));
}

TEST(Determinism, SameInputGivesSameSpansAndScoresWhateverCameBefore) {
    std::string sample = test::sample(), other = "Something else entirely. With another sentence. And a third.";
    precis_config cfg{};
    cfg.budget = 5;
    std::vector<std::string> docs_texts{sample};
    std::vector<precis_doc> docs = test::docs_of(docs_texts);
    std::vector<unsigned char> ws(precis_workspace_size(&cfg.limits));
    precis_span first[5], again[5], other_out[5];
    int n1 = precis_summarize(docs.data(), 1, &cfg, ws.data(), ws.size(), first, 5, nullptr);
    std::vector<std::string> odocs_texts{other};
    std::vector<precis_doc> odocs = test::docs_of(odocs_texts);
    precis_summarize(odocs.data(), 1, &cfg, ws.data(), ws.size(), other_out, 5, nullptr);
    std::memset(ws.data(), 0xA5, ws.size());  // garbage left in the workspace changes nothing
    int n2 = precis_summarize(docs.data(), 1, &cfg, ws.data(), ws.size(), again, 5, nullptr);
    ASSERT_EQ(n1, n2);
    ASSERT_EQ(n1, 5);
    EXPECT_EQ(std::memcmp(first, again, sizeof first), 0);
}

TEST(Determinism, SeparateWorkspacesGiveIdenticalResults) {
    std::string sample = test::sample();
    test::Run a = test::summarize({sample}), b = test::summarize({sample});
    ASSERT_EQ(a.spans.size(), b.spans.size());
    for (size_t i = 0; i < a.spans.size(); ++i) {
        EXPECT_EQ(a.spans[i].sentence, b.spans[i].sentence);
        EXPECT_EQ(a.spans[i].score, b.spans[i].score);
    }
}

TEST(Sample, SummaryOfTheBundledSampleCarriesTheStoryNotTheByline) {
    std::string sample = test::sample();
    std::vector<std::string> texts = test::texts_of({sample}, test::summarize({sample}));
    ASSERT_EQ(texts.size(), 3u);
    EXPECT_TRUE(any_contains(texts, "opened a 400-metre tidal barrier"));
    EXPECT_FALSE(any_contains(texts, "Reporting by"));
    EXPECT_FALSE(any_contains(texts, "Copyright"));
    EXPECT_FALSE(any_contains(texts, "KESTREL BAY (Coastal Wire)"));
}

}  // namespace
