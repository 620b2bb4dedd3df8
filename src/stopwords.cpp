// The English stopword table: function words that carry no topic. NLTK's English list, whose
// apostrophe forms ("don't", "you're") the tokenizer splits into parts that are listed here
// ("don", "t", "re"), plus reporting verbs and honorifics that dominate news text without saying
// what it is about. Not "us": case folding makes "US" (the country) look like it.
#include "stopwords.h"

#include <cstdint>

#include "text.h"
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

constexpr auto kTable = index_words_in<word_table_bytes(kStopwords)>(kStopwords);
static_assert(kTable.sorted, "the stopword table must be grouped by first letter");
static_assert(ascii_initials(kTable), "the stopwords start with a-z (wordtable.h, ascii_initials)");

// For each first letter a-z, the lengths of its stopwords (bit n - 1: one of n letters; bit 7:
// one of 8 or more): most content words have a length no function word of their letter has, and
// are turned away before the walk through the letter's words (every word of the input is looked
// up). 26 bytes.
struct LengthMasks {
    uint8_t of[26];
};
constexpr unsigned length_bit(std::size_t len) { return 1u << (len >= 8 ? 7 : len - 1); }
template <std::size_t N>
constexpr LengthMasks length_masks(const char (&words)[N]) {
    LengthMasks m{};
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (words[i] != ' ' || words[i + 1] < 'a' || words[i + 1] > 'z') continue;
        std::size_t len = 0;
        while (words[i + 1 + len] != ' ' && words[i + 1 + len] != '\0') ++len;
        m.of[words[i + 1] - 'a'] = static_cast<uint8_t>(m.of[words[i + 1] - 'a'] | length_bit(len));
    }
    return m;
}
constexpr LengthMasks kLengths = length_masks(kStopwords);

#if PRECIS_WIDE_SCANS
// On 64-bit hosts (text.h), whose flash is not counted, the stopwords of at most eight letters
// are also in a hash set of their bytes as one little-endian word (4 KiB, built at compile time
// from the list above): a word the length masks let through is looked up with a load, a multiply
// and a probe or two, not a walk through its letter's words (71 instructions a call with the
// masks, on cnndm; most words of the input are looked up). Longer words take the walk.
constexpr uint32_t kSetBits = 9;  // 512 slots for 163 words: probes stop at an empty slot soon
struct StopwordSet {
    uint64_t slot[1u << kSetBits];  // a word's bytes, 0 for an empty slot (no word is empty)
};
constexpr uint32_t set_slot(uint64_t bytes) {
    return static_cast<uint32_t>((bytes * 0x9E3779B97F4A7C15u) >> (64 - kSetBits));
}
template <std::size_t N>
constexpr StopwordSet stopword_set(const char (&words)[N]) {
    StopwordSet set{};
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (words[i] != ' ' || words[i + 1] == '\0') continue;
        std::size_t len = 0;
        uint64_t bytes = 0;
        for (; words[i + 1 + len] != ' ' && words[i + 1 + len] != '\0'; ++len)
            bytes |= static_cast<uint64_t>(static_cast<unsigned char>(words[i + 1 + len])) << (8 * (len % 8));
        if (len > 8) continue;
        uint32_t at = set_slot(bytes);
        while (set.slot[at] != 0) at = (at + 1) & ((1u << kSetBits) - 1);
        set.slot[at] = bytes;
    }
    return set;
}
constexpr StopwordSet kSet = stopword_set(kStopwords);
#endif

}  // namespace

bool is_stopword(const char *word, std::size_t len) {
    if (len != 0) {
        const unsigned letter = static_cast<unsigned char>(word[0]) - 'a';
        if (letter < 26 && !(kLengths.of[letter] & length_bit(len))) return false;
    }
#if PRECIS_WIDE_SCANS
    if (len - 1 < 8) {
        const uint64_t bytes = word_head(reinterpret_cast<const unsigned char *>(word), len);
        for (uint32_t at = set_slot(bytes); kSet.slot[at] != 0; at = (at + 1) & ((1u << kSetBits) - 1)) {
            if (kSet.slot[at] == bytes) return word[len - 1] != 0;  // "a" and a NUL are not "a"
        }
        return false;
    }
#endif
    return in_word_table(kTable, word, len);
}

}  // namespace precis::detail
