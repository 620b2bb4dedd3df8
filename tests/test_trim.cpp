// Sentence trimming (src/trim.h): each rule, what it removes and what it must keep, and the
// guarantees every trimmed sentence keeps (a capital start, its terminator, no dangling comma,
// quotations and numbers whole). The sentences are written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "trim.h"

namespace {

using precis::detail::ByteRange;
using precis::detail::Trimmed;

const unsigned char *bytes(const std::string &s) { return reinterpret_cast<const unsigned char *>(s.data()); }

Trimmed trim(const std::string &s, uint32_t rules) {
    Trimmed t;
    precis::detail::trim_sentence(bytes(s), static_cast<uint32_t>(s.size()), rules, &t);
    return t;
}

// The sentence as precis_join would write it after trimming with `rules`.
std::string trimmed(const std::string &s, uint32_t rules) {
    Trimmed t = trim(s, rules);
    std::string out(s.size(), '\0');
    out.resize(precis::detail::write_fragments(bytes(s), t.fragment, t.count, &out[0]));
    return out;
}

// ---- Asides ----------------------------------------------------------------------------------

TEST(TrimAsides, RemovesABracketedAsideWithTheSpaceBeforeIt) {
    EXPECT_EQ(trimmed("Leaders of the Popular Mobilisation Forces (PMF) met on Monday.", PRECIS_TRIM_ASIDES),
              "Leaders of the Popular Mobilisation Forces met on Monday.");
}

TEST(TrimAsides, RemovesASquareBracketedAsideBeforeTheTerminator) {
    EXPECT_EQ(trimmed("The ferry left the harbour at noon [local time].", PRECIS_TRIM_ASIDES),
              "The ferry left the harbour at noon.");
}

TEST(TrimAsides, KeepsBracketsInsideAQuotation) {
    std::string s = "The minister said: \"We will withdraw the [remaining] forces soon.\"";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_ASIDES), s);
}

TEST(TrimAsides, KeepsAnUnclosedBracket) {
    std::string s = "The vote (which was close was delayed until the spring.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_ASIDES), s);
}

TEST(TrimAsides, NeverGluesTwoWordsTogether) {
    std::string s = "Tolga, Norway (NRK)Hundreds of volunteers searched the forest.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_ASIDES), s);
}

TEST(TrimAsides, RemovesADashAsideAndKeepsTheSpaceAfterIt) {
    EXPECT_EQ(trimmed("The plan \xE2\x80\x94 drafted in secret over two years \xE2\x80\x94 was approved on Friday.",
                      PRECIS_TRIM_ASIDES),
              "The plan was approved on Friday.");
}

TEST(TrimAsides, ReadsWireCopysSpacedUnderscoreAsADash) {
    EXPECT_EQ(trimmed("Developers need federal permits _ usually from the Army Corps _ for their projects.",
                      PRECIS_TRIM_ASIDES),
              "Developers need federal permits for their projects.");
    // Not an underscore inside a word.
    std::string file = "The file my_notes_final.txt was lost when the laptop crashed.";
    EXPECT_EQ(trimmed(file, PRECIS_TRIM_ASIDES), file);
}

TEST(TrimAsides, ReadsASpacedHyphenAsADashButNotBetweenNumbers) {
    // As the BBC sets a dash.
    EXPECT_EQ(trimmed("The industry can celebrate - albeit by a very fine margin - a net growth in jobs.",
                      PRECIS_TRIM_ASIDES),
              "The industry can celebrate a net growth in jobs.");
    std::string score = "Arsenal won 2 - 1 at home and 3 - 0 away in the cup.";
    EXPECT_EQ(trimmed(score, PRECIS_TRIM_ASIDES), score);
}

TEST(TrimAsides, KeepsADashClauseThatRevisesWhatCameBefore) {
    // "Profits rose." would say the opposite of the warning.
    for (const char *but : {"Profits rose in the third quarter -- but the firm warned of a slowdown next year.",
                            "Profits rose in the third quarter - but the firm warned of a slowdown next year."}) {
        EXPECT_EQ(trimmed(but, PRECIS_TRIM_ASIDES), but);
    }
    EXPECT_EQ(trimmed("Profits rose in the third quarter -- the best result in a decade.", PRECIS_TRIM_ASIDES),
              "Profits rose in the third quarter.");
}

TEST(TrimAsides, RemovesADashAsideToTheEndOnlyAfterAVerb) {
    EXPECT_EQ(trimmed("The spacecraft reached the dwarf planet on Friday -- a first for any probe.", PRECIS_TRIM_ASIDES),
              "The spacecraft reached the dwarf planet on Friday.");
    // Before the dash there is no clause: what follows it is the sentence.
    for (const char *s : {"One of the puzzles -- two bright white spots in the photographs.",
                          "Between now and then -- mission managers hope the probe will solve the mysteries."}) {
        EXPECT_EQ(trimmed(s, PRECIS_TRIM_ASIDES), s);
    }
}

TEST(TrimAsides, RemovesADashAsideThatHoldsAWholeQuotation) {
    EXPECT_EQ(trimmed("Billy Beane -- made famous in \"Moneyball\" -- is taking up a position in Europe.", PRECIS_TRIM_ASIDES),
              "Billy Beane is taking up a position in Europe.");
}

TEST(TrimAsides, RemovesACommaBoundDiscourseAside) {
    EXPECT_EQ(trimmed("The agreement, however, did not set a date for the vote.", PRECIS_TRIM_ASIDES),
              "The agreement did not set a date for the vote.");
    EXPECT_EQ(trimmed("The Iraqi government, for its part, pledged to protect the bases.", PRECIS_TRIM_ASIDES),
              "The Iraqi government pledged to protect the bases.");
}

TEST(TrimAsides, KeepsACommaPhraseThatCarriesContent) {
    std::string s = "The agreement, signed in May, did not set a date for the vote.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_ASIDES), s);
}

// ---- Attribution ----------------------------------------------------------------------------

TEST(TrimAttribution, RemovesTheThatAfterAReportingVerbBeforeItsClause) {
    EXPECT_EQ(trimmed("Maryland authorities said that a former officer has been arrested.", PRECIS_TRIM_ATTRIBUTION),
              "Maryland authorities said a former officer has been arrested.");
    EXPECT_EQ(trimmed("Fox has confirmed that it is eyeing a reboot of the show.", PRECIS_TRIM_ATTRIBUTION),
              "Fox has confirmed it is eyeing a reboot of the show.");
}

TEST(TrimAttribution, KeepsTheThatAfterAVerbThatTakesAPersonAsObject) {
    // Without "that", "told the man" and "warned the company" read as the object.
    for (const std::string &kept : {std::string("Sources told that the man was arrested in Paris."),
                                    std::string("Officials warned that the company would close its plant.")}) {
        EXPECT_EQ(trimmed(kept, PRECIS_TRIM_ATTRIBUTION), kept);
    }
}

TEST(TrimAttribution, KeepsAThatWhoseClauseDoesNotOpenOnASubject) {
    // "that" is the object ("said that was wrong"), or a determiner ("said that this plan"), or
    // a name follows it, which the rule cannot tell from a verb in lower-cased text.
    for (const char *s : {"The minister said that was wrong for the country.", "The mayor said that this plan would fail.",
                          "The show announced that Trevor Noah will take over.", "The firm knew that the plan failed.",
                          "Officials said, that the plan failed."}) {
        EXPECT_EQ(trimmed(s, PRECIS_TRIM_ATTRIBUTION), s);
    }
    // Nor inside a quotation.
    std::string quoted = "He wrote: \"They said that the war was over.\"";
    EXPECT_EQ(trimmed(quoted, PRECIS_TRIM_ATTRIBUTION), quoted);
}

TEST(TrimAttribution, RemovesATrailingSaidClause) {
    EXPECT_EQ(trimmed("The council will close the bridge for repairs next month, a spokesman for the city said on "
                      "Tuesday.",
                      PRECIS_TRIM_ATTRIBUTION),
              "The council will close the bridge for repairs next month.");
}

TEST(TrimAttribution, RemovesAnInvertedSaidClause) {
    EXPECT_EQ(trimmed("The bridge will close for repairs next month, said the mayor of the town.", PRECIS_TRIM_ATTRIBUTION),
              "The bridge will close for repairs next month.");
}

TEST(TrimAttribution, RemovesATrailingAccordingToClause) {
    EXPECT_EQ(trimmed("The driver was travelling at 50 mph, according to the highway patrol.", PRECIS_TRIM_ATTRIBUTION),
              "The driver was travelling at 50 mph.");
}

TEST(TrimAttribution, TakesThePlaceOfTheSourceWithIt) {
    // Not "was five months pregnant South Carolina.": the region goes with the affiliate.
    EXPECT_EQ(trimmed("The woman was five months pregnant, according to an affiliate in Greenville, South Carolina.",
                      PRECIS_TRIM_ATTRIBUTION),
              "The woman was five months pregnant.");
    EXPECT_EQ(trimmed("The ferry sank near the coast, according to a harbour official in Port Macquarie, New South Wales.",
                      PRECIS_TRIM_ATTRIBUTION),
              "The ferry sank near the coast.");
}

TEST(TrimAttribution, RemovesAnInnerAttributionWithBothCommas) {
    EXPECT_EQ(trimmed("The jogger, police said, suffered two broken legs.", PRECIS_TRIM_ATTRIBUTION),
              "The jogger suffered two broken legs.");
}

TEST(TrimAttribution, RemovesAnInnerAttributionThatADayFollows) {
    EXPECT_EQ(trimmed("The plant, officials announced Wednesday, will close in May.", PRECIS_TRIM_ATTRIBUTION),
              "The plant will close in May.");
    EXPECT_EQ(trimmed("The jogger, police said today, suffered two broken legs.", PRECIS_TRIM_ATTRIBUTION),
              "The jogger suffered two broken legs.");
}

TEST(TrimAttribution, KeepsTheCommaAfterAnInnerAttributionThatNoVerbFollows) {
    // What follows adds to the clause before the attribution: gluing it on would read "the
    // airport a major blow".
    EXPECT_EQ(trimmed("The rebels seized the airport, officials said Monday, a major blow to the government.",
                      PRECIS_TRIM_ATTRIBUTION),
              "The rebels seized the airport, a major blow to the government.");
}

TEST(TrimAttribution, TakesBothCommasWhenWhatCameBeforeIsTheSubject) {
    // "keeps" is no verb the tables know; but "Keeping busy" has none, so it is the subject.
    EXPECT_EQ(trimmed("Keeping busy, she says, keeps her sane.", PRECIS_TRIM_ATTRIBUTION), "Keeping busy keeps her sane.");
    EXPECT_EQ(trimmed("The new bridge, the mayor said, opens in May.", PRECIS_TRIM_ATTRIBUTION),
              "The new bridge opens in May.");
}

TEST(TrimAttribution, TakesTheAppositiveOfTheSourceWithIt) {
    // Not "on Sunday the chief of the group.": the source's title goes with the source.
    EXPECT_EQ(trimmed("Militants released 19 hostages on Sunday, according to Rami Abdelrahman, the chief of the group.",
                      PRECIS_TRIM_ATTRIBUTION),
              "Militants released 19 hostages on Sunday.");
}

