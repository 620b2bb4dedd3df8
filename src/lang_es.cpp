// The Spanish pack (language.h): the tables the stages consult for Spanish text besides the English ones.
// Word tables are sorted by first letter, words that start with a non-ASCII letter last (wordtable.h).
#include "language.h"

#if PRECIS_PACK_ES
#include "stem_languages.h"
#define PRECIS_SPANISH_STEMMER stem_spanish

namespace precis::detail {
namespace {

// Function words that carry no topic: Snowball's Spanish stopword list (its most frequent part),
// plus words of attribution that fill news text (dijo, según).
constexpr char kSpanishStopwordsText[] =
    " a afirmó al algo algunas algunos ante antes aseguró como con contra cual cuando de del"
    " desde dice dijo donde durante e el ella ellas ellos en entre era erais eran eras eres"
    " es esa esas ese eso esos esta estaba estaban estado estados estamos estan estar estas"
    " este esto estos estoy está están estás fue fueron fui fuimos ha haber habia habian"
    " había habían han has hasta hay he la las le les lo los me mi mis mucho muchos muy más"
    " mí nada ni no nos nosotros o os otra otras otro otros para pero poco por porque que"
    " quien quienes qué se sea sean según ser si sido sin sobre son su sus sí también tan te"
    " tener tiene tienen todo todos tras tu tus un una uno unos y ya él ésta éste ";
constexpr auto kSpanishStopwords = index_words(kSpanishStopwordsText);
static_assert(kSpanishStopwords.sorted, "sorted by first letter, non-ASCII last");

// Titles before a name: a period after them never ends a sentence.
constexpr char kSpanishTitlesText[] =
    " d dr dra excma excmo ing lic sr sra sras sres srta ";
constexpr auto kSpanishTitles = index_words(kSpanishTitlesText);
static_assert(kSpanishTitles.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations that may end a sentence: their period does only before a starter.
// Among them the months that English's list lacks ("3 ene. 2022"), as English has "Jan.".
constexpr char kSpanishAbbreviationsText[] =
    " abr ago aprox av avda dic dpto ej ene etc may tel ";
constexpr auto kSpanishAbbreviations = index_words(kSpanishAbbreviationsText);
static_assert(kSpanishAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations before a number ("Nr. 5"): their period does not end a sentence there.
constexpr char kSpanishNumberAbbreviationsText[] =
    " art no nro num núm pag pág ";
constexpr auto kSpanishNumberAbbreviations = index_words(kSpanishNumberAbbreviationsText);
static_assert(kSpanishNumberAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Capitalized words that typically open a sentence (ASCII: the segmenter compares them so).
constexpr char kSpanishStartersText[] =
    " a al con de del desde el ella ellas ellos en esta estas este esto estos hoy la las lo"
    " los no para pero por se sin su sus tras un una y ";
constexpr auto kSpanishStarters = index_words(kSpanishStartersText);
static_assert(kSpanishStarters.sorted, "sorted by first letter, non-ASCII last");

// The word that opens a byline of names.
constexpr char kSpanishBylineWordsText[] =
    " por ";
constexpr auto kSpanishBylineWords = index_words(kSpanishBylineWordsText);
static_assert(kSpanishBylineWords.sorted, "sorted by first letter, non-ASCII last");

// Words between the names of a byline.
constexpr char kSpanishNameJoinersText[] =
    " de y ";
constexpr auto kSpanishNameJoiners = index_words(kSpanishNameJoinersText);
static_assert(kSpanishNameJoiners.sorted, "sorted by first letter, non-ASCII last");

// Phrases that open a byline, credit or notice (lower case), and a phone's e-mail footer.
const char *const kSpanishBoilerplateOpeners[] = {
    "por nuestro corresponsal", "por nuestra corresponsal", "por nuestro enviado especial",
    "redacción:", "foto:", "fotografía:", "fuente:", "lea también", "más información",
    "publicidad",
    "enviado desde mi",
};
// Phrases that make a sentence a rights notice wherever they stand.
const char *const kSpanishBoilerplateMarkers[] = {
    "todos los derechos reservados", "prohibida su reproducción",
};
// First words (or words) of a sentence that lean on the one before it.
const char *const kSpanishBackReferences[] = {
    "él", "ella", "ellos", "ellas", "este", "esta", "estos", "estas", "esto", "eso", "ese",
    "esa", "sin embargo", "pero", "además", "asimismo", "no obstante", "por ello", "por eso",
    "por lo tanto", "así", "también", "entonces", "luego", "su", "sus", "dicha", "dicho",
    "por su parte", "en cambio", "la decisión", "la medida",
};

// Month and weekday names, and those with accents as written without them (content.h,
// names_a_date).
constexpr char kSpanishDatesText[] =
    " abril agosto diciembre domingo enero febrero jueves julio junio lunes marzo martes mayo"
    " miercoles miércoles noviembre octubre sabado septiembre setiembre sábado viernes ";
constexpr auto kSpanishDates = index_words(kSpanishDatesText);
static_assert(kSpanishDates.sorted, "sorted by first letter, non-ASCII last");
static_assert(longest_word(kSpanishDates) <= kLongestDateBytes, "names_a_date folds at most kLongestDateBytes");
// What opens an e-mail's greeting line, its sign-offs, and the verb of a reply header
// (boilerplate.h, lower case).
const char *const kSpanishGreetings[] = {
    "hola", "¡hola", "estimado", "estimada", "estimados", "estimadas", "querido", "querida",
    "queridos", "queridas", "buenos días", "buenas tardes", "buenas noches", "buen día",
};
const char *const kSpanishSignOffs[] = {
    "saludos", "saludos cordiales", "un saludo", "un cordial saludo", "un abrazo", "abrazos",
    "atentamente", "cordialmente", "gracias", "muchas gracias", "besos", "hasta pronto",
};
const char *const kSpanishReplyVerbs[] = {
    "escribió",
};
// The fields of an Outlook header ("De: ..."), lower case.
const char *const kSpanishHeaderFields[] = {
    "de", "enviado el", "enviado", "para", "cc", "asunto",
};
const UnitWords kSpanishUnits = {
    word_list(kSpanishDates),
    phrase_list(kSpanishGreetings),
    phrase_list(kSpanishSignOffs),
    phrase_list(kSpanishReplyVerbs),
    phrase_list(kSpanishHeaderFields),
    {},
};

}  // namespace

const LanguagePack kSpanishPack = {
    PRECIS_LANGUAGE_SPANISH,
    false,
    word_list(kSpanishStopwords),
    word_list(kSpanishTitles),
    word_list(kSpanishAbbreviations),
    word_list(kSpanishNumberAbbreviations),
    word_list(kSpanishStarters),
    word_list(kSpanishBylineWords),
    word_list(kSpanishNameJoiners),
    phrase_list(kSpanishBoilerplateOpeners),
    phrase_list(kSpanishBoilerplateMarkers),
    phrase_list(kSpanishBackReferences),
    PRECIS_SPANISH_STEMMER,
    &kSpanishUnits,
};

}  // namespace precis::detail
#endif  // PRECIS_PACK_ES
