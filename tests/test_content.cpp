// One rule for units that carry no story (src/content.h), obeyed by every algorithm: what is
// never selected at all (content-free), and what is furniture that only PRECIS_KEEP_BOILERPLATE
// lets through. Every test runs every algorithm with a budget of every sentence, so that
// whatever is left out is left out by the rule and not by the ranking.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "boilerplate.h"
#include "discourse.h"
#include "support.h"
#include "text.h"

namespace {

// Story sentences, written for these tests, that any algorithm selects when the budget holds all.
const std::string kStory =
    "The ferry company cancelled all crossings on Thursday because of the storm.\n\n"
    "Passengers were offered hotel rooms in the harbour town.\n\n";

std::vector<std::string> selected(const std::string &text, uint32_t algorithm, bool keep_boilerplate) {
    precis_config cfg{};
    cfg.algorithm = algorithm;
    cfg.budget_kind = PRECIS_BUDGET_RATIO;
    cfg.budget = 1000;
    cfg.redundancy = 1000;  // only identical term sets count as repeats
    if (keep_boilerplate) cfg.flags = PRECIS_KEEP_BOILERPLATE;
    std::vector<std::string> texts{text};
    return test::texts_of(texts, test::summarize(texts, cfg));
}

bool contains(const std::vector<std::string> &v, const std::string &s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

// `unit` (one sentence as the segmenter splits it from `text`) is never selected, whatever the
// flags, and the story around it still is.
void expect_never_selected(const std::string &text, const std::string &unit) {
    for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!precis_algorithm_available(static_cast<int>(a))) continue;  // not in this build
        for (bool keep : {false, true}) {
            std::vector<std::string> got = selected(text, a, keep);
            EXPECT_FALSE(contains(got, unit)) << "algorithm " << a << (keep ? " with" : " without")
                                              << " boilerplate selected: " << unit;
            EXPECT_TRUE(contains(got, "Passengers were offered hotel rooms in the harbour town."))
                << "algorithm " << a << ": the story is gone";
        }
    }
}

// `unit` is furniture: never selected by default, selectable when the caller keeps boilerplate.
void expect_boilerplate(const std::string &text, const std::string &unit) {
    for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!precis_algorithm_available(static_cast<int>(a))) continue;  // not in this build
        EXPECT_FALSE(contains(selected(text, a, false), unit)) << "algorithm " << a << " selected: " << unit;
        EXPECT_TRUE(contains(selected(text, a, true), unit)) << "algorithm " << a << " kept out: " << unit;
    }
}

// ---- never selected ----------------------------------------------------------------------------

TEST(Content, ChatFillerWithFewerThanTwoContentWordsIsNeverSelected) {
    for (const char *line : {"Ugh.", "ok do it", "No.", "It was.", "Thanks!!", "Yes, yes."}) {
        expect_never_selected(kStory + line + "\n\nThe ferries will sail again on Friday.", line);
    }
}

TEST(Content, ATimestampListNumberOrSpeakerLabelAddsNoContentWord) {
    // What a chat line, a list item or a transcript line says comes after them.
    for (const char *line : {"[09:16] ugh", "[09:18] carol: \xF0\x9F\x91\x8D", "2. Docs.", "INTERVIEWER: Great.",
                             "DR. PATEL: Yes.", "Other plans include:"}) {
        expect_never_selected(kStory + line + "\n\nThe ferries will sail again on Friday.", line);
    }
}

TEST(Content, WhatFollowsATimestampOrALabelStaysSelectable) {
    for (const char *line : {"[09:18] carol: the nightly ferry was cancelled again", "Update: the ferries sail again.",
                             "Police said the storm peaked at 1:47 a.m."}) {
        std::string text = kStory + line;
        for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
            if (!precis_algorithm_available(static_cast<int>(a))) continue;  // not in this build
            EXPECT_TRUE(contains(selected(text, a, false), line)) << "algorithm " << a << ": " << line;
        }
    }
}