TEST(TrimAttribution, KeepsAClauseBeforeTheReportingVerb) {
    // The comma opens the sentence's own clause, not who said it.
    std::string s = "Even years later, the club is still running and is \"better than ever,\" Mazur said.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_ATTRIBUTION), s);
}

TEST(TrimAttribution, RemovesALeadingAccordingToOnlyBeforeACapital) {
    EXPECT_EQ(trimmed("According to the report, Parliament will vote in May.", PRECIS_TRIM_ATTRIBUTION),
              "Parliament will vote in May.");
    std::string lower = "According to the report, the vote will take place in May.";
    EXPECT_EQ(trimmed(lower, PRECIS_TRIM_ATTRIBUTION), lower);
}

TEST(TrimAttribution, KeepsASaidThatIsTheSentencesOwnVerb) {
    std::string a = "The detective, Ortega, said Scott told him that the driver was involved.";
    EXPECT_EQ(trimmed(a, PRECIS_TRIM_ATTRIBUTION), a);
    std::string b = "Dana Kurtz, director of the aquarium, said the aquarium has rescued nearly 500 seals.";
    EXPECT_EQ(trimmed(b, PRECIS_TRIM_ATTRIBUTION), b);
}

TEST(TrimAttribution, KeepsARelativeClauseThatHoldsAReportingVerb) {
    std::string s = "Police found the car near the river, which witnesses said was stolen.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_ATTRIBUTION), s);
}

TEST(TrimAttribution, NeverCutsInsideAQuotation) {
    std::string s = "\"We will rebuild the bridge, the mayor said, and we will do it fast.\"";
    EXPECT_EQ(trimmed(s, precis::detail::kTrimAllRules), s);
}

TEST(TrimAttribution, KeepsTheClauseWhenNoVerbWouldBeLeft) {
    // "According to the ministry." says nothing happened.
    std::string s = "According to the ministry, only if the president says it is.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_ATTRIBUTION), s);
}

TEST(TrimAttribution, KeepsANameThatEndsInAReportingWord) {
    // "States" and "Reports" in capitals name a country and a magazine; no one said anything.
    std::string s = "According to the health agency, the toll of resistant germs grows each year in the United States.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_ATTRIBUTION), s);
    std::string t = "The van failed the test, reviewers at Consumer Reports.";
    EXPECT_EQ(trimmed(t, PRECIS_TRIM_ATTRIBUTION), t);
    EXPECT_EQ(trimmed("The van failed the test, reviewers at the magazine reported.", PRECIS_TRIM_ATTRIBUTION),
              "The van failed the test.");
}

TEST(TrimAttribution, NeverDoublesAnAbbreviationsPeriod) {
    // Not "The film is made by Ajax Co..": the clause may go only where a terminator can follow.
    std::string s = "The film is made by Ajax Co., which also made the first one.";
    EXPECT_EQ(trimmed(s, precis::detail::kTrimAllRules), s);
}

TEST(TrimAttribution, KeepsAnExclamationMarkAsTheTerminator) {
    EXPECT_EQ(trimmed("The team won the cup for the third year running, the coach said!", PRECIS_TRIM_ATTRIBUTION),
              "The team won the cup for the third year running!");
}

// ---- Appositives ----------------------------------------------------------------------------

TEST(TrimAppositives, RemovesANounPhraseAfterAName) {
    EXPECT_EQ(trimmed("Michael Jensen, a spokesman for the band, said the singer was upset.", PRECIS_TRIM_APPOSITIVES),
              "Michael Jensen said the singer was upset.");
}

TEST(TrimAppositives, RemovesAnAge) {
    EXPECT_EQ(trimmed("Maria Lopez, 34, won the race in record time.", PRECIS_TRIM_APPOSITIVES),
              "Maria Lopez won the race in record time.");
}

TEST(TrimAppositives, RemovesAnAppositiveThatEndsTheSentence) {
    EXPECT_EQ(trimmed("The award went to the winner Maria Lopez, a teacher from Leeds.", PRECIS_TRIM_APPOSITIVES),
              "The award went to the winner Maria Lopez.");
}

TEST(TrimAppositives, RemovesALongNounPhraseWithItsRelativeClause) {
    EXPECT_EQ(trimmed("Andrew Tahmooressi, the Marine reservist who made headlines during his seven-month "
                      "imprisonment in Mexico, has been released.",
                      PRECIS_TRIM_APPOSITIVES),
              "Andrew Tahmooressi has been released.");
    EXPECT_EQ(trimmed("Windell Middlebrooks, the actor best known as the Miller High Life delivery man, died.",
                      PRECIS_TRIM_APPOSITIVES),
              "Windell Middlebrooks died.");
}

TEST(TrimAppositives, KeepsAClauseThatACommaAfterANameOpens) {
    // A verb before any relative pronoun: a clause, not a noun phrase.
    std::string verb = "Unlike Smith, the new coach has won titles, many of them at home.";
    EXPECT_EQ(trimmed(verb, PRECIS_TRIM_APPOSITIVES), verb);
    // What follows the closing comma is a conjunction: the phrase was the main clause.
    std::string conjunction = "In March, the firm cut 500 jobs, and its shares fell.";
    EXPECT_EQ(trimmed(conjunction, PRECIS_TRIM_APPOSITIVES), conjunction);
    // Unless the conjunction joins a verb: the phrase was a noun phrase after all.
    EXPECT_EQ(trimmed("The US affirmed its support for Iraq, its new government, and pledged aid.",
                      PRECIS_TRIM_APPOSITIVES),
              "The US affirmed its support for Iraq and pledged aid.");
}

TEST(TrimAppositives, KeepsAClauseThatEndsASentenceWithNoVerbBeforeIt) {
    // "After the vote in Kano" is an opener, not a name with its appositive: cut, nothing happened.
    std::string s = "After the vote in Kano, his party demanded a recount in every ward.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
    EXPECT_EQ(trimmed("Police questioned Ellen Marsh, the owner of the boat.", PRECIS_TRIM_APPOSITIVES),
              "Police questioned Ellen Marsh.");
}

TEST(TrimAppositives, KeepsAPhraseThatNoVerbFollows) {
    // A capitalized first word is not always a name: "Overall, the results seemed ..., with ..."
    // cut to "Overall with ..." has lost its verb.
    std::string s = "Overall, the results seemed to favour the right, with even centrist voters backing its parties.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
    EXPECT_EQ(trimmed("Ellen Marsh, a fisher, found the boat on the shore.", PRECIS_TRIM_APPOSITIVES),
              "Ellen Marsh found the boat on the shore.");
}

TEST(TrimAppositives, KeepsAPhraseLongerThanSixteenWords) {
    std::string s = "Maria Lopez, the teacher from the small town in the north of the country that won the prize "
                    "for the best school, spoke.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
}

TEST(TrimAppositives, RemovesARelativeClauseAboutANameInsideTheSentence) {
    EXPECT_EQ(trimmed("The jet flew from Sanaa, which rebels overtook in January, to the palace.", PRECIS_TRIM_APPOSITIVES),
              "The jet flew from Sanaa to the palace.");
    EXPECT_EQ(trimmed("Bafetimbi Gomis, who has a history of fainting, said he is now feeling well.",
                      PRECIS_TRIM_APPOSITIVES),
              "Bafetimbi Gomis said he is now feeling well.");
    // At the end of the sentence it is a trailing clause (PRECIS_TRIM_TRAILING), not an appositive.
    std::string end = "The striker collapsed during a match against Gomis, who has a history of fainting.";
    EXPECT_EQ(trimmed(end, PRECIS_TRIM_APPOSITIVES), end);
}

TEST(TrimAppositives, RemovesARelativeClauseBetweenACommonNounSubjectAndItsVerb) {
    EXPECT_EQ(trimmed("A Canadian pastor, who went to North Korea on a humanitarian trip in late January, is being held.",
                      PRECIS_TRIM_APPOSITIVES),
              "A Canadian pastor is being held.");
    EXPECT_EQ(trimmed("The attack, which lasted hours, was the deadliest this year.", PRECIS_TRIM_APPOSITIVES),
              "The attack was the deadliest this year.");
}

// ---- Roles before a name (appositives) --------------------------------------------------------

TEST(TrimRoles, RemovesARoleThatOpensTheSentenceBeforeAName) {
    EXPECT_EQ(trimmed("Hollywood star Ann Blake was in Leicester Square on Sunday.", PRECIS_TRIM_APPOSITIVES),
              "Ann Blake was in Leicester Square on Sunday.");
    EXPECT_EQ(trimmed("Rovers defender Jon Evans and Town striker Pat Cole have been charged.", PRECIS_TRIM_APPOSITIVES),
              "Jon Evans and Pat Cole have been charged.");
    // With its modifiers and a "The" before them: the name opens the sentence.
    EXPECT_EQ(trimmed("The Republican presidential candidate Jed Marsh said he would run.", PRECIS_TRIM_APPOSITIVES),
              "Jed Marsh said he would run.");
    EXPECT_EQ(trimmed("Former singer Tom Reed sold his house.", PRECIS_TRIM_APPOSITIVES), "Tom Reed sold his house.");
}

TEST(TrimRoles, RemovesARoleInsideTheSentenceAfterAPrepositionVerbOrComma) {
    EXPECT_EQ(trimmed("The ball was signed by team owner Rob Kraft last year.", PRECIS_TRIM_APPOSITIVES),
              "The ball was signed by Rob Kraft last year.");
    EXPECT_EQ(trimmed("The mayor told CNN anchor Wolf Baker that he would stay.", PRECIS_TRIM_APPOSITIVES),
              "The mayor told Wolf Baker that he would stay.");
    EXPECT_EQ(trimmed("It was a hit, but comedian Trevor Noah made history.", PRECIS_TRIM_APPOSITIVES),
              "It was a hit, but Trevor Noah made history.");
    // After the sentence's capitalized first word, and never over it: "When" is no part of a role.
    EXPECT_EQ(trimmed("When photographer Richard Ross wants to talk, he knocks.", PRECIS_TRIM_APPOSITIVES),
              "When Richard Ross wants to talk, he knocks.");
    EXPECT_EQ(trimmed("After American writer Avi Roy was killed, bloggers spoke.", PRECIS_TRIM_APPOSITIVES),
              "After Avi Roy was killed, bloggers spoke.");
}

TEST(TrimRoles, KeepsARoleAfterADeterminerOrAnOwner) {
    // "the" or "a" would be left without its noun, "the team's" without what it owns.
    std::string owner = "Fans cheered the team's coach Joe Smith at the airport.";
    EXPECT_EQ(trimmed(owner, PRECIS_TRIM_APPOSITIVES), owner);
    std::string article = "Police arrested a former officer Dan Brody on Friday.";
    EXPECT_EQ(trimmed(article, PRECIS_TRIM_APPOSITIVES), article);
    // Nor after a noun the role may qualify ("the Wisconsin police officer Matt Kenny").
    std::string noun = "He was shot by a Madison police officer Matt Kenny.";
    EXPECT_EQ(trimmed(noun, PRECIS_TRIM_APPOSITIVES), noun);
}

