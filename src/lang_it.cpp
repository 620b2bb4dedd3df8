// The Italian pack (language.h): the tables the stages consult for Italian text besides the English ones.
// Word tables are sorted by first letter, words that start with a non-ASCII letter last (wordtable.h).
#include "language.h"

#if PRECIS_PACK_IT
#include "stem_languages.h"
#define PRECIS_ITALIAN_STEMMER stem_italian

namespace precis::detail {
namespace {

// Function words that carry no topic: Snowball's Italian stopword list (its most frequent part)
// with the elided forms the tokenizer splits off ("dell'anno" -> "dell" "anno"), plus words of
// attribution that fill news text (detto, secondo).
constexpr char kItalianStopwordsText[] =
    " a ad agli al all alla alle allo anche avere aveva avevano c che chi ci coi col come con"
    " contro cui da dagli dai dal dall dalla dalle degli dei del dell della delle dello detto"
    " di dove e ed era erano essere gli ha hanno ho i il in io l la le lei lo loro lui ma mi"
    " mia mio ne negli nei nel nell nella nelle noi non nostro o per perché più quale quando"
    " quella quelle quelli quello questa queste questi questo se secondo sei si sia siamo"
    " sono sta stata stati stato su sua sue sugli sui sul sull sulla sulle suo suoi tra tutti"
    " tutto un una uno è ";
constexpr auto kItalianStopwords = index_words(kItalianStopwordsText);
static_assert(kItalianStopwords.sorted, "sorted by first letter, non-ASCII last");

// Titles before a name: a period after them never ends a sentence.
constexpr char kItalianTitlesText[] =
    " arch avv dott geom ing mons on prof rag sig sigg sigra ";
constexpr auto kItalianTitles = index_words(kItalianTitlesText);
static_assert(kItalianTitles.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations that may end a sentence: their period does only before a starter.
// Among them the months that English's list lacks ("3 ott. 2022"), as English has "Oct.".
constexpr char kItalianAbbreviationsText[] =
    " ago ca dic ecc etc giu lug mag ott tel ";
constexpr auto kItalianAbbreviations = index_words(kItalianAbbreviationsText);
static_assert(kItalianAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations before a number ("Nr. 5"): their period does not end a sentence there.
// Among them "set." (settembre), a word too: "3 set. 2022".
constexpr char kItalianNumberAbbreviationsText[] =
    " art cap n nr pag set ";
constexpr auto kItalianNumberAbbreviations = index_words(kItalianNumberAbbreviationsText);
static_assert(kItalianNumberAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Capitalized words that typically open a sentence (ASCII: the segmenter compares them so).
constexpr char kItalianStartersText[] =
    " a al anche con da dal dalla di dopo e gli i il in la le lo ma nel nella non per questa"
    " questo secondo si su tra un una uno ";
constexpr auto kItalianStarters = index_words(kItalianStartersText);
static_assert(kItalianStarters.sorted, "sorted by first letter, non-ASCII last");

// The word that opens a byline of names.
constexpr char kItalianBylineWordsText[] =
    " di ";
constexpr auto kItalianBylineWords = index_words(kItalianBylineWordsText);
static_assert(kItalianBylineWords.sorted, "sorted by first letter, non-ASCII last");

// Words between the names of a byline.
constexpr char kItalianNameJoinersText[] =
    " de di e ";
constexpr auto kItalianNameJoiners = index_words(kItalianNameJoinersText);
static_assert(kItalianNameJoiners.sorted, "sorted by first letter, non-ASCII last");

// Phrases that open a byline, credit or notice (lower case), and a phone's e-mail footer.
const char *const kItalianBoilerplateOpeners[] = {
    "dal nostro corrispondente", "dalla nostra corrispondente", "dal nostro inviato",
    "dalla nostra inviata", "foto:", "fonte:", "leggi anche", "pubblicità",
    "inviato da iphone", "inviato da ipad", "inviato dal mio",
};
// Phrases that make a sentence a rights notice wherever they stand.
const char *const kItalianBoilerplateMarkers[] = {
    "tutti i diritti riservati", "riproduzione riservata",
};
// First words (or words) of a sentence that lean on the one before it.
const char *const kItalianBackReferences[] = {
    "lui", "lei", "loro", "esso", "essa", "questo", "questa", "questi", "queste", "ciò",
    "tuttavia", "ma", "però", "inoltre", "quindi", "dunque", "comunque", "pertanto", "anche",
    "poi", "infatti", "invece", "suo", "sua", "suoi", "sue", "tale", "in seguito",
    "d'altra parte", "la decisione",
};

// Month and weekday names, and those with accents as written without them (content.h,
// names_a_date).
constexpr char kItalianDatesText[] =
    " agosto aprile dicembre domenica febbraio gennaio giovedi giovedì giugno luglio lunedi lunedì"
    " maggio martedi martedì marzo mercoledi mercoledì novembre ottobre sabato settembre venerdi"
    " venerdì ";
constexpr auto kItalianDates = index_words(kItalianDatesText);
static_assert(kItalianDates.sorted, "sorted by first letter, non-ASCII last");
static_assert(longest_word(kItalianDates) <= kLongestDateBytes, "names_a_date folds at most kLongestDateBytes");
// What opens an e-mail's greeting line, its sign-offs, and the verb of a reply header
// (boilerplate.h, lower case).
const char *const kItalianGreetings[] = {
    "ciao", "salve", "buongiorno", "buonasera", "caro", "cara", "cari", "care", "gentile",
    "gentili", "gentilissimo", "gentilissima", "egregio", "egregia",
};
const char *const kItalianSignOffs[] = {
    "cordiali saluti", "distinti saluti", "saluti", "un saluto", "un caro saluto", "cordialmente",
    "grazie", "grazie mille", "a presto", "un abbraccio", "baci", "buona giornata",
};
const char *const kItalianReplyVerbs[] = {
    "ha scritto",
};
// The fields of an Outlook header ("Da: ..."), lower case.
const char *const kItalianHeaderFields[] = {
    "da", "inviato", "a", "cc", "oggetto",
};
const UnitWords kItalianUnits = {
    word_list(kItalianDates),
    phrase_list(kItalianGreetings),
    phrase_list(kItalianSignOffs),
    phrase_list(kItalianReplyVerbs),
    phrase_list(kItalianHeaderFields),
    {},
};

}  // namespace

const LanguagePack kItalianPack = {
    PRECIS_LANGUAGE_ITALIAN,
    false,
    word_list(kItalianStopwords),
    word_list(kItalianTitles),
    word_list(kItalianAbbreviations),
    word_list(kItalianNumberAbbreviations),
    word_list(kItalianStarters),
    word_list(kItalianBylineWords),
    word_list(kItalianNameJoiners),
    phrase_list(kItalianBoilerplateOpeners),
    phrase_list(kItalianBoilerplateMarkers),
    phrase_list(kItalianBackReferences),
    PRECIS_ITALIAN_STEMMER,
    &kItalianUnits,
};

}  // namespace precis::detail
#endif  // PRECIS_PACK_IT