TEST(Content, EmojiOnlyLinesAreNeverSelected) {
    for (const char *line : {"\xF0\x9F\x91\x8D", "\xF0\x9F\x98\x82\xF0\x9F\x98\x82\xF0\x9F\x98\x82",
                             "\xF0\x9F\x8E\x89 \xF0\x9F\x8E\x89 !!"}) {
        expect_never_selected(kStory + line + "\n\nThe ferries will sail again on Friday.", line);
    }
}

TEST(Content, OneWordLinesOfScriptsThatSpaceTheirWordsAreNeverSelected) {
    // "Yes." in Hindi, Georgian, Korean and Vietnamese: one content word, as in English.
    for (const char *line : {"\xE0\xA4\xB9\xE0\xA4\xBE\xE0\xA4\x81\xE0\xA5\xA4", "\xE1\x83\x93\xE1\x83\x98\xE1\x83\x90\xE1\x83\xAE.",
                             "\xEB\x84\xA4.", "\xE1\xBB\xAA."}) {
        expect_never_selected(kStory + line + "\n\nThe ferries will sail again on Friday.", line);
    }
}

TEST(Content, AStrayByteOrderMarkIsNeverSelected) {
    // Where files were joined (cat a.txt b.txt), the second one's mark stands on a line of its own.
    expect_never_selected(kStory + "\xEF\xBB\xBF\n\nThe ferries will sail again on Friday.", "\xEF\xBB\xBF");
}

TEST(Content, CodeFenceLinesAreNeverSelected) {
    std::string text = kStory + "```\n\nThe timetable lists every crossing.\n\n~~~\n\n```json config file\n";
    expect_never_selected(text, "```");
    expect_never_selected(text, "~~~");
    expect_never_selected(text, "```json config file");
}

TEST(Content, TableRuleLinesAreNeverSelected) {
    for (const char *line : {"|---|---|", "| :--- | ---: |", "+------+------+", "|=====|"}) {
        expect_never_selected(kStory + "| Route | Status |\n" + line + "\n| Dover Calais | cancelled |\n", line);
    }
}

TEST(Content, LeadInsWhoseContentIsMissingAreNeverSelected) {
    // Pages leave a colon and a full stop where a list or a box was taken out.
    for (const char *line : {"Muhammadu Buhari: .", "Here is what we know about the two ferries: ."}) {
        expect_never_selected(kStory + line + "\n\nThe ferries will sail again on Friday.", line);
    }
}

TEST(Content, DateLinesAreNeverSelected) {
    // What news pages leave above a story: a date's numbers and names count as one content word.
    for (const char *line : {"March 3, 2015 .", "14 April 2015.", "5:17).", "2015-03-03 12:00.", "Saturday, January 1, 2005",
                             "Thursday, July 14, 2005"}) {
        expect_never_selected(kStory + line + "\n\nThe ferries will sail again on Friday.", line);
    }
}

TEST(Content, ShortNewsSentencesWithTwoContentWordsStaySelectable) {
    // A number and a word are two ("Pero was 55."), and so are a date and a word.
    for (const char *line : {"Police arrested two men.", "Turnout was high.", "Nobody was hurt.", "Pero was 55.",
                             "23,000 deaths.", "Voting ends on March 3.", "Crowds march.", "Faraday resigned.",
                             "Voting ends Friday."}) {
        std::string text = kStory + line;
        for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
            if (!precis_algorithm_available(static_cast<int>(a))) continue;  // not in this build
            EXPECT_TRUE(contains(selected(text, a, false), line)) << "algorithm " << a << ": " << line;
        }
    }
}

