#include "content.h"

#include <cstring>

#include "boilerplate.h"
#include "model.h"
#include "precis/precis_options.h"
#include "segment.h"
#include "snowball.h"
#include "text.h"
#include "wordtable.h"

namespace precis::detail {
namespace {

// A signature is the few short lines without final punctuation after a sign-off or a "-- "
// delimiter: a name, a title, a company, a number. A terminated sentence ends it.
constexpr uint32_t kSignatureLines = 4, kSignatureLineBytes = 80;

// The opening or closing line of a fenced code block: "```", "```python", "~~~".
bool is_code_fence(const unsigned char *s, uint32_t n) {
    return n >= 3 && (s[0] == '`' || s[0] == '~') && s[1] == s[0] && s[2] == s[0];
}

// A table's rule line: "|---|:---:|", "+----+----+", "|===|". Only rule characters, and dashes
// or equals signs among them.
bool is_table_rule(const unsigned char *s, uint32_t n) {
    uint32_t dashes = 0;
    for (uint32_t i = 0; i < n; ++i) {
        if (s[i] == '-' || s[i] == '=') ++dashes;
        else if (s[i] != '|' && s[i] != '+' && s[i] != ':' && !is_space(s[i])) return false;
    }
    return dashes >= 3;
}

// A lead-in whose content is missing: a colon, then only the full stop ("Muhammadu Buhari: ."
// "Here's what we know: ."), what pages leave where a list or a box was taken out. A lead-in
// followed by its content elsewhere ("the harbour master wrote:") stays a sentence.
bool is_empty_lead_in(const unsigned char *s, uint32_t n) {
    if (n == 0 || s[--n] != '.') return false;
    while (n > 0 && s[n - 1] == ' ') --n;
    return n > 0 && s[n - 1] == ':';
}

// Runs of non-space bytes in s[0..n): a link line's label is counted so in every script, where
// a word budget's words (Sentence::words) are a Chinese label's characters. Only for lines that
// end on an address (few), so counted again there.
uint32_t label_runs(const unsigned char *s, uint32_t n) {
    uint32_t runs = 0;
    bool after_space = true;
    for (uint32_t i = 0; i < n; ++i) {
        const bool space = s[i] <= ' ';  // whitespace, or a control byte: a separator either way
        runs += after_space && !space;
        after_space = space;
    }
    return runs;
}

// Month and weekday names, grouped by first letter (wordtable.h; "may" is a stopword, never a
// content word).
constexpr char kMonthList[] =
    "|april|august|december|february|friday|january|july|june|march|monday|november|october|saturday|"
    "september|sunday|thursday|tuesday|wednesday|";
constexpr auto kMonths = group_phrases<phrase_group_bytes(kMonthList)>(kMonthList);
static_assert(kMonths.sorted, "the months and weekdays must be sorted by first letter");
#if PRECIS_WIDE_SCANS
// Most capitalized words are none (language.h). Prefixes, not words: read in a load or two,
// where the words are short and their first run would be read a byte at a time.
constexpr PrefixFilter kMonthFilter = prefix_filter(kMonthList);
static_assert(!kMonthFilter.all, "the months' filter takes names of four bytes or more");
#endif

}  // namespace

bool names_an_english_date(const unsigned char *word, std::size_t len) {
    const uint32_t n = static_cast<uint32_t>(len);
#if PRECIS_WIDE_SCANS
    if (!is_digit(word[0]) && !may_open_with(kMonthFilter, word, n)) return false;
#endif
    return is_digit(word[0]) || (is_ascii_upper(word[0]) && has_phrase_prefix(kMonths.text, word, n, true));
}

bool names_a_pack_date(const unsigned char *word, std::size_t len, const LanguagePack *pack) {
    // Folded as term_key folds a pack's words: "Jeudi", "MÄRZ".
    unsigned char folded[kLongestDateBytes];
    if (len > sizeof folded) return false;
    std::memcpy(folded, word, len);
    fold_lower_utf8(folded, static_cast<uint32_t>(len));
    return in_word_list(pack->units->dates, reinterpret_cast<const char *>(folded), len);
}

uint8_t classify_unit(UnitContext *c, uint32_t document, const unsigned char *s, uint32_t n, uint8_t segment_flags,
                      uint32_t content_words, uint32_t words, const LanguagePack *pack) {
    uint8_t flags = 0;
    if (c->document != document) {
        c->document = document;
        c->signature_lines = 0;
        c->after_by = false;
    }
    if (c->signature_lines > 0 && (segment_flags & kSentenceUnterminated) && n <= kSignatureLineBytes) {
        flags |= kSentenceBoilerplate;
        --c->signature_lines;
    } else {
        c->signature_lines = 0;
    }
    // Features off (precis_options.h), and a build without packs (has_additions): the constant
    // conditions leave the rules' code unlinked.
    const bool additions = PRECIS_FEATURE_BOILERPLATE && has_additions(pack);
    const bool sign_off = PRECIS_FEATURE_BOILERPLATE && (is_sign_off(s, n) || (additions && is_language_sign_off(s, n, pack)));
    // A long sentence is no link line: its few bytes at the end are looked at only in short ones.
    if (PRECIS_FEATURE_BOILERPLATE &&
        (sign_off || (ends_on_address(s, n) && label_runs(s, n) <= kLinkLineWords) || is_boilerplate_but_sign_off(s, n) ||
         (additions && is_language_boilerplate(s, n, pack))))
        flags |= kSentenceBoilerplate;
    if (PRECIS_FEATURE_BOILERPLATE && (sign_off || is_signature_delimiter(s, n))) {
        c->signature_lines = kSignatureLines;
    }
    // Daily Mail writes its byline "By . Nelson Groom for Daily Mail Australia . PUBLISHED: ...":
    // the segmenter ends a unit at "By .", and the short unit after it is the name.
    if (PRECIS_FEATURE_BOILERPLATE) {
        if (c->after_by && words <= kBylineNameWords) flags |= kSentenceBoilerplate;
        c->after_by = (n == 3 || n == 4) && (s[0] | 0x20) == 'b' && s[1] == 'y' && s[n - 1] == '.';
    }
    if (content_words < kMinContentWords || is_code_fence(s, n) || is_table_rule(s, n) || is_empty_lead_in(s, n)) {
        flags |= kSentenceContentFree;
    }
    return flags;
}

}  // namespace precis::detail
