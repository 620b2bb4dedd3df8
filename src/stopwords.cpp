// The English stopword table: function words that carry no topic. NLTK's English list, whose
// apostrophe forms ("don't", "you're") the tokenizer splits into parts that are listed here
// ("don", "t", "re"), plus reporting verbs and honorifics that dominate news text without saying
// what it is about. Not "us": case folding makes "US" (the country) look like it.
#include "stopwords.h"

#include "wordtable.h"


namespace precis::detail {
namespace {

// Each word between single spaces (wordtable.h), grouped by first letter as the index needs.
// Within a letter the most frequent in news come first (counted on half of the cnndm, bbc and
// dailymail articles): a lookup walks its letter's words until it finds the word, so "the" is
// found at once; a content word walks them all in any order.
constexpr char kStopwords[] =
    " a and as at are an after about also all against any again am above aren ain be but by been"
    " before because being both between below can could couldn do during did down don does d"
    " doing didn doesn each for from few further he his have has had her him how here having"
    " himself haven herself hasn hadn hers in is it i its if into itself isn just ll more mr my"
    " most me m may might must ms myself mrs ma mustn mightn not now no nor needn of on out or"
    " over other only off our own o once ourselves ours re s said she so some says should such"
    " say same shall shouldn shan the to that they this their t there than them then those"
    " through these too themselves theirs up under until very ve was with we will who were would"
    " which when what while where won why wasn wouldn whom weren you your yourself y yourselves"
    " yours ";

constexpr auto kTable = index_words(kStopwords);
static_assert(kTable.sorted, "the stopword table must be grouped by first letter");

}  // namespace

bool is_stopword(const char *word, std::size_t len) { return in_word_table(kTable, word, len); }

}  // namespace precis::detail
