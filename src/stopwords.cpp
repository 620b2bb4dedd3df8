// The English stopword table: function words that carry no topic. NLTK's English list, whose
// apostrophe forms ("don't", "you're") the tokenizer splits into parts that are listed here
// ("don", "t", "re"), plus reporting verbs and honorifics that dominate news text without saying
// what it is about. Not "us": case folding makes "US" (the country) look like it.
#include "stopwords.h"

#include "wordtable.h"


namespace precis::detail {
namespace {

// Sorted, each word between single spaces (wordtable.h).
constexpr char kStopwords[] =
    " a about above after again against ain all also am an and any are aren as at be because been"
    " before being below between both but by can could couldn d did didn do does doesn doing don"
    " down during each few for from further had hadn has hasn have haven having he her here hers"
    " herself him himself his how i if in into is isn it its itself just ll m ma may me might"
    " mightn more most mr mrs ms must mustn my myself needn no nor not now o of off on once only"
    " or other our ours ourselves out over own re s said same say says shall shan she should"
    " shouldn so some such t than that the their theirs them themselves then there these they this"
    " those through to too under until up ve very was wasn we were weren what when where which"
    " while who whom why will with won would wouldn y you your yours yourself yourselves ";

constexpr auto kTable = index_words(kStopwords);
static_assert(kTable.sorted, "the stopword table must be sorted");

}  // namespace

bool is_stopword(const char *word, std::size_t len) { return in_word_table(kTable, word, len); }

}  // namespace precis::detail