TEST(Content, SentencesInScriptsWithoutSpacesStaySelectable) {
    // One "word" to the tokenizer, a clause to the reader: the rule must not count it as one word.
    // Chinese "the ferry company cancelled all crossings", and Thai (which writes no sentence mark
    // either) "ferry cancelled".
    for (const std::string &line : {std::string("\xE6\xB8\xA1\xE8\x88\xB9\xE5\x85\xAC\xE5\x8F\xB8\xE5\x8F\x96\xE6\xB6\x88"
                                               "\xE4\xBA\x86\xE6\x89\x80\xE6\x9C\x89\xE8\x88\xAA\xE7\x8F\xAD\xE3\x80\x82"),
                                   std::string("\xE0\xB9\x80\xE0\xB8\xA3\xE0\xB8\xB7\xE0\xB8\xAD\xE0\xB8\x82\xE0\xB9\x89"
                                               "\xE0\xB8\xB2\xE0\xB8\xA1\xE0\xB8\x9F\xE0\xB8\xB2\xE0\xB8\x81\xE0\xB8\xA2"
                                               "\xE0\xB8\x81\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\xB4\xE0\xB8\x81")}) {
        for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
            if (!precis_algorithm_available(static_cast<int>(a))) continue;  // not in this build
            EXPECT_TRUE(contains(selected(kStory + line, a, false), line)) << "algorithm " << a << ": " << line;
        }
    }
}

// ---- furniture: boilerplate ----------------------------------------------------------------------

TEST(Content, QuotedReplyLinesAreBoilerplate) {
    std::string text = kStory + "> Could you check the ferry times for Monday?\n> The office closes early.\n";
    expect_boilerplate(text, "> Could you check the ferry times for Monday?");
    expect_boilerplate(text, "> The office closes early.");
}

TEST(Content, ReplyHeadersAreBoilerplate) {
    const std::string header = "On Fri, 3 May 2024 at 10:15, Tom Baker <tom@example.com> wrote:";
    expect_boilerplate(kStory + header + "\n> Any news about the ferry?\n", header);
    const std::string short_header = "Maria Lopez <maria@example.org> wrote:";
    expect_boilerplate(kStory + short_header + "\n> Any news about the ferry?\n", short_header);
}

TEST(Content, ASentenceThatIntroducesAQuotationIsNotAReplyHeader) {
    std::string text = kStory + "In his letter to the council the harbour master wrote:\n\n"
                                "\"The pier needs repairs before winter.\"";
    for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!precis_algorithm_available(static_cast<int>(a))) continue;  // not in this build
        EXPECT_TRUE(contains(selected(text, a, false), "In his letter to the council the harbour master wrote:"))
            << "algorithm " << a;
    }
}

TEST(Content, GreetingLinesAreBoilerplate) {
    for (const char *line : {"Hi Tom,", "Dear Ms Novak,", "Hello everyone!"}) {
        expect_boilerplate(std::string(line) + "\n\n" + kStory, line);
    }
}

TEST(Content, SignOffAndTheNameUnderItAreBoilerplate) {
    std::string text = kStory + "Best regards,\nAnna Kowalski\nLogistics Manager, Northwind Ferries\n";
    expect_boilerplate(text, "Best regards,");
    expect_boilerplate(text, "Anna Kowalski");
    expect_boilerplate(text, "Logistics Manager, Northwind Ferries");
}

TEST(Content, SignOffWithANameOnItsLineIsBoilerplate) {
    for (const char *line : {"Thanks, Anna", "Cheers, Tom Baker", "Kind regards, \xC5\x81ukasz Nowak"}) {
        expect_boilerplate(kStory + line, line);
    }
}