TEST(TrimRoles, KeepsARoleWordThatIsTheVerbAfterToOrAModal) {
    // "star", "coach", "host", "pilot" are verbs after "to", a modal or "did": cutting them would
    // take the clause's verb. With a word between, the role is a noun again.
    for (const std::string &verb : {std::string("The studio said the new film will star Tom Hanks in a remake."),
                                    std::string("He agreed to coach Manchester United for two more years."),
                                    std::string("They hope to host Rugby World Cup matches next year."),
                                    std::string("He will pilot Air Force One on Friday.")}) {
        EXPECT_EQ(trimmed(verb, PRECIS_TRIM_APPOSITIVES), verb);
    }
    EXPECT_EQ(trimmed("He spoke to former coach Joe Smith on Friday.", PRECIS_TRIM_APPOSITIVES),
              "He spoke to Joe Smith on Friday.");
}

TEST(TrimRoles, KeepsFormalTitlesAgesAndOneWordNames) {
    // Titles are named with the person in news highlights; an age is news; "star Madonna" has no
    // name of two words to stand for her.
    for (const char *s : {"Former President Bill Clinton defended the foundation.", "Sen. Ted Cruz announced his run.",
                          "Nineteen-year-old Tony Robinson was not armed.", "Pop star Madonna fell on stage."}) {
        EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
    }
}

TEST(TrimRoles, KeepsARoleWhenTheNameWouldStandAlone) {
    // Nothing follows the name: it would be the whole sentence.
    std::string bare = "First officer Fariq Abdul Hamid?";
    EXPECT_EQ(trimmed(bare, PRECIS_TRIM_APPOSITIVES), bare);
    // A capitalized role word is no role ("Star Wars").
    std::string caps = "Star Wars Episode Nine opened in theaters.";
    EXPECT_EQ(trimmed(caps, PRECIS_TRIM_APPOSITIVES), caps);
    // A name that a comma and another capital follow may open a list of names.
    std::string list = "Club captain Joe Smith, Ann Lee and the coach retired.";
    EXPECT_EQ(trimmed(list, PRECIS_TRIM_APPOSITIVES), list);
}

TEST(TrimRoles, NeverCutsAcrossACommaOrIntoAQuotation) {
    std::string comma = "He was shot when a Madison, Wisconsin, police officer Matt Kenny arrived.";
    EXPECT_EQ(trimmed(comma, PRECIS_TRIM_APPOSITIVES), comma);
    std::string quoted = "Fans chanted \"Hollywood star\" Ann Blake outside the hotel.";
    EXPECT_EQ(trimmed(quoted, PRECIS_TRIM_APPOSITIVES), quoted);
}

TEST(TrimRoles, NeedsCapitalsSoLowerCasedTextKeepsItsRoles) {
    std::string s = "everton goalkeeper tim howard has denied the club are in danger.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
}

TEST(TrimAppositives, RemovesALongRelativeClauseBeforeTheVerb) {
    // Twenty words: longer than any noun-phrase appositive may be.
    EXPECT_EQ(trimmed("Stacey Addison, who says she was detained for months in East Timor because she unwittingly "
                      "shared a taxi with a stranger carrying methamphetamine, is headed home.",
                      PRECIS_TRIM_APPOSITIVES),
              "Stacey Addison is headed home.");
}

TEST(TrimAppositives, KeepsARelativeClauseAfterACommonNounThatNoVerbFollows) {
    // The comma after "gun" may be inside the clause: cutting to it would hang "with makeup" on
    // the cover.
    std::string s = "DC Comics pulled the cover, which portrays the Joker threatening Batgirl with a gun, with makeup "
                    "on her mouth.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
    std::string participle = "A video showing students, who were members of the fraternity, reciting a chant revealed "
                             "a difference.";
    EXPECT_EQ(trimmed(participle, PRECIS_TRIM_APPOSITIVES), participle);
    // A past after the comma may be the clause's own ("shot, stabbed and beaten") or tell who
    // was worried: only a finite verb (is, has, will ...) marks the subject's.
    std::string list = "The man, who was shot, stabbed and beaten, died in hospital.";
    EXPECT_EQ(trimmed(list, PRECIS_TRIM_APPOSITIVES), list);
    std::string worried = "She called her mother, who lives in Texas, worried about the storm.";
    EXPECT_EQ(trimmed(worried, PRECIS_TRIM_APPOSITIVES), worried);
}

TEST(TrimAppositives, KeepsAClauseThatAListsCommaSeemsToClose) {
    // The comma after "lighthouses" separates the list's items: cut to it, the clause would glue
    // "dredging, pontoons and cranes" to the budget, and say something else.
    std::string s = "The council approved the budget on Monday, which includes money for new lighthouses, dredging, "
                    "pontoons and cranes.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
    std::string two = "The council approved funds for Springfield, which needs new lighthouses, dredging and cranes.";
    EXPECT_EQ(trimmed(two, PRECIS_TRIM_APPOSITIVES), two);
    // Trimmed as a whole, only what can go goes.
    EXPECT_EQ(trimmed(s, precis::detail::kTrimAllRules), "The council approved the budget, which includes money for "
                                                         "new lighthouses, dredging, pontoons and cranes.");
}

TEST(TrimAppositives, LeavesTheCommaOfAnAsideThatFollows) {
    EXPECT_EQ(trimmed("The attack on Mark Lippert, the U.S. ambassador, allegedly by an activist, was a shock.",
                      PRECIS_TRIM_APPOSITIVES),
              "The attack on Mark Lippert, allegedly by an activist, was a shock.");
}

TEST(TrimAppositives, KeepsAPhraseThatANameFollows) {
    std::string s = "Her father is Rick Lawson, the grandson of the hotel chain's founder, Conrad Lawson.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
}

TEST(TrimAppositives, KeepsAPhraseAfterASentenceInitialConnective) {
    std::string s = "However, the council said the plan would go ahead.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
}

TEST(TrimAppositives, KeepsAPhraseAfterACommonNoun) {
    std::string s = "The jogger, a keen runner, was taken to hospital.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_APPOSITIVES), s);
}

// ---- Openers --------------------------------------------------------------------------------

TEST(TrimOpeners, RemovesALeadingTimeAdverbialBeforeACapital) {
    EXPECT_EQ(trimmed("On Thursday, Parliament approved the budget.", PRECIS_TRIM_OPENERS), "Parliament approved the budget.");
    EXPECT_EQ(trimmed("Earlier this year, US forces left the base.", PRECIS_TRIM_OPENERS), "US forces left the base.");
}

TEST(TrimOpeners, RemovesADateWithItsYear) {
    EXPECT_EQ(trimmed("On October 24, 1944, U.S. warplanes swarmed at the battleship Musashi.", PRECIS_TRIM_OPENERS),
              "U.S. warplanes swarmed at the battleship Musashi.");
}

TEST(TrimOpeners, RemovesALeadingPlaceAdverbial) {
    EXPECT_EQ(trimmed("In northern Scotland, Snow closed two roads.", PRECIS_TRIM_OPENERS), "Snow closed two roads.");
}

TEST(TrimOpeners, RemovesALeadingParticiplePhraseOrTimeClause) {
    EXPECT_EQ(trimmed("Nestled in a tranquil hillside, Hong Kong's newest monastery has bulletproof rooms.",
                      PRECIS_TRIM_OPENERS),
              "Hong Kong's newest monastery has bulletproof rooms.");
    EXPECT_EQ(trimmed("After weeks of talks between the two sides in a hotel near the lake, Iran signed the deal.",
                      PRECIS_TRIM_OPENERS),
              "Iran signed the deal.");
}

TEST(TrimOpeners, RemovesAPlaceWithItsRegion) {
    EXPECT_EQ(trimmed("In Mesa, Arizona, Police Chief John Smith said the man fled.", PRECIS_TRIM_OPENERS),
              "Police Chief John Smith said the man fled.");
}

TEST(TrimOpeners, KeepsAConditionAndAClauseWithTheMainVerb) {
    for (const char *s : {"If Iran builds a bomb, Israel will strike.", "When the storm hit it destroyed homes, Smith said.",
                          "As police said, Smith fled the scene."}) {
        EXPECT_EQ(trimmed(s, PRECIS_TRIM_OPENERS), s) << s;
    }
}

TEST(TrimOpeners, KeepsTheOpenerWhenALowerCaseWordWouldStart) {
    std::string s = "On Thursday, the council approved the budget.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_OPENERS), s);
}

TEST(TrimOpeners, KeepsAPhraseThatIsNotATimeOrPlace) {
    std::string s = "Unlike his rivals, Smith refused to comment.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_OPENERS), s);
}

// ---- Trailing clauses ------------------------------------------------------------------------

TEST(TrimTrailing, KeepsTheMainClauseAfterAnOpeningSubordinateClause) {
    // "Since ... hatched," ends at its comma; "low-lying" is an adjective, not a participle.
    std::string s = "Since the plan was hatched, low-lying cities from Miami to Mumbai have taken an interest.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TRAILING), s);
    std::string t = "When the storm hit, the town was asleep, leaving nobody to raise the alarm.";
    EXPECT_EQ(trimmed(t, PRECIS_TRIM_TRAILING), "When the storm hit, the town was asleep.");
}

TEST(TrimTrailing, KeepsAClauseWhenWhatComesBeforeItHasNoVerb) {
    // The comma lists the subject: "A mix of bad weather." says nothing happened.
    std::string s = "A mix of bad weather, rising costs and weak demand has hurt sales at the brewer.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TRAILING), s);
}

TEST(TrimTrailing, RemovesATrailingParticipleClause) {
    EXPECT_EQ(trimmed("Lawmakers voted to end the presence of foreign forces, putting the agreement under threat.",
                      PRECIS_TRIM_TRAILING),
              "Lawmakers voted to end the presence of foreign forces.");
}

TEST(TrimTrailing, RemovesAParticipleClauseThatAnAdverbOpens) {
    EXPECT_EQ(trimmed("Iraqi forces are doubling down efforts to retake the city, even uniting Sunni and Shiite fighters.",
                      PRECIS_TRIM_TRAILING),
              "Iraqi forces are doubling down efforts to retake the city.");
    EXPECT_EQ(trimmed("The storm moved inland overnight, possibly leaving thousands without power.", PRECIS_TRIM_TRAILING),
              "The storm moved inland overnight.");
    // An adverb alone is no clause: "..., even now." stays.
    std::string s = "The storm moved inland overnight and the rain kept falling, even now.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TRAILING), s);
}

TEST(TrimTrailing, RemovesATrailingRelativeClause) {
    EXPECT_EQ(trimmed("The storm hit the coast on Sunday, which left thousands without power.", PRECIS_TRIM_TRAILING),
              "The storm hit the coast on Sunday.");
}

TEST(TrimTrailing, KeepsTheClauseWhenTheRestIsTooShortToStandAlone) {
    std::string s = "Crosby left, prompting anger among fans.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TRAILING), s);
}

TEST(TrimTrailing, KeepsARelativeClauseInTheMiddle) {
    std::string s = "The singer Crosby, who lives nearby, hit a jogger with his car.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TRAILING), s);
}

TEST(TrimTrailing, KeepsTheLastClauseOfAQuestion) {
    // The question is asked in its last clause: without it the sentence asks nothing.
    std::string s = "With security now a key issue in the vote, which candidate will voters trust to keep them safe?";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TRAILING), s);
}

TEST(TrimTrailing, KeepsANounEndingInIng) {
    std::string s = "The storm arrived on the coast on Sunday, evening flights were cancelled.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TRAILING), s);
}

// ---- Time phrases ---------------------------------------------------------------------------

