// The German pack (language.h): the tables the stages consult for German text besides the English ones.
// Word tables are sorted by first letter, words that start with a non-ASCII letter last (wordtable.h).
#include "language.h"

#if PRECIS_PACK_DE
#include "stem_languages.h"
#define PRECIS_GERMAN_STEMMER stem_german

namespace precis::detail {
namespace {

// Function words that carry no topic: Snowball's German stopword list, plus reporting verbs and
// prepositions of attribution that fill news text (sagte, laut, zufolge).
constexpr char kGermanStopwordsText[] =
    " aber alle allem allen aller alles als also am an ander andere anderem anderen anderer"
    " anderes anderm andern anderr anders auch auf aus außerdem bei bereits bin bis bisher"
    " bist da dabei damit dann das dass dasselbe dazu dein deine deinem deinen deiner deines"
    " dem demselben den denn denselben der derer derselbe derselben des desselben dessen dich"
    " die dies diese dieselbe dieselben diesem diesen dieser dieses dir doch dort du durch"
    " ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er"
    " es etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat"
    " hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in"
    " indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein"
    " keine keinem keinen keiner keines konnte können könnte laut machen man manche manchem"
    " manchen mancher manches mein meine meinem meinen meiner meines mich mir mit muss musste"
    " müssen nach nicht nichts noch nun nur ob oder ohne sagt sagte sagten sehr sein seine"
    " seinem seinen seiner seines seit selbst sich sie sind so solche solchem solchen solcher"
    " solches soll sollte sondern sonst um und uns unser unsere unserem unseren unserer"
    " unseres unter viel vom von vor wann war waren warst was weg weil weiter welche welchem"
    " welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen"
    " wollte wurde wurden während würde würden zu zudem zufolge zum zur zwar zwischen über ";
constexpr auto kGermanStopwords = index_words(kGermanStopwordsText);
static_assert(kGermanStopwords.sorted, "sorted by first letter, non-ASCII last");

// Titles before a name: a period after them never ends a sentence.
constexpr char kGermanTitlesText[] =
    " dipl dr frl hr prof ";
constexpr auto kGermanTitles = index_words(kGermanTitlesText);
static_assert(kGermanTitles.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations that may end a sentence: their period does only before a starter.
// Among them the months that English's list lacks ("3. Okt. 2022"), as English has "Oct.".
constexpr char kGermanAbbreviationsText[] =
    " abs bspw bzw ca dez ehem evtl ggf inkl jh jhd mio mrd okt str tsd usw vgl zzgl ";
constexpr auto kGermanAbbreviations = index_words(kGermanAbbreviationsText);
static_assert(kGermanAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Ends of compounds that are abbreviations as "str" is ("Hauptstr. 5", "Bahnhofstr."): the word
// that ends so is one of the abbreviations above.
constexpr char kGermanAbbreviatedEndingsText[] =
    " str ";
constexpr auto kGermanAbbreviatedEndings = index_words(kGermanAbbreviatedEndingsText);
static_assert(kGermanAbbreviatedEndings.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations before a number ("Nr. 5"): their period does not end a sentence there.
constexpr char kGermanNumberAbbreviationsText[] =
    " abs art kap nr ";
constexpr auto kGermanNumberAbbreviations = index_words(kGermanNumberAbbreviationsText);
static_assert(kGermanNumberAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Capitalized words that typically open a sentence (ASCII: the segmenter compares them so).
constexpr char kGermanStartersText[] =
    " aber als am an auch auf aus bei bereits da damit dann das dem den der des die dies"
    " diese dieser dieses doch ein eine einer er es im in man mit nach noch nun nur seit sie"
    " so um und von vor was wer wie wir wo zu zum zur ";
constexpr auto kGermanStarters = index_words(kGermanStartersText);
static_assert(kGermanStarters.sorted, "sorted by first letter, non-ASCII last");

// The word that opens a byline of names.
constexpr char kGermanBylineWordsText[] =
    " von ";
constexpr auto kGermanBylineWords = index_words(kGermanBylineWordsText);
static_assert(kGermanBylineWords.sorted, "sorted by first letter, non-ASCII last");

// Words between the names of a byline.
constexpr char kGermanNameJoinersText[] =
    " und von zu ";
constexpr auto kGermanNameJoiners = index_words(kGermanNameJoinersText);
static_assert(kGermanNameJoiners.sorted, "sorted by first letter, non-ASCII last");

// Phrases that open a byline, credit or notice (lower case), and a phone's e-mail footer.
const char *const kGermanBoilerplateOpeners[] = {
    "von unserem korrespondenten", "von unserer korrespondentin", "von unseren korrespondenten",
    "mit material von", "mitarbeit:", "foto:", "fotos:", "bild:", "quelle:", "lesen sie auch",
    "mehr zum thema", "anzeige",
    "gesendet von meinem", "von meinem iphone gesendet", "von meinem ipad gesendet",
};
// Phrases that make a sentence a rights notice wherever they stand.
const char *const kGermanBoilerplateMarkers[] = {
    "alle rechte vorbehalten",
};
// First words (or words) of a sentence that lean on the one before it.
const char *const kGermanBackReferences[] = {
    "er", "sie", "dies", "diese", "dieser", "dieses", "damit", "dabei", "dazu", "daher",
    "deshalb", "deswegen", "aber", "doch", "jedoch", "allerdings", "außerdem", "zudem", "ferner",
    "trotzdem", "dennoch", "dagegen", "hingegen", "somit", "also", "auch", "sein", "seine",
    "ihr", "ihre", "dort", "danach", "anschließend", "zuvor", "der schritt", "die entscheidung",
    "die maßnahme",
};

// Month and weekday names, and "maerz" (content.h, names_a_date).
constexpr char kGermanDatesText[] =
    " april august dezember dienstag donnerstag februar freitag januar juli juni jänner mai maerz"
    " mittwoch montag märz november oktober samstag september sonnabend sonntag ";
constexpr auto kGermanDates = index_words(kGermanDatesText);
static_assert(kGermanDates.sorted, "sorted by first letter, non-ASCII last");
static_assert(longest_word(kGermanDates) <= kLongestDateBytes, "names_a_date folds at most kLongestDateBytes");
// What opens an e-mail's greeting line, its sign-offs, and the verb of a reply header
// (boilerplate.h, lower case).
const char *const kGermanGreetings[] = {
    "hallo", "liebe", "lieber", "liebes", "sehr geehrte", "sehr geehrter", "guten morgen",
    "guten tag", "guten abend", "moin", "servus",
};
const char *const kGermanSignOffs[] = {
    "viele grüße", "viele grüsse", "liebe grüße", "liebe grüsse", "beste grüße", "herzliche grüße",
    "freundliche grüße", "freundliche grüsse", "mit freundlichen grüßen",
    "mit freundlichen grüssen", "mit besten grüßen", "schöne grüße", "gruß", "grüße", "lg", "mfg",
    "vg", "danke", "vielen dank", "bis bald",
};
const char *const kGermanReplyVerbs[] = {
    "schrieb",
};
// The fields of an Outlook header ("Von: ..."), lower case.
const char *const kGermanHeaderFields[] = {
    "von", "gesendet", "an", "cc", "betreff",
};
const UnitWords kGermanUnits = {
    word_list(kGermanDates),
    phrase_list(kGermanGreetings),
    phrase_list(kGermanSignOffs),
    phrase_list(kGermanReplyVerbs),
    phrase_list(kGermanHeaderFields),
    word_list(kGermanAbbreviatedEndings),
};

}  // namespace

const LanguagePack kGermanPack = {
    PRECIS_LANGUAGE_GERMAN,
    true,
    word_list(kGermanStopwords),
    word_list(kGermanTitles),
    word_list(kGermanAbbreviations),
    word_list(kGermanNumberAbbreviations),
    word_list(kGermanStarters),
    word_list(kGermanBylineWords),
    word_list(kGermanNameJoiners),
    phrase_list(kGermanBoilerplateOpeners),
    phrase_list(kGermanBoilerplateMarkers),
    phrase_list(kGermanBackReferences),
    PRECIS_GERMAN_STEMMER,
    &kGermanUnits,
};

}  // namespace precis::detail
#endif  // PRECIS_PACK_DE
