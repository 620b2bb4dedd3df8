// Wire-service editor codes and sign-offs are boilerplate (src/boilerplate.h): newswire copy
// carries them between and after the story's paragraphs, and a summary that ends on "(xyz)" or
// "MORE" wastes its last bytes. The examples are written for these tests in the forms the wires
// use; none is copied from a real report.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "boilerplate.h"
#include "support.h"

namespace {

bool boilerplate(const std::string &s) {
    return precis::detail::is_boilerplate(reinterpret_cast<const unsigned char *>(s.data()), static_cast<uint32_t>(s.size()));
}

TEST(WireCodes, BracketedLowerCaseEditorSlugsAreBoilerplate) {
    for (const char *s : {"(abc)", "(qr/tz)", "(mn/op/qr/st)", "(jk-lmn)"}) EXPECT_TRUE(boilerplate(s)) << s;
    for (const char *s : {"(AP)", "(The minister later resigned.)", "(see map)", "()"}) EXPECT_FALSE(boilerplate(s)) << s;
}

TEST(WireCodes, MoreAndEndMarkersAloneAreBoilerplate) {
    for (const char *s : {"MORE", "(MORE)", "MORE.", "END", "(END)", "ENDIT", "(BEGIN OPTIONAL TRIM)",
                          "(END OPTIONAL TRIM)"}) {
        EXPECT_TRUE(boilerplate(s)) << s;
    }
    for (const char *s : {"More rain is expected.", "END OF AN ERA FOR THE PORT", "Endit is a village."}) {
        EXPECT_FALSE(boilerplate(s)) << s;
    }
}

TEST(WireCodes, UnderscoreAndDashRulesAreBoilerplate) {
    for (const char *s : {"___", "_______", "----", "------------------------", "=====", "- - - -"}) {
        EXPECT_TRUE(boilerplate(s)) << s;
    }
    for (const char *s : {"___ Ferry services resume after the storm", "-- a quoted aside"}) {
        EXPECT_FALSE(boilerplate(s)) << s;
    }
}

TEST(WireCodes, GrafPickUpNotesAreBoilerplate) {
    for (const char *s : {"The talks, 4th graf pvs", "The harbour, 3rd graf prv", "Ferry crews, graf 5 pvs",
                          "The storm, pick up 2nd graf pvs.", "Divers found, 6th graf, pvs. (ab)"}) {
        EXPECT_TRUE(boilerplate(s)) << s;
    }
    for (const char *s : {"Graf won the previous final in three sets.", "Steffi Graf beat her in the previous round."}) {
        EXPECT_FALSE(boilerplate(s)) << s;
    }
}

TEST(WireCodes, GrafPickUpNotesAreFoundAtEveryOffset) {
    // The words are looked for four bytes at a time where the core loads them so.
    for (std::size_t pad = 0; pad < 8; ++pad) {
        const std::string lead = "Ferry " + std::string(pad, 'x');
        EXPECT_TRUE(boilerplate(lead + ", 2nd graf PVS")) << pad;
        EXPECT_TRUE(boilerplate(lead + ", 2nd grafs pvs")) << pad;
        EXPECT_FALSE(boilerplate(lead + ", 2nd Graf pvs")) << pad;  // "graf" in lower case only
        EXPECT_FALSE(boilerplate(lead + ", 2nd xgraf pvs")) << pad;
    }
}

TEST(WireCodes, InterviewMarkersStandingAloneAreBoilerplate) {
    for (const char *s : {"Q.", "A.", "Q:", "A:"}) EXPECT_TRUE(boilerplate(s)) << s;
    for (const char *s : {"Q. When will the ferries sail again?", "A. Not before Friday, the company said."}) {
        EXPECT_FALSE(boilerplate(s)) << s;
    }
}

TEST(WireCodes, EditorsNotesAndFilingLinesAreBoilerplate) {
    for (const char *s : {"Eds: Embargoed until Friday, 6 a.m.", "EDs: Moves in the business category.",
                          "EDITORS: A correction follows.", "Editor's note: This story was updated.",
                          "Story Filed By Harbour News Service"}) {
        EXPECT_TRUE(boilerplate(s)) << s;
    }
    EXPECT_FALSE(boilerplate("Editors at the paper resigned in protest."));
}

TEST(WireCodes, ASyndicatesNoticesToItsClientsAreBoilerplate) {
    for (const char *s : {"For Use By Clients of the Harbour Times News Service",
                          "The following material is for use only by arrangement with Harbour Syndicate.",
                          "The following photos are part of tonight's Harbour Times Photo Package, moving 10/28/98.",
                          "These columns for release Friday, January 14 are moving today to clients.",
                          "These feature stories are moving today to clients of the Harbour Times News Service."}) {
        EXPECT_TRUE(boilerplate(s)) << s;
    }
    EXPECT_FALSE(boilerplate("The following day, the harbour master closed the port."));
    EXPECT_FALSE(boilerplate("These columns hold up the old harbour roof."));
}

// Through the API: at a byte budget that leaves room after the story, the codes never fill it.
TEST(WireCodes, AreNotSelectedToFillAByteBudget) {
    const std::string text =
        "DOVER, England (AP) _ Storms cancelled every ferry crossing on Thursday, the operator said.\n"
        "Passengers were offered hotel rooms in the harbour town.\n"
        "(qr/tz)\n"
        "MORE\n"
        "Ferry crews, 2nd graf pvs\n"
        "___\n"
        "The operator expects crossings to resume on Friday.\n"
        "ENDIT\n";
    std::vector<std::string> texts{text};
    const std::vector<std::string> codes = {"(qr/tz)", "MORE", "Ferry crews, 2nd graf pvs", "___", "ENDIT"};
    for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!precis_algorithm_available(static_cast<int>(a))) continue;  // not in this build
        for (uint32_t budget : {60u, 120u, 200u, 400u}) {
            precis_config cfg{};
            cfg.algorithm = a;
            cfg.budget_kind = PRECIS_BUDGET_BYTES;
            cfg.budget = budget;
            for (const std::string &got : test::texts_of(texts, test::summarize(texts, cfg))) {
                for (const std::string &code : codes) {
                    EXPECT_NE(got, code) << "algorithm " << a << ", " << budget << " bytes";
                }
            }
        }
    }
}

}  // namespace