TEST(TrimTime, RemovesAWeekdayPhraseInsideTheSentence) {
    EXPECT_EQ(trimmed("Parliament approved the budget on Tuesday night after a long debate.", PRECIS_TRIM_TIME),
              "Parliament approved the budget after a long debate.");
}

TEST(TrimTime, RemovesARelativePeriodAndABareWeekdayAfterAReportingVerb) {
    EXPECT_EQ(trimmed("The mayor said Tuesday the bridge would close next week.", PRECIS_TRIM_TIME),
              "The mayor said the bridge would close.");
    EXPECT_EQ(trimmed("Prices rose sharply earlier this year in every region.", PRECIS_TRIM_TIME),
              "Prices rose sharply in every region.");
}

TEST(TrimTime, RemovesLateOrEarlyWithTheWeekday) {
    EXPECT_EQ(trimmed("A medical helicopter crashed late Saturday in Eufaula, Oklahoma.", PRECIS_TRIM_TIME),
              "A medical helicopter crashed in Eufaula, Oklahoma.");
}

TEST(TrimTime, KeepsAWeekdayThatAnAdjectiveDescribes) {
    // "on a slow Thursday night": the weekday is the phrase's noun, not an adverbial.
    std::string s = "It was 9:35 on a slow Thursday night in April and the chief was about to leave.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TIME), s);
}

TEST(TrimTime, KeepsATodayThatIsPartOfAName) {
    std::string s = "He took out ads in The New York Times and USA Today to apologize.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TIME), s);
    EXPECT_EQ(trimmed("The court will rule today on the appeal.", PRECIS_TRIM_TIME), "The court will rule on the appeal.");
}

TEST(TrimTime, KeepsAPeriodThatIsAnObject) {
    // "for the next year": "next year" is what "the" names, not an adverbial.
    std::string s = "We stayed in Syria for the next year, moving from one house to another.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TIME), s);
    EXPECT_EQ(trimmed("The talks resume next week in Geneva.", PRECIS_TRIM_TIME), "The talks resume in Geneva.");
}

TEST(TrimTime, KeepsAWeekdayThatADateFollows) {
    // Not "go on sale, March 9": the date leans on its weekday.
    std::string s = "Tickets for the final will go on sale Monday, March 9 at noon.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TIME), s);
    std::string year = "The new bridge opens Friday, 12 June, after three years of work.";
    EXPECT_EQ(trimmed(year, PRECIS_TRIM_TIME), year);
    EXPECT_EQ(trimmed("The mayor said Monday, after the vote, that the bridge would open.", PRECIS_TRIM_TIME),
              "The mayor said, after the vote, that the bridge would open.");
}

TEST(TrimTime, KeepsAWeekdayThatIsNotATimePhrase) {
    std::string s = "The Sunday Times published the letter in full.";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TIME), s);
    std::string quoted = "He said: \"We will meet on Friday.\"";
    EXPECT_EQ(trimmed(quoted, PRECIS_TRIM_TIME), quoted);
}

// ---- Tail: the sentence ends early -----------------------------------------------------------

// The word indices where the sentence may end early.
std::vector<uint32_t> tails(const std::string &s) {
    uint8_t at[32];
    uint32_t n = precis::detail::tail_candidates(bytes(s), static_cast<uint32_t>(s.size()), at, 32);
    return std::vector<uint32_t>(at, at + n);
}

std::string cut_at(const std::string &s, uint32_t word, uint32_t rules = 0) {
    return trimmed(s, rules | PRECIS_TRIM_TAIL_AT(word));
}

TEST(TrimTail, EndsBeforeAPrepositionalPhraseAfterTheVerb) {
    std::string s = "A 30-year-old woman was abducted from a house in the Bay Area.";
    EXPECT_EQ(tails(s), (std::vector<uint32_t>{5, 8}));  // "from", "in"
    EXPECT_EQ(cut_at(s, 5), "A 30-year-old woman was abducted.");
    EXPECT_EQ(cut_at(s, 8), "A 30-year-old woman was abducted from a house.");
    EXPECT_EQ(trim(s, PRECIS_TRIM_TAIL_AT(5)).rules, PRECIS_TRIM_TAIL_AT(5));
}

TEST(TrimTail, KeepsAtLeastFourWords) {
    EXPECT_EQ(cut_at("Police arrested two men in the city on Sunday.", 4), "Police arrested two men.");
    EXPECT_EQ(tails("Police arrested men in the city."), (std::vector<uint32_t>{}));  // "in" is word 3
}

TEST(TrimTail, NeverEndsOnANounThatWantsItsComplement) {
    // "took responsibility." "pledged its support." say nothing without what they are for;
    // the cuts after the complement stay.
    std::string s = "The rebel group took responsibility for the attack on the bus in Jerusalem.";
    EXPECT_EQ(tails(s), (std::vector<uint32_t>{8, 11}));  // "on", "in"; not "for" (word 5)
    EXPECT_EQ(tails("The United States pledged its support for the new government in Baghdad."),
              (std::vector<uint32_t>{10}));  // "in"; not "for" (word 6)
}

TEST(TrimTail, EndsBeforeAConjunctionThatOpensAClause) {
    EXPECT_EQ(cut_at("The man was arrested at his home and is being held in custody.", 7),
              "The man was arrested at his home.");
}

TEST(TrimTail, EndsBeforeAParticipleAfterANoun) {
    EXPECT_EQ(cut_at("The fraternity is under fire for a video showing members singing.", 8),
              "The fraternity is under fire for a video.");
}

TEST(TrimTail, EndsBeforeAParticipleClauseWithItsComma) {
    EXPECT_EQ(cut_at("Debra Milke spent 22 years on death row, convicted of a crime she denied.", 8),
              "Debra Milke spent 22 years on death row.");
}

TEST(TrimTail, TakesTheWholeQuotationOrNothing) {
    std::string s = "The mayor closed the bridge after engineers warned it was \"unsafe for anyone\".";
    EXPECT_EQ(cut_at(s, 5), "The mayor closed the bridge.");
    Trimmed inside = trim(s, PRECIS_TRIM_TAIL_AT(12));  // "for", inside the quotation
    EXPECT_EQ(inside.rules, 0u);
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TAIL_AT(12)), s);
}

TEST(TrimTail, NeedsAVerbOfTheMainClauseFirst) {
    EXPECT_TRUE(tails("Hundreds of armed men wearing masks and carrying rifles in the night.").empty());
    EXPECT_TRUE(tails("The widow of the man whose life was portrayed in a film spoke.").empty());
    EXPECT_TRUE(tails("If you have not yet been asked by friends to join, you will be soon.").empty());
    EXPECT_TRUE(tails("In a message posted online on Sunday, the group claimed the attack.").empty());
}

TEST(TrimTail, NeverKeepsOnlyALeadingParticiplePhrase) {
    // The participle phrase's comma closes it: the main clause, and its verb, come after it.
    std::string s = "Wrapped up in a long brightly-colored shawl, which does little to contain her curly hair, Amara sits back.";
    EXPECT_TRUE(tails(s).empty());
    // Without the comma the participle is the subject's, and the verb follows it.
    EXPECT_EQ(cut_at("Armed men abducted two engineers from a building site in the north.", 5),
              "Armed men abducted two engineers.");
}

TEST(TrimTail, NeverKeepsOnlyAClauseThatOpensBeforeTheMainVerb) {
    // "after ... vanished" comes before the main clause: ending there drops what happened.
    std::string s = "Two years after the ferry sank without a trace, the families still meet every month.";
    for (uint32_t word : tails(s)) EXPECT_EQ(trim(s, PRECIS_TRIM_TAIL_AT(word)).rules, 0u) << word;
    EXPECT_EQ(trimmed(s, precis::detail::kTrimAllRules), s);
    // After the main verb the clause may go: "He left after the storm hit the coast."
    EXPECT_EQ(cut_at("The crew left the port after the storm hit the coast on Sunday.", 5), "The crew left the port.");
}

TEST(TrimTail, NeverEndsOnASpanOfTimeThatAfterOrBeforeMeasures) {
    std::string s = "The ferry sailed a day after the storm warning was lifted.";
    EXPECT_EQ(tails(s), (std::vector<uint32_t>{}));  // not "The ferry sailed a day."
    EXPECT_EQ(cut_at("The ferry left the port after the storm warning was lifted.", 5), "The ferry left the port.");
}

TEST(TrimTail, KeepsWhatAnActiveVerbsForOnOrWithIsAbout) {
    // "have called." and "sided." say nothing; a passive verb stands alone.
    EXPECT_EQ(tails("The protesters have called for the mayor to resign this week.").size(), 0u);
    EXPECT_TRUE(tails("Other research has looked into the role of sleep.").empty());
    EXPECT_EQ(tails("The radio show caught up with the singer in London last week."),
              (std::vector<uint32_t>{8}));  // "in", not "with": "caught up." says nothing
    EXPECT_EQ(tails("The city council sided with the residents against the plan."), (std::vector<uint32_t>{7}));
    EXPECT_EQ(cut_at("The driver was arrested for speeding near the school.", 4), "The driver was arrested.");
}

TEST(TrimTail, KeepsTheNounAfterAHyphenatedAdjective) {
    // "a years-long waiting list": the participle is part of the noun the adjective wants.
    std::string s = "Patients can then join a years-long waiting list for a new kidney.";
    for (uint32_t word : tails(s)) EXPECT_NE(cut_at(s, word), "Patients can then join a years-long.") << word;
    EXPECT_EQ(cut_at(s, 8), "Patients can then join a years-long waiting list.");
}

TEST(TrimTail, KeepsTheNounAfterAQuantity) {
    // "two manufacturing sites", "12 mining towns": the -ing word is part of what is counted.
    std::string s = "The company has two manufacturing sites near the coast.";
    EXPECT_EQ(tails(s), (std::vector<uint32_t>{6}));
    EXPECT_EQ(cut_at(s, 6), "The company has two manufacturing sites.");
    EXPECT_EQ(tails("The storm knocked out power to 12 mining towns in the north."), (std::vector<uint32_t>{9}));
}

TEST(TrimTail, KeepsTheVerbThatBeMakesOfAnIngWord) {
    // "is now approaching": a progressive verb, not a participle phrase after a noun.
    std::string s = "The league is now approaching its twentieth season in the capital.";
    EXPECT_EQ(tails(s), (std::vector<uint32_t>{8}));
    EXPECT_EQ(cut_at(s, 8), "The league is now approaching its twentieth season.");
}

TEST(TrimTail, NeverEndsOnAParticleOrAVerbThatWantsItsObject) {
    // "has ruled out." "will take." "whilst." : each wants what follows.
    EXPECT_EQ(tails("The government has ruled out amending the law on self defence."),
              (std::vector<uint32_t>{8}));  // "on", not "amending"
    EXPECT_EQ(tails("The winner of the match will take on the champion in the final."),
              (std::vector<uint32_t>{10}));  // "in", not "on"
    EXPECT_EQ(tails("A child was born on a flight from Denver to Chicago."), (std::vector<uint32_t>{7}));  // not "born."
    // "was used." "was made." say nothing of what for, of what, by whom.
    EXPECT_EQ(tails("The carrier was used for interior shots in the film."), (std::vector<uint32_t>{7}));
    EXPECT_TRUE(tails("The new arm was made by volunteers at the university.").empty());
    EXPECT_EQ(cut_at("The firm is trying to tackle threats whilst keeping costs down in Asia.", 7),
              "The firm is trying to tackle threats.");  // before "whilst", never after it
}

