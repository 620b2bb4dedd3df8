#include "discourse.h"

#include "language.h"
#include "text.h"
#include "wordtable.h"

namespace precis::detail {
namespace {

// First words that point back (case-insensitive, whole word). "It" and "This" open many
// self-contained sentences too ("It is raining"), but in news they mostly refer back; so do
// "Another" and "Both" ("Another three minutes pass."). Phrases grouped by first letter
// (wordtable.h).
constexpr char kBackReferenceList[] =
    "|also|and|afterwards|another|as a result|but|besides|both|by contrast|"
    "consequently|even so|furthermore|for his part|for her part|for its part|for their part|he|his|"
    "her|however|hence|it|its|instead|in addition|in contrast|later|meanwhile|moreover|"
    "nevertheless|nonetheless|otherwise|on the other hand|she|such|still|they|them|their|this|"
    "these|those|that|therefore|thus|then|yet|";
constexpr auto kBackReferenceOpeners = group_phrases<phrase_group_bytes(kBackReferenceList)>(kBackReferenceList);
static_assert(kBackReferenceOpeners.sorted, "the openers must be sorted by first letter");
#if PRECIS_WIDE_SCANS
constexpr PhraseFilter kBackReferenceFilter = first_word_filter(kBackReferenceList);
#endif

// Shell nouns after "The": "The move comes after ..." names an event told in an earlier
// sentence, "The former" one of two things named there. Looked up after "The " (most sentences
// open on "The": one lookup in the group of the next word's letter, not a comparison with each
// "the ..." phrase).
constexpr char kShellNounList[] =
    "|announcement|comments|decision|development|former|incident|latter|measure|move|remarks|step|";
constexpr auto kShellNouns = group_phrases<phrase_group_bytes(kShellNounList)>(kShellNounList);
static_assert(kShellNouns.sorted, "the shell nouns must be sorted by first letter");

// Whether s[0..n) opens on "The " and a shell noun (a whole word).
bool opens_on_shell_noun(const unsigned char *s, uint32_t n) {
    return n > 4 && ascii_lower(s[0]) == 't' && ascii_lower(s[1]) == 'h' && ascii_lower(s[2]) == 'e' && s[3] == ' ' &&
           has_phrase_prefix(kShellNouns.text, s + 4, n - 4, true);
}

// Whether the sentence is part of a longer quotation: its first quotation mark closes one that
// the sentence before opened ('We are strong," he said.' after '"We will win.'), or its last one
// opens one that the next sentence goes on with ('"The UAE gave us money.' before 'Do we agree
// with everything?" he said.'). Alone, either shows a stray mark and nobody who says it.
bool in_longer_quotation(const unsigned char *s, uint32_t n) {
    bool first = true, last_opens = false;
    for (const unsigned char *p = s, *end = s + n;; ++p) {
        // Most sentences have no quotation mark, and this looks at all their bytes: a word at a time
        // (text.h) where none is '"' or the last byte of “ ” „ ‟ (0x9C..0x9F), then one range test
        // passes the bytes between '"' and those ('#'..0x9B, nearly all of them).
#if PRECIS_WIDE_SCANS
        // On 64-bit hosts sixteen bytes a step (language.h), the last sixteen in one load; words of
        // eight only in a sentence shorter than sixteen bytes, where a word of ASCII bytes (one
        // test) passes for the second test: fewer operations where most text is ASCII.
        bool stopped = false;
        for (; end - p >= 16; p += 16) {
            const Bytes16 v = load16(p);
            const uint32_t at = first_set((v == '"') | (v < 0));
            if (at < 16) {
                p += at;
                stopped = true;
                break;
            }
        }
        if (!stopped && p < end && end - s >= 16) {
            // Fewer than sixteen bytes left: the sentence's last sixteen in one load, those before p
            // left out (a byte at a time, each space here cost a turn of the loop around).
            const Bytes16 v = load16(end - 16);
            p = end - 16 + first_set_from((v == '"') | (v < 0), static_cast<uint32_t>(16 - (end - p)));
            stopped = true;
        }
        while (!stopped && static_cast<std::size_t>(end - p) >= kScanBytes && !has_zero_byte(load_scan(p) ^ each_byte('"')) &&
               (load_scan(p) & each_byte(0x80)) == 0)
            p += kScanBytes;
#else
        while (PRECIS_WORD_SCANS && static_cast<std::size_t>(end - p) >= kScanBytes && !has_zero_byte(load_scan(p) ^ each_byte('"')) &&
               !has_zero_byte((load_scan(p) | each_byte(3)) ^ each_byte(0x9F)))
            p += kScanBytes;
#endif
        while (p < end && static_cast<unsigned char>(*p - 0x23) < 0x9C - 0x23) ++p;
        if (p >= end) return last_opens;
        bool closes;
        if (*p == '"') {
            closes = p > s && p[-1] > ' ' && p[-1] != '(' && (p + 1 == end || !is_ascii_alpha(p[1]));
        } else if ((*p | 3) == 0x9F && p - s >= 2 && p[-1] == 0x80 && p[-2] == 0xE2) {
            // ” closes; „ and ‟ open; “ opens, or closes one that „ opened (German "„ja“").
            closes = *p == 0x9D || (*p == 0x9C && !first && last_opens);
        } else {
            continue;
        }
        if (first && closes) return true;
        first = false;
        last_opens = !closes;
    }
}

}  // namespace

bool opens_with_back_reference(const unsigned char *s, uint32_t n) {
    if (in_longer_quotation(s, n)) return true;
    // Skip opening quotes and brackets: "“He said" points back as much as "He said".
    uint32_t i = 0;
    while (i < n && !is_ascii_alpha(s[i]) && (s[i] == '"' || s[i] == '\'' || s[i] == '(' || s[i] >= 0x80)) {
        if (s[i] >= 0x80 && !(s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80)) return false;
        i += s[i] >= 0x80 ? 3 : 1;
    }
    if (i >= n) return false;
    // A whole word: "Item" and "Thesis" do not open with "it" and "the".
    // On 64-bit hosts a filter (language.h) spares most sentences the lookup ("The" is no opener).
#if PRECIS_WIDE_SCANS
    if (!may_open_with_word(kBackReferenceFilter, s + i, n - i)) return opens_on_shell_noun(s + i, n - i);
#endif
    return has_phrase_prefix(kBackReferenceOpeners.text, s + i, n - i, true) || opens_on_shell_noun(s + i, n - i);
}

}  // namespace precis::detail