TEST(Content, EverySignOffIsOne) {
    // Each letter's sign-offs (boilerplate.cpp), the longer before the shorter one they open, alone
    // or with a name; a word they open is not one.
    auto sign_off = [](const std::string &line) {
        return precis::detail::is_sign_off(reinterpret_cast<const unsigned char *>(line.data()),
                                           static_cast<uint32_t>(line.size()));
    };
    for (const char *line : {"All the best,", "Best regards,", "Best wishes,", "Best,", "Cheers!", "Kind regards,",
                             "Many thanks,", "Regards,", "Sincerely,", "Thanks again,", "Thank you,", "Thanks.",
                             "Take care,", "Warm regards,", "Warmest regards,", "With regards,", "Yours sincerely,",
                             "Yours truly,", "Yours faithfully,"}) {
        EXPECT_TRUE(sign_off(line)) << line;
        EXPECT_TRUE(sign_off(std::string(line) + " Anna Kowalski")) << line;
        EXPECT_FALSE(sign_off(std::string(line) + " the ferry was late")) << line;
    }
    for (const char *line : {"Bestow the prize.", "Thanksgiving dinner", "Yourself included", "Zero", ""}) {
        EXPECT_FALSE(sign_off(line)) << line;
    }
}

TEST(Content, SignatureAfterTheDelimiterIsBoilerplate) {
    std::string text = kStory + "-- \nTom Baker\nOperations Desk, Harbour Lines\n";
    expect_boilerplate(text, "Tom Baker");
    expect_boilerplate(text, "Operations Desk, Harbour Lines");
    expect_never_selected(text, "--");
}

TEST(Content, ASignatureEndsAtTheFirstSentenceWithFinalPunctuation) {
    std::string text = "Kind regards,\nTom Baker\nThe harbour reopened on Saturday morning after repairs.\n" + kStory;
    for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!precis_algorithm_available(static_cast<int>(a))) continue;  // not in this build
        EXPECT_TRUE(contains(selected(text, a, false), "The harbour reopened on Saturday morning after repairs."))
            << "algorithm " << a;
    }
}

TEST(Content, LinkLinesAreBoilerplate) {
    for (const char *line : {"On the Net: http://www.harbour-ferries.example", "E-mail: jane(at)harbour.example",
                             "Follow us on Twitter: @harbourferries", "Timetables: https://harbour-ferries.example/winter",
                             "harbour-ferries.example/timetables", "www.harbour-ferries.example/news"}) {
        expect_boilerplate(kStory + line + "\n", line);
    }
}

TEST(Content, ALinkLineWithAChineseLabelIsBoilerplate) {
    // "More details: http://...": a label is words, not characters, whatever a word budget counts.
    const std::string line = "\xE6\x9B\xB4\xE5\xA4\x9A\xE8\xAF\xA6\xE7\xBB\x86\xE4\xBF\xA1\xE6\x81\xAF: http://www.gov.example/news/2024";
    expect_boilerplate(kStory + line + "\n", line);
}

TEST(Content, ASentenceThatEndsOnAnAddressAfterMoreWordsStaysSelectable) {
    const std::string sentence = "The ferry company posts its new winter timetable at www.harbour-ferries.example.";
    for (uint32_t a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!precis_algorithm_available(static_cast<int>(a))) continue;  // not in this build
        EXPECT_TRUE(contains(selected(kStory + sentence + "\n", a, false), sentence)) << "algorithm " << a;
    }
}

TEST(Content, SentFromMyPhoneLinesAreBoilerplate) {
    expect_boilerplate(kStory + "Sent from my iPhone", "Sent from my iPhone");
    expect_boilerplate(kStory + "Sent from my Galaxy tablet", "Sent from my Galaxy tablet");
}

TEST(Content, ADailyMailBylineNameAfterByAloneIsBoilerplate) {
    // "By . Nelson Groom for Daily Mail Australia . PUBLISHED: . 22:55 EST, 15 March 2015 ." is
    // four units to the segmenter; the name and the time stamps are furniture.
    const std::string header = "By . Nelson Groom for Daily Mail Australia . PUBLISHED: . 22:55 EST, 15 March 2015 . | . "
                               "UPDATED: . 23:01 EST, 15 March 2015 . ";
    expect_boilerplate(header + kStory, "Nelson Groom for Daily Mail Australia .");
    expect_boilerplate(header + kStory, "22:55 EST, 15 March 2015 .");
}