TEST(TrimTail, NeverEndsOnIncludeThatWantsItsObject) {
    EXPECT_EQ(tails("The steps being considered include listing the unit on the stock market."),
              (std::vector<uint32_t>{8}));  // "on", not "listing"
}

TEST(TrimTail, NeverEndsOnAPreposition) {
    // "within", "without", "toward", "via" ... want what follows, as "of" and "to" do.
    EXPECT_TRUE(tails("The price of oil is within touching distance of a record.").empty());
    EXPECT_TRUE(tails("The team left without saying goodbye to the fans.").empty());
}

TEST(TrimTail, ReadsTheTypewriterQuotesOfWireCopy) {
    // `` and '' open and close a quotation as " does: no cut inside it, none that leaves it open.
    std::string s = "``We had a long argument about the tribunal,'' the envoy said.";
    EXPECT_EQ(trimmed(s, precis::detail::kTrimAllRules), s);
    for (uint32_t word : tails(s)) EXPECT_EQ(trim(s, PRECIS_TRIM_TAIL_AT(word)).rules, 0u) << word;
    std::string t = "The mayor called the plan ``a disaster for the town.''";
    for (uint32_t word : tails(t)) EXPECT_EQ(trimmed(t, PRECIS_TRIM_TAIL_AT(word)), t) << word;
}

TEST(TrimTail, NeverWidensANegation) {
    // "have not played Barcelona." says more than "have not played Barcelona since 2010.".
    EXPECT_TRUE(tails("Chelsea have not played Barcelona since the final in 2010.").empty());
    EXPECT_TRUE(tails("The champion will not race in the opening round in Melbourne.").empty());
    EXPECT_TRUE(tails("The club never won a match at the old stadium in the north.").empty());
    EXPECT_TRUE(tails("The fans weren't allowed into the ground on Saturday.").empty());
    EXPECT_TRUE(tails("Neither man had a gun when the police arrived at the house.").empty());
    EXPECT_EQ(cut_at("The champion will race in the opening round in Melbourne.", 4), "The champion will race.");
}

TEST(TrimTail, NeedsAVerbOutsideQuotationsExceptInWhatIsReported) {
    // The only verb before "filled" is the adage's.
    EXPECT_TRUE(tails("Updates on Walker and the old adage \"All politics is local\" and a vote in Israel filled our trip.")
                    .empty());
    EXPECT_EQ(tails("The senator said \"we will close the gaps\" in the talks with Iran."), (std::vector<uint32_t>{8, 11}));
}

TEST(TrimTail, KnowsTheCommonIrregularPastsAsVerbs) {
    EXPECT_EQ(cut_at("A first contractor withdrew in 2021 after the cost of steel rose sharply.", 6),
              "A first contractor withdrew in 2021.");
    EXPECT_EQ(cut_at("A sixth suspect in the case blew himself up after a standoff with police.", 9),
              "A sixth suspect in the case blew himself up.");
}

TEST(TrimTail, KeepsWhatAReportingVerbReportsUpToItsVerb) {
    // "said 90 firefighters." reports nothing; "said it would reopen the pass." does.
    EXPECT_TRUE(tails("Fire chief Ellen Marsh said 90 firefighters and 20 engines had been sent.").empty());
    EXPECT_EQ(tails("The agency said it would reopen the pass when the wind dropped."), (std::vector<uint32_t>{8}));
}

TEST(TrimTail, KeepsACompoundAndAShortCommaPhraseWhole) {
    EXPECT_TRUE(tails("Officials held talks via video conferencing with the allies.").empty());
    EXPECT_EQ(tails("The leaders met a team from the city working on the plan."), (std::vector<uint32_t>{5, 8}));
    EXPECT_TRUE(tails("A runway at the airport reopened, a day after a plane skidded off it.").empty());
}

TEST(TrimTail, KeepsListsFixedPhrasesAndNamesWhole) {
    // "in", not "and"; "in", not "with"; "at", not "in".
    EXPECT_EQ(tails("The farmer owned cows, horses and sheep in the valley."), (std::vector<uint32_t>{7}));
    EXPECT_EQ(tails("Police arrested a young man in connection with the killing."), (std::vector<uint32_t>{5}));
    EXPECT_EQ(tails("The choir performed last night at the Church in Wales."), (std::vector<uint32_t>{5}));
}

TEST(TrimTail, NeverEndsOnAFunctionWordAContractionOrAnAttribution) {
    // Not "in" after "wasn't", nor "but": "The new minister's decision was approved." says the
    // opposite.
    EXPECT_TRUE(tails("The new minister's decision was approved but wasn't in the final report.").empty());
    EXPECT_EQ(tails("Troops will leave the country within months, said a statement issued by the two governments."),
              (std::vector<uint32_t>{5}));  // "within"; not "by" inside the attribution
}

TEST(TrimTail, NeverEndsBeforeAnAmountThatIsTheObject) {
    // "at least 37 people" is what the crash killed: "... northern Peru killed." says nothing.
    EXPECT_EQ(tails("A bus crash in the mountains of northern Peru killed at least 37 people on Monday."),
              (std::vector<uint32_t>{14}));  // "on"; not "at" (word 10)
    EXPECT_EQ(tails("A bus crash in the mountains of northern Peru killed 37 people on Monday."),
              (std::vector<uint32_t>{12}));
}

TEST(TrimTail, NeverEndsInsideAComparison) {
    // Between "as eagerly awaited" and the "as" that closes it: "... was as eagerly awaited." compares
    // with nothing. Without the comparison the same places may end the sentence.
    EXPECT_TRUE(tails("The minister's speech was as eagerly awaited in Paris as it was in Berlin.").empty());
    EXPECT_EQ(tails("The minister's speech was eagerly awaited in Paris after the vote in Berlin."),
              (std::vector<uint32_t>{6, 8, 11}));
}

TEST(TrimTail, NeverEndsOnABareNounThatBeOrHaveMakesThePredicate) {
    // "he had had a bout." "The new coach is the man." say next to nothing: what the noun is or
    // has follows it. After the complement, or after another verb, the cuts stay.
    EXPECT_EQ(tails("The pilot told the airline that he had had a bout with depression in 2009."),
              (std::vector<uint32_t>{13}));  // "in"; not "with" (word 11)
    EXPECT_EQ(tails("The new coach is the man who won the league with the club in 2010."),
              (std::vector<uint32_t>{10, 13}));  // not "who" (word 6)
    EXPECT_EQ(cut_at("The new coach won the league with the club in 2010.", 6), "The new coach won the league.");
}

TEST(TrimTail, ComesAfterTheOtherRules) {
    std::string s =
        "The US has agreed to reduce its forces in Iraq over the coming months, a joint statement said today.";
    EXPECT_EQ(cut_at(s, 10, precis::detail::kTrimAllRules), "The US has agreed to reduce its forces in Iraq.");
    EXPECT_EQ(cut_at(s, 8, precis::detail::kTrimAllRules), "The US has agreed to reduce its forces.");
}

TEST(TrimTail, TakesAQuotationThatClosesTheSentenceWithItsClosingMark) {
    // The sentence keeps its own full stop; the quotation goes whole, marks and all.
    std::string s = "The former president defended the practice of taking money from \"friends of the foundation.\"";
    EXPECT_EQ(tails(s), (std::vector<uint32_t>{9}));  // "from"
    EXPECT_EQ(cut_at(s, 9), "The former president defended the practice of taking money.");
    std::string curly = "The former president defended the practice of taking money from \u201cfriends of the foundation.\u201d";
    EXPECT_EQ(cut_at(curly, 9), "The former president defended the practice of taking money.");
    // A cut inside the quotation would leave it open: nothing is cut.
    std::string inside = "The former president said \"we took money from friends of the foundation.\"";
    for (uint32_t word : tails(inside)) EXPECT_EQ(trimmed(inside, PRECIS_TRIM_TAIL_AT(word)), inside) << word;
}

TEST(TrimTail, KeepsAQuestionWhole) {
    EXPECT_TRUE(tails("Is the case of the Georgia woman once again on hold in the courts?").empty());
}

TEST(TrimTail, ReadsAtLeastAsAQuantityNotAnOpener) {
    // "At" opens an adverbial closed by a comma ("At the scene, ..."); "At least" counts.
    EXPECT_EQ(cut_at("At least six people have died after the roof of a cement factory collapsed.", 6),
              "At least six people have died.");
    EXPECT_TRUE(tails("At the scene of the crash police found three cars in the river.").empty());
}

TEST(TrimTail, NeverEndsOnAnAdjectiveThatWantsItsComplement) {
    // "for" would open a tail after a noun or a verb.
    EXPECT_TRUE(tails("The people of the village were ready for the storm.").empty());
    EXPECT_TRUE(tails("The rescue team members were unable for days to reach the valley.").empty());
    EXPECT_EQ(tails("The people of the village bought food for the storm."), (std::vector<uint32_t>{7}));
}

TEST(TrimTail, NeverEndsOnAWordThatWantsWhatFollows) {
    EXPECT_EQ(tails("The firm that makes the parts is based in Ohio."), (std::vector<uint32_t>{}));
    EXPECT_EQ(tails("Russian President Vladimir Putin appeared in a series of photos on Monday."),
              (std::vector<uint32_t>{10}));  // "on"; not "in" after "appeared"
    EXPECT_EQ(tails("Ted Cruz has prepared his campaign for this nomination almost since he arrived."),
              (std::vector<uint32_t>{6}));  // "for"; not "since" after "almost"
    EXPECT_EQ(tails("You may not be familiar with the city of Tikrit."), (std::vector<uint32_t>{}));
}

TEST(TrimTail, EndsBeforeAnAsClauseWithItsSubject) {
    // "as he trained": a clause; "known as the", "such as" are not.
    EXPECT_EQ(cut_at("Corden received advice from Jay Leno and Meryl Streep as he trained for the show.", 9),
              "Corden received advice from Jay Leno and Meryl Streep.");
    EXPECT_EQ(tails("The singer was best known as the voice of the band in the eighties."), (std::vector<uint32_t>{11}));
}

TEST(TrimTail, NeverLeavesACommaInsideTheClosingQuote) {
    std::string s = "The show covered Walker, Rubio and the adage \"All politics is local,\" and the vote was in Israel.";
    ASSERT_FALSE(tails(s).empty());  // "and" opens a clause here
    for (uint32_t word : tails(s)) {
        EXPECT_EQ(trimmed(s, PRECIS_TRIM_TAIL_AT(word)).find(",\"."), std::string::npos) << word;
    }
}

TEST(TrimTail, KeepsANounPhraseThatAConjunctionJoinsWhole) {
    EXPECT_EQ(tails("Troops from Chad launched a ground and aerial offensive on Sunday."), (std::vector<uint32_t>{9}));
    EXPECT_EQ(tails("The attack was a rare and shocking reminder of the conflict."), (std::vector<uint32_t>{}));
    // A conjunction before a verb opens a clause: "his home and is being held", "the data and
    // the information was".
    EXPECT_EQ(tails("The young man was arrested at his home and is being held in custody."),
              (std::vector<uint32_t>{5, 8, 12}));
    EXPECT_EQ(cut_at("The recipient immediately destroyed the data and the information was not distributed further.", 6),
              "The recipient immediately destroyed the data.");
}