namespace precis::detail {

bool opens_with_back_reference(const unsigned char *s, uint32_t n, const LanguagePack *pack) {
    if (opens_with_back_reference(s, n)) return true;
    if (!has_additions(pack)) return false;
    uint32_t i = 0;
    for (;;) {  // opening quotes, brackets, Spanish ¿ ¡, spaces
        if (i < n && (s[i] == '"' || s[i] == '\'' || s[i] == '(' || is_space(s[i]))) {
            ++i;
        } else if (i + 1 < n && s[i] == 0xC2 && (s[i + 1] == 0xAB || s[i + 1] == 0xBF || s[i + 1] == 0xA1 || s[i + 1] == 0xA0)) {
            i += 2;  // « ¿ ¡ and a no-break space
        } else if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] >= 0x98 && s[i + 2] <= 0x9E) {
            i += 3;  // ‘ ’ ‚ “ ” „
        } else {
            break;
        }
    }
    for (uint32_t k = 0; k < pack->back_references.count; ++k) {
        const char *opener = pack->back_references.phrases[k];
        uint32_t m = 0;
        for (; opener[m] != 0 && i + m < n; ++m) {
            unsigned char c = ascii_lower(s[i + m]);
            if (m > 0 && s[i + m - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) c = static_cast<unsigned char>(c + 0x20);
            if (c != static_cast<unsigned char>(opener[m])) break;
        }
        if (opener[m] != 0) continue;
        // A whole word: "Ils" is not "il", "Sein" not "sei".
        const unsigned char next = i + m < n ? s[i + m] : ' ';
        if (!(is_ascii_alpha(next) || is_digit(next) || next >= 0x80 || next == '\'')) return true;
    }
    return false;
}

}  // namespace precis::detail