TEST(Content, ALongSentenceAfterByAloneStaysSelectable) {
    const std::string sentence = "The council voted on Monday to close the old harbour bridge to traffic for a year .";
    EXPECT_TRUE(contains(selected("By . " + sentence + " " + kStory, PRECIS_ALGO_DEFAULT, false), sentence));
}

TEST(Content, AMessageHeadersSubjectLineIsBoilerplate) {
    // Of an Outlook header block, "From: ..." ends on an address (a link line) and "Sent: ..." is
    // a date; the subject line has content words of its own.
    const std::string subject = "Subject: Budget figures for the third quarter";
    expect_boilerplate(kStory + "From: Tom Lee <tom@example.com>\nSent: Monday, October 3, 2022 10:15 AM\n" + subject +
                           "\n\nThe figures are attached.",
                       subject);
}

// ---- the per-sentence tests answer alike wherever their bytes stand --------------------------
// On 64-bit hosts they run fast paths first (boilerplate.cpp, discourse.cpp, language.h): words of
// eight or sixteen bytes, filters in front of phrase lookups. These place what they look for at
// every offset, so that it falls in every lane of a word, in a word's tail and past it.

bool boilerplate(const std::string &s) {
    return precis::detail::is_boilerplate(reinterpret_cast<const unsigned char *>(s.data()), static_cast<uint32_t>(s.size()));
}

// ends_on_address as its byte loop reads the sentence's last run (boilerplate.cpp).
bool address_by_bytes(const std::string &s) {
    const uint32_t n = static_cast<uint32_t>(s.size());
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    bool slash = false;
    for (uint32_t i = n; i-- > 0 && !precis::detail::is_space(p[i]);) {
        const unsigned char c = p[i], next = i + 1 < n ? p[i + 1] | 0x20 : 0;
        if (c == '@' || (c == '.' && slash) || (c == ':' && next == '/') ||
            (c == '(' && next == 'a' && i + 3 < n && (p[i + 2] | 0x20) == 't' && p[i + 3] == ')'))
            return true;
        slash = slash || c == '/';
    }
    return false;
}

TEST(Content, EndsOnAddressReadsTheLastRunWhereverItsBytesStand) {
    uint32_t seed = 12345;  // a fixed sequence: the same cases on every run
    const char alphabet[] = {'a', 'b', 'T', ' ', ' ', '.', '@', '/', ':', '(', ')', 't', 'A', '\t', '\n', '\x0f', ','};
    for (int round = 0; round < 20000; ++round) {
        std::string s;
        seed = seed * 1103515245u + 12345u;
        const uint32_t len = (seed >> 16) % 48;
        for (uint32_t k = 0; k < len; ++k) {
            seed = seed * 1103515245u + 12345u;
            // Mostly letters, so that runs are long enough to span words of eight bytes.
            const uint32_t r = (seed >> 16) % 64;
            s += r < 47 ? static_cast<char>('a' + r % 26) : alphabet[r - 47];
        }
        EXPECT_EQ(precis::detail::ends_on_address(reinterpret_cast<const unsigned char *>(s.data()), static_cast<uint32_t>(s.size())),
                  address_by_bytes(s))
            << '"' << s << '"';
    }
    for (uint32_t pad = 0; pad < 40; ++pad) {
        const std::string words = "Read the full report at " + std::string(pad, 'w');
        for (const char *run : {"www.example.com/", "jane@example.com", "jane(at)example.com", "http://x.org"}) {
            EXPECT_TRUE(address_by_bytes(words + " " + run)) << run;
            EXPECT_TRUE(precis::detail::ends_on_address(reinterpret_cast<const unsigned char *>((words + " " + run).data()),
                                                        static_cast<uint32_t>((words + " " + run).size())))
                << pad << " " << run;
        }
        const std::string plain = words + " yesterday.";
        EXPECT_FALSE(precis::detail::ends_on_address(reinterpret_cast<const unsigned char *>(plain.data()),
                                                     static_cast<uint32_t>(plain.size())))
            << pad;
    }
}