TEST(TrimTail, KeepsThePlaceAVerbOfPlacingNeeds) {
    // "put their airplane." wants where; "put their airplane into a descent on Tuesday" may end
    // before "on".
    EXPECT_EQ(tails("The first officer put their airplane into a steep descent on Tuesday."),
              (std::vector<uint32_t>{10}));  // "on"; not "into"
    EXPECT_EQ(tails("The court placed the boy in the care of his aunt in Ohio."), (std::vector<uint32_t>{11}));
    EXPECT_EQ(tails("The moderate outlets have put a different spin on the talks."), (std::vector<uint32_t>{}));
}

TEST(TrimTail, NeverEndsOnAParticipleThatStandsForARelativeClause) {
    // "faced lawsuits filed." : the participle wants what follows; "was arrested." does not.
    EXPECT_EQ(tails("The mayor faced lawsuits filed in federal court over the bridge."), (std::vector<uint32_t>{8}));
    EXPECT_EQ(cut_at("The young man was arrested in Paris on Sunday.", 5), "The young man was arrested.");
    // What a reporting verb reports has its own verb.
    EXPECT_EQ(cut_at("Officials said the plane crashed in the sea near Java.", 5), "Officials said the plane crashed.");
}

TEST(TrimTail, KeepsTheWithThatAVerbOfChargingOrFittingNeeds) {
    // "was charged." drops the charge; "was charged with fraud." may end there.
    EXPECT_EQ(tails("The former mayor was charged with fraud in Ohio on Monday."), (std::vector<uint32_t>{7}));
    EXPECT_TRUE(tails("Engineers have fitted the slope with 24 sensors.").empty());
}

TEST(TrimTail, KeepsTheAgentOfAParticiple) {
    // "and", and "guided" with its agent; not "by" after "guided".
    EXPECT_EQ(tails("The author yearned for reason and humanism guided by science."), (std::vector<uint32_t>{5, 7}));
    // "was praised." says nothing: who praised him is the news. The sentence may end after it.
    std::string s = "The singer was praised by police officers on Sunday for tackling a burglar.";
    EXPECT_EQ(tails(s), (std::vector<uint32_t>{7, 9}));
    EXPECT_EQ(cut_at(s, 7), "The singer was praised by police officers.");
    // Irregular participles after "be", and a participle with its particle, keep the agent too.
    EXPECT_EQ(tails("The letter was read by the deputy of the party in the chamber."), (std::vector<uint32_t>{10}));
    EXPECT_EQ(tails("The attack was carried out by two gunmen in the capital."), (std::vector<uint32_t>{8}));
}

TEST(TrimTail, EndsBeforeAParticipleWithItsAgentAfterANoun) {
    // "photos released by the Kremlin": a relative clause without "that were".
    EXPECT_EQ(cut_at("Vladimir Putin was seen in a series of photos released by the Kremlin on Friday.", 9),
              "Vladimir Putin was seen in a series of photos.");
    // Without the agent the participle may be a clause's own verb ("the fire started in ...").
    EXPECT_EQ(tails("Officials now believe the fire started in the kitchen."), (std::vector<uint32_t>{6}));
}

TEST(TrimTail, NeverEndsOnAVerbThatWantsItsComplement) {
    // "came in a week", "have taken in more": the verb alone says nothing.
    EXPECT_EQ(tails("The shooting of two police officers came in a tumultuous week for the town."),
              (std::vector<uint32_t>{11}));  // "for"; not "in" after "came"
    EXPECT_TRUE(tails("Local care facilities have taken in more stranded sea lions this year.").empty());
    EXPECT_TRUE(tails("CNN could not immediately get in touch with the police.").empty());
    EXPECT_TRUE(tails("In those years the fights were so damaging that the party lost seats.").empty());
}

TEST(TrimTail, KeepsTheVerbOfAClauseAConjunctionAdds) {
    // After ", but" the kept words must hold a verb: "but a potion." says nothing.
    EXPECT_EQ(tails("It might sound like an old tale, but a potion from the library killed bacteria in tests."),
              (std::vector<uint32_t>{15}));  // "in", after "killed"; not "from"
}

TEST(TrimTail, NeedsAVerbOutsideARelativeClauseCommasSetOff) {
    // "who were members" is about the students; the controversy has no verb before the cut.
    EXPECT_TRUE(tails("The controversy over a video of the students, who were members of the club, reciting a chant grew.")
                    .empty());
    EXPECT_EQ(tails("The singer Crosby, who lives nearby, hit a jogger with his car."), (std::vector<uint32_t>{9}));
}

TEST(TrimTail, KeepsTheVerbOfAClauseThatOpens) {
    // "that al Qaeda." and "that the retreat." say nothing; "said that the plane crashed" does.
    EXPECT_TRUE(tails("The reality is that the retreat from the city leaves the town exposed.").empty());
    EXPECT_EQ(tails("The pilot said that the plane crashed in the sea near Java."), (std::vector<uint32_t>{7, 10}));
}

TEST(TrimTail, NeverSplitsTwoNamesAConjunctionJoins) {
    // "with compatriot." would drop who it was; "with" may open the tail.
    EXPECT_EQ(tails("Bouchard posted a photo of herself with compatriot and heartthrob Justin Bieber."),
              (std::vector<uint32_t>{6}));
}

TEST(TrimTail, NeverEndsInsideAClauseASubordinatorOpensBeforeItsVerb) {
    // "after an animal shelter." drops what the shelter did; "after a standoff." is a phrase.
    EXPECT_EQ(tails("The dog is on the road to recovery after an animal shelter in Bali took him in."),
              (std::vector<uint32_t>{8}));  // "after"; not "in" before "took" (nor the last "in": "took him.")
    EXPECT_EQ(tails("A sixth suspect blew himself up after a standoff with police."), (std::vector<uint32_t>{6, 9}));
}

TEST(TrimTail, NeverDropsALaterClauseThatButThenOrYetJoins) {
    // The clause revises what came before: cut short, the sentence says what did not happen.
    EXPECT_TRUE(tails("ISIS militants kidnapped 20 foreigners working at a Libyan hospital, then released them.").empty());
    EXPECT_TRUE(tails("She was scheduled to die at 7 p.m. on Monday, but the execution was called off.").empty());
    EXPECT_EQ(tails("The team was leading in the first half yet lost the match in the end."),
              (std::vector<uint32_t>{12}));  // within the later clause only
    // A clause "and" adds may go with the rest, at the conjunction or before it.
    std::string hit = "Tammy Meyers was hit in the head and died two days later at a hospital.";
    EXPECT_EQ(tails(hit), (std::vector<uint32_t>{4, 7, 12}));
    // "but" between two nouns joins no clause; the search ends at a subordinate clause.
    EXPECT_EQ(tails("The striker scored a goal in a short but bruising match."), (std::vector<uint32_t>{5}));
    EXPECT_EQ(tails("Police found the car in a field after the driver fled but was later caught."), (std::vector<uint32_t>{4, 7}));
}

TEST(TrimTail, NeverEndsBeforeThePrepositionThatEndsTheSentence) {
    // "a lot to answer for.": the preposition is the verb's.
    EXPECT_TRUE(tails("The film series has a lot to answer for.").empty());
    EXPECT_EQ(tails("She was hired to be an executive producer on."), (std::vector<uint32_t>{}));
}

TEST(TrimTail, TakesAnIngWordBeforeOfForANoun) {
    // "the wrongful jailing of 11 people" is a noun phrase: no cut before "jailing".
    EXPECT_EQ(cut_at("The minister was commenting on the wrongful jailing of 11 people in 1975.", 6),
              "The minister was commenting on the wrongful jailing of 11 people in 1975.");
    EXPECT_TRUE(tails("There were no computer hacking laws at the time.").empty());
    EXPECT_EQ(tails("The university suspended the fraternity's housing privileges after the video."),
              (std::vector<uint32_t>{7}));  // "after"; not "housing"
}

TEST(TrimTail, TakesAnIngWordAfterAnArticleAndOneWordForANoun) {
    // "a new ending" is a noun phrase: "The film has a new." has lost its noun.
    EXPECT_EQ(tails("The film has a new ending, with Becky Sharp running off for a new life in India."),
              (std::vector<uint32_t>{9, 11, 15}));  // "running", "for", "in"; not "ending"
    const std::vector<uint32_t> before_for = tails("The film has a new ending for fans of the novel.");
    EXPECT_EQ(std::count(before_for.begin(), before_for.end(), 5u), 0);  // not "ending"
    // With an object after it, it is a participle that opens a clause that may go.
    EXPECT_EQ(cut_at("The fraternity is under fire for a video showing members singing.", 8),
              "The fraternity is under fire for a video.");
}

TEST(TrimTail, NeverCutsAnExistentialSentenceShort) {
    // What there is is said in the tail: "There are no recent statistics." has lost its point.
    EXPECT_TRUE(tails("There are no recent statistics about the forces currently present in Iraq.").empty());
    EXPECT_TRUE(tails("There was a fire at the plant in the early hours of Monday.").empty());
    EXPECT_TRUE(tails("There's no sign of the missing plane in the search area.").empty());
    // "There" as a place, and a sentence that merely contains "there", may still end early (the
    // latter not on "was a fire": a bare noun that "be" makes the predicate).
    EXPECT_EQ(tails("There he met the president of the club in a hotel lobby."), (std::vector<uint32_t>{8}));
    EXPECT_EQ(tails("Police said there was a fire at the plant in the early hours."), (std::vector<uint32_t>{9}));
}

TEST(TrimTail, NeverEndsBeforeAVerblessClauseThatTheMainVerbFollows) {
    // "while in office" has no verb: "was" is the sentence's, and "assassinated" only describes
    // the ambassador.
    EXPECT_TRUE(tails("The first ambassador assassinated while in office was John Gordon Mein.").empty());
    // Without a verb after it, the clause may go: "The officer was injured." stands.
    EXPECT_EQ(tails("The officer was injured while on duty at the border."), (std::vector<uint32_t>{4}));
}

TEST(TrimTail, NeverEndsOnASuperlativeOrBeforeAHyphenatedAdjective) {
    EXPECT_EQ(tails("Afghanistan has been the largest refugee-producing country for decades."),
              (std::vector<uint32_t>{7}));  // "for"; not "refugee-producing" after "the largest"
    EXPECT_TRUE(tails("The company opened a record-breaking store in the city centre.").size() == 1u);  // "in"
}

TEST(TrimTail, KeepsThePassiveVerbOfTheMainClause) {
    // "will again be executive produced by": the participle is the sentence's verb.
    EXPECT_EQ(tails("The live musical will again be executive produced by Craig Zadan and Neil Meron."),
              (std::vector<uint32_t>{}));
}

TEST(TrimTail, EndsBeforeAboutAfterANounNotAfterAVerb) {
    EXPECT_EQ(cut_at("The weekly magazine has retracted a story about the singer and her father.", 7),
              "The weekly magazine has retracted a story.");
    EXPECT_TRUE(tails("The young officer knew about the plan for weeks.").size() == 1u);  // "for" only
    // After a modal the word is a verb; before a number "about" means approximately.
    EXPECT_TRUE(tails("Engineers said the new wall would protect about 2,300 homes.").empty());
    EXPECT_TRUE(tails("The city council will spend about two million on the barrier.").size() == 1u);  // "on"
}

