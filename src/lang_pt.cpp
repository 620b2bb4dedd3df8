// The Portuguese pack (language.h): the tables the stages consult for Portuguese text besides the English ones.
// Word tables are sorted by first letter, words that start with a non-ASCII letter last (wordtable.h).
#include "language.h"

#if PRECIS_PACK_PT
#include "stem_languages.h"
#define PRECIS_PORTUGUESE_STEMMER stem_portuguese

namespace precis::detail {
namespace {

// Function words that carry no topic: Snowball's Portuguese stopword list (its most frequent
// part), plus words of attribution that fill news text (disse, segundo).
constexpr char kPortugueseStopwordsText[] =
    " a afirmou ao aos as até com como da das de dela delas dele deles depois disse do dos e"
    " ela elas ele eles em entre era eram essa essas esse esses esta estas estava estavam"
    " este estes está estão eu foi foram há isso isto já lhe lhes mais mas me mesmo meu minha"
    " muito na nas nem no nos nós o os ou para pela pelas pelo pelos por qual quando que quem"
    " se segundo sem ser seu seus sua suas só também te tem ter tinha têm um uma umas uns à"
    " às é ";
constexpr auto kPortugueseStopwords = index_words(kPortugueseStopwordsText);
static_assert(kPortugueseStopwords.sorted, "sorted by first letter, non-ASCII last");

// Titles before a name: a period after them never ends a sentence.
constexpr char kPortugueseTitlesText[] =
    " dr dra eng exma exmo prof sr sra srta ";
constexpr auto kPortugueseTitles = index_words(kPortugueseTitlesText);
static_assert(kPortugueseTitles.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations that may end a sentence: their period does only before a starter.
// Among them the months that English's list lacks ("3 out. 2022"), as English has "Oct.".
constexpr char kPortugueseAbbreviationsText[] =
    " abr ago aprox av etc ex fev mai out tel ";
constexpr auto kPortugueseAbbreviations = index_words(kPortugueseAbbreviationsText);
static_assert(kPortugueseAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Abbreviations before a number ("Nr. 5"): their period does not end a sentence there.
// Among them "set." and "dez." (setembro, dezembro), words too: "3 dez. 2022".
constexpr char kPortugueseNumberAbbreviationsText[] =
    " art dez n pag set ";
constexpr auto kPortugueseNumberAbbreviations = index_words(kPortugueseNumberAbbreviationsText);
static_assert(kPortugueseNumberAbbreviations.sorted, "sorted by first letter, non-ASCII last");

// Capitalized words that typically open a sentence (ASCII: the segmenter compares them so).
constexpr char kPortugueseStartersText[] =
    " a as com da de do e ela ele em entre esta este isso isto mas na no nos o os para por se"
    " segundo um uma ";
constexpr auto kPortugueseStarters = index_words(kPortugueseStartersText);
static_assert(kPortugueseStarters.sorted, "sorted by first letter, non-ASCII last");

// The word that opens a byline of names.
constexpr char kPortugueseBylineWordsText[] =
    " por ";
constexpr auto kPortugueseBylineWords = index_words(kPortugueseBylineWordsText);
static_assert(kPortugueseBylineWords.sorted, "sorted by first letter, non-ASCII last");

// Words between the names of a byline.
constexpr char kPortugueseNameJoinersText[] =
    " da de do dos e ";
constexpr auto kPortugueseNameJoiners = index_words(kPortugueseNameJoinersText);
static_assert(kPortugueseNameJoiners.sorted, "sorted by first letter, non-ASCII last");

// Phrases that open a byline, credit or notice (lower case), and a phone's e-mail footer.
const char *const kPortugueseBoilerplateOpeners[] = {
    "do nosso correspondente", "da nossa correspondente", "do enviado especial",
    "da enviada especial", "foto:", "fonte:", "leia também", "leia mais", "publicidade",
    "enviado do meu", "enviado de meu",
};
// Phrases that make a sentence a rights notice wherever they stand.
const char *const kPortugueseBoilerplateMarkers[] = {
    "todos os direitos reservados", "direitos reservados",
};
// First words (or words) of a sentence that lean on the one before it.
const char *const kPortugueseBackReferences[] = {
    "ele", "ela", "eles", "elas", "este", "esta", "estes", "estas", "isto", "isso", "esse",
    "essa", "mas", "porém", "contudo", "todavia", "no entanto", "além disso", "também", "assim",
    "portanto", "então", "depois", "seu", "sua", "seus", "suas", "por sua vez", "entretanto",
    "a decisão", "a medida",
};

// Month and weekday names, and those with accents as written without them (content.h,
// names_a_date). The tokenizer splits "quinta-feira" at its hyphen: the weekdays are their
// first words ("segunda" .. "sexta") and "feira".
constexpr char kPortugueseDatesText[] =
    " abril agosto dezembro domingo feira fevereiro janeiro julho junho maio marco março novembro"
    " outubro quarta quinta sabado segunda setembro sexta sábado terca terça ";
constexpr auto kPortugueseDates = index_words(kPortugueseDatesText);
static_assert(kPortugueseDates.sorted, "sorted by first letter, non-ASCII last");
static_assert(longest_word(kPortugueseDates) <= kLongestDateBytes, "names_a_date folds at most kLongestDateBytes");
// What opens an e-mail's greeting line, its sign-offs, and the verb of a reply header
// (boilerplate.h, lower case).
const char *const kPortugueseGreetings[] = {
    "olá", "oi", "prezado", "prezada", "prezados", "prezadas", "caro", "cara", "caros", "caras",
    "querido", "querida", "bom dia", "boa tarde", "boa noite",
};
const char *const kPortugueseSignOffs[] = {
    "atenciosamente", "cordialmente", "abraço", "abraços", "um abraço", "saudações", "cumprimentos",
    "melhores cumprimentos", "obrigado", "obrigada", "muito obrigado", "muito obrigada", "beijos",
    "att",
};
const char *const kPortugueseReplyVerbs[] = {
    "escreveu",
};
// The fields of an Outlook header ("De: ..."), lower case.
const char *const kPortugueseHeaderFields[] = {
    "de", "enviada em", "enviado", "para", "cc", "assunto",
};
const UnitWords kPortugueseUnits = {
    word_list(kPortugueseDates),
    phrase_list(kPortugueseGreetings),
    phrase_list(kPortugueseSignOffs),
    phrase_list(kPortugueseReplyVerbs),
    phrase_list(kPortugueseHeaderFields),
    {},
};

}  // namespace

const LanguagePack kPortuguesePack = {
    PRECIS_LANGUAGE_PORTUGUESE,
    false,
    word_list(kPortugueseStopwords),
    word_list(kPortugueseTitles),
    word_list(kPortugueseAbbreviations),
    word_list(kPortugueseNumberAbbreviations),
    word_list(kPortugueseStarters),
    word_list(kPortugueseBylineWords),
    word_list(kPortugueseNameJoiners),
    phrase_list(kPortugueseBoilerplateOpeners),
    phrase_list(kPortugueseBoilerplateMarkers),
    phrase_list(kPortugueseBackReferences),
    PRECIS_PORTUGUESE_STEMMER,
    &kPortugueseUnits,
};

}  // namespace precis::detail
#endif  // PRECIS_PACK_PT