TEST(Content, RightsMarksAreFoundAtEveryOffsetAndOtherLettersAboveAsciiAreNot) {
    for (uint32_t pad = 0; pad < 48; ++pad) {
        const std::string before = "The photograph " + std::string(pad, 'x');
        for (const char *mark : {"\xC2\xA9 2015 Agency", "\xE2\x93\x92 Yonhap", "\xEC\x9E\xAC\xEB\xB0\xB0\xED\x8F\xAC \xEA\xB8\x88\xEC\xA7\x80",
                                 "all rights reserved", "contributed to this report", "click here"}) {
            EXPECT_TRUE(boilerplate(before + " " + mark)) << pad << " " << mark;
            EXPECT_TRUE(boilerplate(before + " " + mark + " for more of it here")) << pad << " " << mark;
        }
        EXPECT_FALSE(boilerplate(before + " caf\xC3\xA9 and cr\xC3\xA8me were \xE2\x80\x9Cgood\xE2\x80\x9D today."))
            << pad;
        EXPECT_FALSE(boilerplate(before + " \xC2\xA0 stood there.")) << pad;  // a no-break space opens no "©"
    }
}

TEST(Content, PickUpNotesAreFoundAtEveryOffset) {
    for (uint32_t pad = 0; pad < 90; ++pad) {
        EXPECT_TRUE(boilerplate(std::string(pad, 'x') + " talks, 4th graf pvs")) << pad;
        EXPECT_FALSE(boilerplate(std::string(pad, 'x') + " talks, 4th page pvs")) << pad;
    }
}

TEST(Content, OpenersSignOffsAndBackReferencesAreFoundInAnyCase) {
    for (const char *s : {"Writing by Jane Doe; editing by John Roe", "WRITING BY JANE DOE", "writing by jane doe",
                          "Photo: AP", "PHOTO: AP", "Eds: Embargoed for Friday.", "EDS: embargoed", "Sign up for our newsletter",
                          "Follow @CNN on Twitter", "The following material is for use by subscribers",
                          "\xD0\x92\xD1\x81\xD0\xB5 \xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB0 \xD0\xB7\xD0\xB0\xD1\x89\xD0\xB8\xD1\x89\xD0\xB5\xD0\xBD\xD1\x8B",
                          "* Reporting by Jane Doe", "(Additional reporting by John Roe)", "Best regards,", "BEST REGARDS,",
                          "Thanks, Anna", "Thank you!", "Yours sincerely,", "Cheers"})
        EXPECT_TRUE(boilerplate(s)) << s;
    for (const char *s : {"Writings of the era survive.", "Photos show the harbour.", "Thanksgiving dinner was served.",
                          "Bestow the prize on her.", "The following day, the talks resumed.", "Signing the deal took hours."})
        EXPECT_FALSE(boilerplate(s)) << s;
    auto leans = [](const std::string &s) {
        return precis::detail::opens_with_back_reference(reinterpret_cast<const unsigned char *>(s.data()), static_cast<uint32_t>(s.size()));
    };
    for (const char *s : {"However, the talks went on.", "HOWEVER, the talks went on.", "however the talks went on.",
                          "He said so.", "HE said so.", "It's late.", "Nevertheless, they stayed.", "NONETHELESS they stayed.",
                          "As a result, prices rose.", "On the other hand, it rained.", "For his part, he left.",
                          "\"They left,\" he said.", "The move came late.", "THE DECISION came late."})
        EXPECT_TRUE(leans(s)) << s;
    for (const char *s : {"Item one is here.", "Thesis defended.", "Hence2 is a band.", "Heat rose.", "As well we know.",
                          "The talks went on.", "Asked why, she left.", "Onward they went.", "123 people came."})
        EXPECT_FALSE(leans(s)) << s;
}

}  // namespace