TEST(TrimTail, EndsAfterAPercentage) {
    EXPECT_EQ(cut_at("Shares in the delivery firm closed up 9% at a two-year high.", 8),
              "Shares in the delivery firm closed up 9%.");
}

TEST(TrimTail, NeverEndsBetweenASubjectAndItsVerb) {
    // "arrested in ..." and "accused of ..." describe the subject; its verb comes later.
    EXPECT_TRUE(tails("A Florida man arrested in the Emirates for a post on Facebook has been released.").empty());
    EXPECT_EQ(tails("Three men accused of plotting attacks in New York were charged in a federal court."),
              (std::vector<uint32_t>{11}));  // the second "in"; not the first, before "were"
    // A subject's verb after the cut, whatever the verb before it.
    EXPECT_EQ(tails("The acquisition meant its sales in Europe rose by a tenth."),
              (std::vector<uint32_t>{8}));  // "by"; not "in" before "rose"
    // After a clause opener or a subject pronoun the later verb is another clause's.
    EXPECT_EQ(cut_at("Shares in the firm rose 5% on speculation it is to receive a bid.", 6),
              "Shares in the firm rose 5%.");
    EXPECT_EQ(cut_at("The police arrested a young man in Paris who was carrying a knife.", 6),
              "The police arrested a young man.");
}

TEST(TrimTail, TheMonthMayIsNoVerbAfterTheCut) {
    // "may" after "on" or before a number is the month (lower-cased text spells it so): the cut
    // before it is not between a subject and its verb. The modal still is a verb.
    EXPECT_EQ(tails("the club signed the striker from a rival in may last year."), (std::vector<uint32_t>{5, 8}));
    EXPECT_EQ(tails("the club signed the striker from a rival on may 9."), (std::vector<uint32_t>{5, 8}));
    EXPECT_EQ(cut_at("the club signed the striker from a rival on may 9.", 5), "the club signed the striker.");
    EXPECT_TRUE(tails("the man in the car may face charges.").empty());
}

TEST(TrimTail, NeverEndsInsideAnAsideOfTheSubject) {
    // The comma after "film" opens an aside that closes before the verb: no verb before it.
    EXPECT_EQ(tails("The film, to be directed by Bill Condon, will open next March across the country."),
              (std::vector<uint32_t>{12}));  // "across"; not "by"
    // A subject with two commas has closed its aside.
    EXPECT_EQ(tails("Smith, 45, was arrested at his home on Sunday."), (std::vector<uint32_t>{7}));
}

TEST(TrimTail, NeverEndsOnADistanceThatFromMeasures) {
    // "crashed a few miles." says nothing: the distance is from somewhere. After the place, the
    // sentence may end.
    EXPECT_EQ(tails("\"The Big Bopper\" Richardson crashed a few miles from the airport near Clear Lake."),
              (std::vector<uint32_t>{11}));  // "near"; not "from" (word 8)
    EXPECT_EQ(cut_at("The plane crashed a few miles from the airport in heavy fog.", 9),
              "The plane crashed a few miles from the airport.");
}

TEST(TrimTail, NeverEndsOnADeterminerAndAnAdjectiveBeforeAnIngNoun) {
    // "until a temporary crossing opens" is not "until a temporary."; the cut before "until" stays.
    EXPECT_EQ(tails("Ferries will run every twenty minutes until a temporary crossing opens."),
              (std::vector<uint32_t>{6}));
    // "ongoing" is no participle: "provided." would lose its object.
    EXPECT_EQ(tails("Local pastors and priests provided ongoing support to the families."), (std::vector<uint32_t>{}));
}

TEST(TrimTail, NeverEndsBeforeTheAmountAVerbTakes) {
    // "over", "about", "around", "under" before a number say how much: the object follows.
    EXPECT_TRUE(tails("Repairs to the piers will cost the city about four million dollars.").empty());
    EXPECT_TRUE(tails("The petition has gotten over 4,800 signatures.").empty());
    // Before a time, "over" opens a phrase the sentence can end without.
    EXPECT_EQ(cut_at("The petition has gotten thousands of signatures over the past week.", 7),
              "The petition has gotten thousands of signatures.");
}

TEST(TrimTail, KeepsWhatAPresentVerbsOnOrForIsAbout) {
    // "A petition ... calls." and "have to depend." say nothing; a noun before "on" may end.
    EXPECT_TRUE(tails("A petition created a few years ago calls on Amazon to change the name.").empty());
    EXPECT_TRUE(tails("Divers have to depend on feel to locate smaller items.").empty());
    EXPECT_EQ(cut_at("The leaders signed the treaty on the steps of the palace.", 5), "The leaders signed the treaty.");
}

TEST(TrimTail, KeepsTheFromThatABanOrPreventVerbsObjectNeeds) {
    // "banned U.S. prisons." says the opposite of "banned U.S. prisons from using its drug".
    EXPECT_EQ(tails("The manufacturers explicitly banned U.S. prisons from using its drug in executions."),
              (std::vector<uint32_t>{10}));  // "in"; not "from" (word 6)
    // A passive one stands alone: "has been fined and banned."
    EXPECT_EQ(cut_at("Northampton coach Budge Pountney has been fined and banned from the touchline for two matches.", 9),
              "Northampton coach Budge Pountney has been fined and banned.");
}

TEST(TrimTail, KeepsTheIngObjectOfAVerbAfterAModalOrTo) {
    // "would require modeling agencies to ..." is not "would require."
    EXPECT_TRUE(tails("New legislation would require modeling agencies to get medical certificates.").empty());
    EXPECT_TRUE(tails("The rebels will keep fighting until the government falls.").empty());
    // After a noun the -ing word opens a participle phrase.
    EXPECT_EQ(cut_at("The fraternity is under fire for a video showing members singing.", 8),
              "The fraternity is under fire for a video.");
}

TEST(TrimTail, NeverSplitsAPhrasalVerbOrEndsOnPast) {
    // "came out with new looks" is not "came out."; "past" is a preposition before "glowing".
    EXPECT_EQ(tails("Three major characters came out with new looks on Thursday."), (std::vector<uint32_t>{8}));
    EXPECT_EQ(tails("The trucks hauled tanks down a dark highway past glowing billboards in the town."),
              (std::vector<uint32_t>{11}));  // "in"; not "glowing" (word 9)
}

TEST(TrimTail, TakesAVerbFormBeforeOfForANounInAConjunction) {
    // "the growth and spread of superbugs": "and" joins two nouns, not a clause.
    EXPECT_EQ(tails("A key goal is to slow the growth and spread of superbugs in hospitals."),
              (std::vector<uint32_t>{12}));  // "in"; not "and" (word 8)
    EXPECT_EQ(cut_at("The man was arrested at his home and spread the news in the town.", 7),
              "The man was arrested at his home.");
}

TEST(TrimTail, NeverDropsAButClauseThatOpensOnAPhrase) {
    // After a comma "but" joins a clause even when a phrase comes first: cut, the sentence says
    // the execution took place.
    EXPECT_TRUE(
        tails("Kelly Gissendaner was scheduled to die at 7 p.m. on Monday, but for the second time in a week, it was called off.")
            .empty());
}

TEST(TrimTail, NeverDropsACondition) {
    // "would be made public." is a claim; "if the demand was not met" made it a threat.
    EXPECT_TRUE(tails("The letters said the threat would be made public if the demand was not met.").empty());
    EXPECT_EQ(cut_at("The letters said the threat would be made public within a week.", 9),
              "The letters said the threat would be made public.");
}

TEST(TrimTail, NeverKeepsASubjectWithOnlyItsParticiple) {
    // "The primary suspect jailed." and "Military trucks painted." are subjects: the main verb
    // ("withdrew", "hauled") comes after the cut.
    EXPECT_TRUE(
        tails("The primary suspect jailed in connection with the death of the opposition leader withdrew his confession.")
            .empty());
    EXPECT_TRUE(tails("Oversized military trucks painted in desert beige hauled tanks down the highway.").empty());
    // A past that is the main verb keeps its cuts, even before a participle of place or agent.
    EXPECT_EQ(cut_at("Police arrested a man in a car parked outside the station.", 4), "Police arrested a man.");
    EXPECT_EQ(cut_at("The small plane crashed in a field owned by a local farmer.", 4), "The small plane crashed.");
}

TEST(TrimTail, NeverEndsOnGoneExpectedBroughtOrAnyone) {
    EXPECT_TRUE(tails("Other states have sought out substitutes or gone with one drug instead.").empty());
    EXPECT_TRUE(tails("Peak blooms are expected at the tail end of the festival.").empty());
    EXPECT_EQ(tails("Runway 13 remained closed until the plane could be removed and brought into a hangar."),
              (std::vector<uint32_t>{10}));  // "and"; not "into" (word 12)
    EXPECT_EQ(tails("The FBI is asking anyone with information on the robberies to call the bureau."),
              (std::vector<uint32_t>{7}));  // "on"; not "with" (word 5)
}

TEST(TrimTail, AWordThatOpensNoTailCutsNothing) {
    std::string s = "A 30-year-old woman was abducted from a house in the Bay Area.";
    for (uint32_t word : {0u, 2u, 6u, 40u, 255u}) {
        EXPECT_EQ(trim(s, PRECIS_TRIM_TAIL_AT(word)).rules, 0u) << word;
        EXPECT_EQ(cut_at(s, word), s) << word;
    }
}

// ---- What every trim keeps ------------------------------------------------------------------

TEST(Trim, NoRulesKeepsTheWholeSentenceAsOneFragment) {
    std::string s = "On Thursday, Parliament approved the budget, officials said.";
    Trimmed t = trim(s, 0);
    ASSERT_EQ(t.count, 1u);
    EXPECT_EQ(t.fragment[0].begin, 0u);
    EXPECT_EQ(t.fragment[0].end, s.size());
    EXPECT_EQ(t.rules, 0u);
}

TEST(Trim, RulesCombineAndReportWhichOnesCut) {
    std::string s = "On Thursday, Parliament (the lower house) approved the budget, officials said.";
    Trimmed t = trim(s, precis::detail::kTrimAllRules);
    EXPECT_EQ(trimmed(s, precis::detail::kTrimAllRules), "Parliament approved the budget.");
    EXPECT_EQ(t.rules, PRECIS_TRIM_OPENERS | PRECIS_TRIM_ASIDES | PRECIS_TRIM_ATTRIBUTION);
}

TEST(Trim, AskingAgainForTheRulesThatCutGivesTheSameFragments) {
    std::string s = "Maria Lopez, 34, won the race (her third) in Leeds on Sunday, organisers said.";
    Trimmed all = trim(s, precis::detail::kTrimAllRules);
    Trimmed again = trim(s, all.rules);
    ASSERT_EQ(all.count, again.count);
    for (uint32_t f = 0; f < all.count; ++f) {
        EXPECT_EQ(all.fragment[f].begin, again.fragment[f].begin);
        EXPECT_EQ(all.fragment[f].end, again.fragment[f].end);
    }
}

