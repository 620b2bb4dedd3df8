// The French pack (language.h): the tables the stages consult for French text besides the English ones.
// Word tables are sorted by first letter, words that start with a non-ASCII letter last (wordtable.h).
#include "language.h"

#if PRECIS_PACK_FR
#include "stem_languages.h"
#define PRECIS_FRENCH_STEMMER stem_french

namespace precis::detail {
namespace {

// Function words that carry no topic: Snowball's French stopword list with the elided forms the
// tokenizer splits off ("qu'il" -> "qu" "il"), plus words of attribution that fill news text
// (selon, a déclaré).
constexpr char kFrenchStopwordsText[] =
    " affirmé ai aie aient aies ait ajouté alors as au aucun aussi autre aux avaient avais"
    " avait avant avec avez aviez avions avoir avons ayant ayez ayons c ce ceci cela celle"
    " celles celui ces cet cette ceux chez comme d dans de depuis des dit donc dont du"
    " déclaré elle elles en encore entre es est et eu eue eues eurent eus eusse eussent"
    " eusses eussiez eussions eut eux eûmes eût eûtes fait faut furent fus fusse fussent"
    " fusses fussiez fussions fut fûmes fût fûtes il ils indiqué j je l la le les leur leurs"
    " lors lui m ma mais me mes moi mon même n ne ni nos notre nous on ont ou où par pas peu"
    " plus pour qu quand que quel quelle quelles quels qui s sa sans se selon sera serai"
    " seraient serais serait seras serez seriez serions serons seront ses si sien son sont"
    " sous sur t ta te tes toi ton tous tout toute toutes très tu un une vos votre vous y à"
    " ça étaient étais était étant étiez étions été êtes être ";
constexpr auto kFrenchStopwords = index_words(kFrenchStopwordsText);
static_assert(kFrenchStopwords.sorted, "sorted by first letter, non-ASCII last");

// Titles before a name: a period after them never ends a sentence.
constexpr char kFrenchTitlesText[] =
    " dr m me mgr mlle mlles mm mme mmes pr ";
constexpr auto kFrenchTitles = index_words(kFrenchTitlesText);
static_assert(kFrenchTitles.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations that may end a sentence: their period does only before a starter.
// Among them the months that English's list lacks ("3 janv. 2022", "févr."), as English has "Jan.".
constexpr char kFrenchAbbreviationsText[] =
    " av avr bd cf déc env etc ex fév févr hab janv juil juill ";
constexpr auto kFrenchAbbreviations = index_words(kFrenchAbbreviationsText);
static_assert(kFrenchAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations before a number ("Nr. 5"): their period does not end a sentence there.
// Among them the weekdays of a date ("lun. 3 oct."), which are words too ("mer", "jeu").
constexpr char kFrenchNumberAbbreviationsText[] =
    " art ch dim jeu lun mer no nos sam ven vol ";
constexpr auto kFrenchNumberAbbreviations = index_words(kFrenchNumberAbbreviationsText);
static_assert(kFrenchNumberAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Capitalized words that typically open a sentence (ASCII: the segmenter compares them so).
constexpr char kFrenchStartersText[] =
    " a au aux c ce cela ces cette d dans de depuis des du elle elles en et il ils j je l la"
    " le les leur lors mais nous on par pour puis qu quand selon si sur un une vous ";
constexpr auto kFrenchStarters = index_words(kFrenchStartersText);
static_assert(kFrenchStarters.sorted, "sorted by first letter, non-ASCII last");

// The word that opens a byline of names.
constexpr char kFrenchBylineWordsText[] =
    " par ";
constexpr auto kFrenchBylineWords = index_words(kFrenchBylineWordsText);
static_assert(kFrenchBylineWords.sorted, "sorted by first letter, non-ASCII last");

// Words between the names of a byline.
constexpr char kFrenchNameJoinersText[] =
    " de et ";
constexpr auto kFrenchNameJoiners = index_words(kFrenchNameJoinersText);
static_assert(kFrenchNameJoiners.sorted, "sorted by first letter, non-ASCII last");

// Phrases that open a byline, credit or notice (lower case), and a phone's e-mail footer.
const char *const kFrenchBoilerplateOpeners[] = {
    "par notre correspondant", "par notre correspondante", "par notre envoyé",
    "par notre envoyée", "de notre correspondant", "de notre correspondante", "de notre envoyé",
    "avec afp", "avec reuters", "avec ap", "crédit photo", "photo :", "photos :", "source :",
    "lire aussi", "à lire aussi", "voir aussi", "publicité",
    "envoyé de mon", "envoyé depuis mon",
};
// Phrases that make a sentence a rights notice wherever they stand.
const char *const kFrenchBoilerplateMarkers[] = {
    "tous droits réservés", "reproduction interdite",
};
// First words (or words) of a sentence that lean on the one before it.
const char *const kFrenchBackReferences[] = {
    "il", "elle", "ils", "elles", "ce", "cette", "ces", "cela", "ceci", "celui", "celle", "ceux",
    "mais", "cependant", "toutefois", "pourtant", "néanmoins", "en outre", "de plus",
    "par ailleurs", "ainsi", "donc", "alors", "aussi", "en revanche", "par conséquent",
    "d'autre part", "lui", "leur", "son", "sa", "ses", "leurs", "puis", "ensuite", "la décision",
    "cette décision", "la mesure",
};

// Month and weekday names, and those with accents as written without them (content.h,
// names_a_date).
constexpr char kFrenchDatesText[] =
    " avril août aout dimanche décembre decembre février fevrier janvier jeudi juillet juin lundi"
    " mai mardi mars mercredi novembre octobre samedi septembre vendredi ";
constexpr auto kFrenchDates = index_words(kFrenchDatesText);
static_assert(kFrenchDates.sorted, "sorted by first letter, non-ASCII last");
static_assert(longest_word(kFrenchDates) <= kLongestDateBytes, "names_a_date folds at most kLongestDateBytes");
// What opens an e-mail's greeting line, its sign-offs, and the verb of a reply header
// (boilerplate.h, lower case).
const char *const kFrenchGreetings[] = {
    "bonjour", "bonsoir", "salut", "coucou", "cher", "chère", "chers", "chères", "madame",
    "monsieur", "mesdames", "messieurs",
};
const char *const kFrenchSignOffs[] = {
    "cordialement", "bien cordialement", "très cordialement", "bien à vous", "bien à toi",
    "amicalement", "amitiés", "salutations", "sincères salutations", "meilleures salutations",
    "bonne journée", "bonne soirée", "à bientôt", "merci", "merci beaucoup", "merci d'avance",
    "bises", "bisous",
};
const char *const kFrenchReplyVerbs[] = {
    "a écrit",
};
// The fields of an Outlook header ("De : ..."), lower case.
const char *const kFrenchHeaderFields[] = {
    "de", "envoyé", "à", "a", "cc", "cci", "objet",
};
const UnitWords kFrenchUnits = {
    word_list(kFrenchDates),
    phrase_list(kFrenchGreetings),
    phrase_list(kFrenchSignOffs),
    phrase_list(kFrenchReplyVerbs),
    phrase_list(kFrenchHeaderFields),
    {},
};

}  // namespace

const LanguagePack kFrenchPack = {
    PRECIS_LANGUAGE_FRENCH,
    false,
    word_list(kFrenchStopwords),
    word_list(kFrenchTitles),
    word_list(kFrenchAbbreviations),
    word_list(kFrenchNumberAbbreviations),
    word_list(kFrenchStarters),
    word_list(kFrenchBylineWords),
    word_list(kFrenchNameJoiners),
    phrase_list(kFrenchBoilerplateOpeners),
    phrase_list(kFrenchBoilerplateMarkers),
    phrase_list(kFrenchBackReferences),
    PRECIS_FRENCH_STEMMER,
    &kFrenchUnits,
};

}  // namespace precis::detail
#endif  // PRECIS_PACK_FR
