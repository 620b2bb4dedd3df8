// The Dutch pack (language.h): the tables the stages consult for Dutch text besides the English ones.
// Word tables are sorted by first letter, words that start with a non-ASCII letter last (wordtable.h).
#include "language.h"

#if PRECIS_PACK_NL
#include "stem_languages.h"
#define PRECIS_DUTCH_STEMMER stem_dutch

namespace precis::detail {
namespace {

// Function words that carry no topic: Snowball's Dutch stopword list, plus words of attribution
// that fill news text (zei, volgens).
constexpr char kDutchStopwordsText[] =
    " aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door"
    " dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun"
    " iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar"
    " niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit"
    " uw van veel volgens voor want waren was wat werd wezen wie wil worden wordt zal ze zegt"
    " zei zelf zich zij zijn zo zonder zou ";
constexpr auto kDutchStopwords = index_words(kDutchStopwordsText);
static_assert(kDutchStopwords.sorted, "sorted by first letter, non-ASCII last");

// Titles before a name: a period after them never ends a sentence.
constexpr char kDutchTitlesText[] =
    " dhr dr drs ir mevr mr mw prof ";
constexpr auto kDutchTitles = index_words(kDutchTitlesText);
static_assert(kDutchTitles.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations that may end a sentence: their period does only before a starter.
// Among them the months that English's list lacks ("3 okt. 2022"), as English has "Oct.".
constexpr char kDutchAbbreviationsText[] =
    " bijv bv ca enz etc incl mld mln mrt nl okt resp ";
constexpr auto kDutchAbbreviations = index_words(kDutchAbbreviationsText);
static_assert(kDutchAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations before a number ("Nr. 5"): their period does not end a sentence there.
constexpr char kDutchNumberAbbreviationsText[] =
    " art blz nr ";
constexpr auto kDutchNumberAbbreviations = index_words(kDutchNumberAbbreviationsText);
static_assert(kDutchNumberAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Capitalized words that typically open a sentence (ASCII: the segmenter compares them so).
constexpr char kDutchStartersText[] =
    " bij de deze die dit een en er het hij ik in maar met na nu ook op toen van volgens voor"
    " we wij ze zij ";
constexpr auto kDutchStarters = index_words(kDutchStartersText);
static_assert(kDutchStarters.sorted, "sorted by first letter, non-ASCII last");

// The word that opens a byline of names.
constexpr char kDutchBylineWordsText[] =
    " door ";
constexpr auto kDutchBylineWords = index_words(kDutchBylineWordsText);
static_assert(kDutchBylineWords.sorted, "sorted by first letter, non-ASCII last");

// Words between the names of a byline.
constexpr char kDutchNameJoinersText[] =
    " de en van ";
constexpr auto kDutchNameJoiners = index_words(kDutchNameJoinersText);
static_assert(kDutchNameJoiners.sorted, "sorted by first letter, non-ASCII last");

// Phrases that open a byline, credit or notice (lower case), and a phone's e-mail footer.
const char *const kDutchBoilerplateOpeners[] = {
    "van onze correspondent", "van onze correspondente", "van onze verslaggever",
    "van onze verslaggeefster", "foto:", "bron:", "lees ook", "advertentie",
    "verzonden vanaf mijn", "verstuurd vanaf mijn",
};
// Phrases that make a sentence a rights notice wherever they stand.
const char *const kDutchBoilerplateMarkers[] = {
    "alle rechten voorbehouden",
};
// First words (or words) of a sentence that lean on the one before it.
const char *const kDutchBackReferences[] = {
    "hij", "zij", "ze", "dit", "deze", "die", "dat", "maar", "echter", "bovendien", "toch",
    "daarom", "dus", "ook", "daarnaast", "verder", "tevens", "zijn", "haar", "hun", "daarna",
    "vervolgens", "desondanks", "niettemin", "het besluit",
};

// Month and weekday names (content.h, names_a_date).
constexpr char kDutchDatesText[] =
    " april augustus december dinsdag donderdag februari januari juli juni maandag maart mei"
    " november oktober september vrijdag woensdag zaterdag zondag ";
constexpr auto kDutchDates = index_words(kDutchDatesText);
static_assert(kDutchDates.sorted, "sorted by first letter, non-ASCII last");
static_assert(longest_word(kDutchDates) <= kLongestDateBytes, "names_a_date folds at most kLongestDateBytes");
// What opens an e-mail's greeting line, its sign-offs, and the verb of a reply header
// (boilerplate.h, lower case).
const char *const kDutchGreetings[] = {
    "hallo", "hoi", "beste", "geachte", "lieve", "goedemorgen", "goedemiddag", "goedenavond", "dag",
};
const char *const kDutchSignOffs[] = {
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet",
    "vriendelijke groeten", "met hartelijke groet", "hartelijke groet", "hartelijke groeten",
    "groet", "groeten", "groetjes", "mvg", "bedankt", "alvast bedankt", "dank je wel", "dank u wel",
    "tot ziens",
};
const char *const kDutchReplyVerbs[] = {
    "schreef",
};
// The fields of an Outlook header ("Van: ..."), lower case.
const char *const kDutchHeaderFields[] = {
    "van", "verzonden", "aan", "cc", "onderwerp",
};
const UnitWords kDutchUnits = {
    word_list(kDutchDates),
    phrase_list(kDutchGreetings),
    phrase_list(kDutchSignOffs),
    phrase_list(kDutchReplyVerbs),
    phrase_list(kDutchHeaderFields),
    {},
};

}  // namespace

const LanguagePack kDutchPack = {
    PRECIS_LANGUAGE_DUTCH,
    false,
    word_list(kDutchStopwords),
    word_list(kDutchTitles),
    word_list(kDutchAbbreviations),
    word_list(kDutchNumberAbbreviations),
    word_list(kDutchStarters),
    word_list(kDutchBylineWords),
    word_list(kDutchNameJoiners),
    phrase_list(kDutchBoilerplateOpeners),
    phrase_list(kDutchBoilerplateMarkers),
    phrase_list(kDutchBackReferences),
    PRECIS_DUTCH_STEMMER,
    &kDutchUnits,
};

}  // namespace precis::detail
#endif  // PRECIS_PACK_NL