TEST(Trim, NumbersWithCommasAreNotClauseBoundaries) {
    precis::detail::TrimContext c;
    std::string s = "The city spent 1,250,000 dollars on the new bridge.";
    ASSERT_TRUE(precis::detail::trim_analyze(bytes(s), static_cast<uint32_t>(s.size()), &c));
    EXPECT_EQ(c.ncommas, 0u);
    EXPECT_EQ(trimmed(s, precis::detail::kTrimAllRules), s);
}

TEST(Trim, ASentenceLongerThanTheLimitIsKeptWhole) {
    std::string s = "On Thursday, Parliament approved the budget";
    while (s.size() <= precis::detail::kTrimMaxBytes) s += " and the plan";
    s += ", officials said.";
    EXPECT_EQ(trimmed(s, precis::detail::kTrimAllRules), s);
}

TEST(Trim, ManyAsidesStayWithinTheFragmentLimit) {
    std::string s = "Alpha (1) beta (2) gamma (3) delta (4) epsilon (5) zeta (6) eta (7) theta (8) iota (9) kappa.";
    Trimmed t = trim(s, PRECIS_TRIM_ASIDES);
    EXPECT_LE(t.count, static_cast<uint32_t>(PRECIS_MAX_FRAGMENTS));
    EXPECT_GT(t.rules, 0u);
    EXPECT_LT(trimmed(s, PRECIS_TRIM_ASIDES).size(), s.size());
}

// Every rule on sentences of every shape: the kept text starts with a capital or a digit, ends
// with the sentence's terminator, leaves no comma before a join, and fragments never split a word.
TEST(Trim, TrimmedSentencesAreWellFormed) {
    const std::vector<std::string> sentences = {
        "On Friday, Rescue teams (from three towns) reached the valley, officials said.",
        "The mayor, a former teacher, said the bridge would reopen in May, adding that repairs were on schedule.",
        "In 2019, Lopez, 34, set a record that still stands, according to the federation.",
        "\"The bridge is safe,\" the mayor said, speaking to reporters in the town hall.",
        "The agreement, however, was not signed \xE2\x80\x94 at least not yet \xE2\x80\x94 by the two sides.",
        "Sales rose to 1,200 units in March, the best month in years, the company said in a statement.",
        "Why did the council wait so long, asked residents of the valley?",
        "Officials, who spoke on condition of anonymity, said the talks had stalled.",
        "The ferry was stopped at the harbour after a storm and stayed there for three days.",
        "The US has agreed to reduce its forces in Iraq (the mission) over the coming months, officials said.",
    };
    for (const std::string &s : sentences) {
        std::vector<uint32_t> all_rules;
        for (uint32_t rules = 1; rules <= precis::detail::kTrimAllRules; ++rules) all_rules.push_back(rules);
        for (uint32_t word : tails(s)) {
            all_rules.push_back(PRECIS_TRIM_TAIL_AT(word));
            all_rules.push_back(precis::detail::kTrimAllRules | PRECIS_TRIM_TAIL_AT(word));
        }
        for (uint32_t rules : all_rules) {
            Trimmed t = trim(s, rules);
            std::string out = trimmed(s, rules);
            ASSERT_FALSE(out.empty()) << s;
            EXPECT_TRUE(std::isupper(static_cast<unsigned char>(out[0])) || std::isdigit(static_cast<unsigned char>(out[0])) ||
                        out[0] == '"')
                << out;
            EXPECT_EQ(out.back(), s.back()) << out;
            EXPECT_EQ(out.find(",."), std::string::npos) << out;
            EXPECT_EQ(out.find(", ,"), std::string::npos) << out;
            EXPECT_EQ(out.find(",?"), std::string::npos) << out;
            for (uint32_t f = 0; f < t.count; ++f) {
                uint32_t b = t.fragment[f].begin, e = t.fragment[f].end;
                auto letter = [&](uint32_t i) { return std::isalnum(static_cast<unsigned char>(s[i])) != 0; };
                EXPECT_FALSE(b > 0 && letter(b - 1) && letter(b)) << "a fragment starts inside a word: " << out;
                EXPECT_FALSE(e < s.size() && letter(e - 1) && letter(e)) << "a fragment ends inside a word: " << out;
            }
            EXPECT_EQ(t.rules & ~rules, 0u);
        }
    }
}

// ---- Tokenized text (lower-cased, PTB-tokenized news: a blank around every mark) ---------------

TEST(TrimTokenized, KeepsTheTerminatorThatABlankSetsApartFromItsClosingMark) {
    // "at my feet . '": the blank before the closing mark is not the end of the body, or every
    // cut would take the full stop with it ("the wooden box flew across the room").
    std::string s = "the wooden box flew across the room and landed at my feet . '";
    EXPECT_EQ(tails(s), (std::vector<uint32_t>{4, 7, 9}));  // "across", "and", "at"
    EXPECT_EQ(cut_at(s, 4), "the wooden box flew. '");
    EXPECT_EQ(cut_at(s, 7), "the wooden box flew across the room. '");
}

TEST(TrimTokenized, ReadsASingleQuoteBetweenBlanksAsAQuotationMark) {
    // No cut inside "' as good as it gets '" ("are ' as good."); after it, one may end.
    std::string s = "the manager has claimed his two young defenders are ' as good as it gets ' for their positions .";
    EXPECT_EQ(trim(s, PRECIS_TRIM_TAIL_AT(11)).rules, 0u);  // "as", inside the quotation
    EXPECT_EQ(cut_at(s, 14), "the manager has claimed his two young defenders are ' as good as it gets '.");
}

TEST(TrimTokenized, ReadsAPluralsApostropheAndAnUnpairedMarkAsNoQuotation) {
    // "players ' union" is a possessive; "... the debts , ' the widow said ." closes a quotation
    // that opened a sentence before: neither keeps the cuts after it from being made.
    EXPECT_EQ(cut_at("the players ' union will meet the owners in london .", 7), "the players ' union will meet the owners.");
    EXPECT_EQ(trimmed("we had to sell the house to pay the debts , ' the widow said .", PRECIS_TRIM_ATTRIBUTION),
              "we had to sell the house to pay the debts .");
}

TEST(TrimTokenized, ReadsASpacedHyphenAsAHyphenNotADash) {
    // Tokenized text sets a blank around every hyphen: "a one - year contract" is no dash aside
    // to the end ("has signed a one."). Its dashes are "--", en and em dashes, and they still cut.
    std::string s = "the defender has signed a one - year contract extension with the club .";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_ASIDES), s);
    EXPECT_EQ(trimmed("the defender has signed a new contract \xE2\x80\x94 his third in two years .", PRECIS_TRIM_ASIDES),
              "the defender has signed a new contract.");
}

TEST(TrimTokenized, KeepsATimePhraseThatOwnsWhatFollows) {
    // "next weekend 's grand prix": cut, "in 's grand prix" is left.
    std::string s = "the champion will return to racing in next weekend 's grand prix in malaysia .";
    EXPECT_EQ(trimmed(s, PRECIS_TRIM_TIME), s);
    EXPECT_EQ(trimmed("the champion will return to racing next weekend in malaysia .", PRECIS_TRIM_TIME),
              "the champion will return to racing in malaysia .");
}

TEST(TrimTokenized, ReadsAnIngWordThatOwnsWhatFollowsAsANoun) {
    // "raheem sterling 's contract": lower-cased, a name in -ing is no participle to end before
    // ("... is relaxed about raheem."). A participle after a noun still opens a tail.
    std::string s = "the manager insists he is relaxed about raheem sterling 's contract situation despite the claims .";
    const std::vector<uint32_t> at = tails(s);
    EXPECT_EQ(std::count(at.begin(), at.end(), 8u), 0);  // not "sterling"
    EXPECT_EQ(cut_at("the club released a video showing the new kit in the shop .", 5), "the club released a video.");
}

// One Trimmer asked for rule set after rule set, as selection asks (each level, then the
// deepest level cut short), and then out of order (it starts over), gives what a fresh trim of
// each set gives: what one set leaves in it (the kept cuts, the steps done, the result, whose
// bytes the rule steps' scratch shares) never leaks into the next. (Both sides run the same
// rules: what each rule cuts is the other tests' to say.)
TEST(Trim, OneTrimmerForManyRuleSetsGivesWhatEachSetAloneGives) {
    const std::string sentences[] = {
        "On Thursday, Michael Jensen, a spokesman for the agency, said the company (which denied it) "
        "had moved its headquarters to Denver last week in the wake of the ruling, putting jobs at risk.",
        "The minister, 54, told reporters on Monday that the bridge would reopen after repairs, officials said.",
        "Police arrested two men in London after a chase through the city centre that lasted an hour.",
    };
    static precis::detail::Trimmer t;  // static: a few hundred bytes, as in the workspace, not on the test's stack
    uint32_t tails_asked = 0, cut = 0;
    for (const std::string &s : sentences) {
        const uint32_t n = static_cast<uint32_t>(s.size());
        precis::detail::trimmer_load(&t, bytes(s), n);
        std::vector<uint32_t> asks(std::begin(precis::detail::kTrimLevelRules), std::end(precis::detail::kTrimLevelRules));
        uint32_t tails = precis::detail::trimmer_tail_candidates(&t);
        tails_asked += tails;
        for (uint32_t k = 0; k < tails; ++k) asks.push_back(precis::detail::kTrimAllRules | PRECIS_TRIM_TAIL_AT(t.tails[k]));
        // Every other word too: once the candidates are known, trimmer_apply answers from them
        // (a word not among them ends nothing), as a fresh trim asks is_tail_start.
        for (uint32_t i = 0; i < precis::detail::TrimContext::kMaxWords; ++i) {
            if (std::find(t.tails, t.tails + tails, i) == t.tails + tails) asks.push_back(precis::detail::kTrimAllRules | PRECIS_TRIM_TAIL_AT(i));
        }
        asks.push_back(PRECIS_TRIM_ASIDES);  // out of order: starts over
        asks.push_back(precis::detail::kTrimAllRules);
        for (uint32_t rules : asks) {
            const Trimmed &got = precis::detail::trimmer_apply(&t, rules);
            Trimmed want = trim(s, rules);
            ASSERT_EQ(got.rules, want.rules) << s << " rules " << rules;
            ASSERT_EQ(got.count, want.count) << s << " rules " << rules;
            for (uint32_t f = 0; f < want.count; ++f) {
                EXPECT_EQ(got.fragment[f].begin, want.fragment[f].begin) << s << " rules " << rules;
                EXPECT_EQ(got.fragment[f].end, want.fragment[f].end) << s << " rules " << rules;
            }
        }
        if (trim(s, precis::detail::kTrimAllRules).rules != 0) ++cut;
    }
    EXPECT_GE(cut, 2u);          // the rules cut something,
    EXPECT_GT(tails_asked, 0u);  // and the tail is asked for
}

TEST(Trim, WriteFragmentsCollapsesWhitespaceAcrossFragments) {
    std::string s = "Alpha  beta (x)  gamma.";
    ByteRange f[2] = {{0, 12}, {15, static_cast<uint32_t>(s.size())}};
    std::string out(s.size(), '\0');
    out.resize(precis::detail::write_fragments(bytes(s), f, 2, &out[0]));
    EXPECT_EQ(out, "Alpha beta gamma.");
    EXPECT_EQ(precis::detail::count_fragment_words(bytes(s), f, 2), 3u);
}

}  // namespace
