// What may never be part of a summary: the one classification of units, made once per sentence
// when the model is built, and obeyed by selection for every algorithm.
//
// Two classes, two flags (model.h):
//  - kSentenceBoilerplate, furniture: text of the page or message, not of the story. Bylines,
//    credits, rights notices, wire editor codes (boilerplate.h), and message furniture: quoted
//    reply lines ("> ..."), reply headers ("On ..., Tom wrote:"), greetings ("Hi Tom,"),
//    sign-offs ("Best regards,")
//    and the signature lines after them or after a "-- " delimiter, "Sent from my ..." lines;
//    link lines, an address after a short label ("On the Net: http://www.census.gov"); and
//    a language pack's besides ("Bonjour Bob,", "Cordialement,", "Envoyé de mon iPhone").
//    It has words a caller may want, so PRECIS_KEEP_BOILERPLATE (--no-filter) lets it through.
//  - kSentenceContentFree: units with nothing to say, never selected whatever the flags. Fewer
//    than kMinContentWords content words, a date's counted as one ("Ugh.", "ok do it", "No.",
//    emoji-only lines, "MORE", "March 3, 2015 ."),
//    code-fence lines ("```", "~~~"), table-rule lines ("|---|---|", "+----+") and lead-ins
//    whose content is missing ("Here's what we know: .").
#pragma once

#include <cstddef>
#include <cstdint>

#include "language.h"

namespace precis::detail {

// Distinct content words (stems of words that are not stopwords) a sentence needs to be
// selectable. Two, because a statement relates at least two things, an actor and an act or a
// thing and a property: "Police arrested two men." has four (police, arrest, two, men),
// "Turnout was high." two, while chat filler and wire markers have one or none ("Ugh.",
// "ok do it", "Yes, yes.": one; "No.", "It was.", "MORE": none). One is also what "He died."
// has: a sentence that leans on an antecedent and says nothing alone, no loss to a summary.
constexpr uint32_t kMinContentWords = 2;

// The date words that English rules know, in every language: a number, or an English month's or
// weekday's name, capitalized ("march" is a verb).
bool names_an_english_date(const unsigned char *word, std::size_t len);
// names_a_date's addition for a pack (has_additions): one of its month and weekday names
// (UnitWords::dates), in any case.
bool names_a_pack_date(const unsigned char *word, std::size_t len, const LanguagePack *pack);

// Whether the word word[0..len) (as written in the text) is part of a date read under `pack`: a
// number, or a month's or weekday's name. A date places a statement in time and is no statement
// itself: all of a sentence's date words count as one content word ("March 3, 2015 ." and
// "Saturday, January 1, 2005" have one, what news pages leave above a story; so have "Jeudi 14
// juillet 2005" and "Donnerstag, 14. Juli 2005"; "Pero was 55." has two). English names count
// capitalized, a pack's in any case: most of the packs' languages write them in lower case, and a
// line's start capitalizes them. A pack's name that is also another word (French "mars", the
// planet; Spanish "Domingo", a name; Portuguese "segunda", second) counts as a date's all the
// same: it only joins the unit's numbers into one date, so a unit is left out for it only where
// nothing but numbers stands beside it ("Mars 2010").
inline bool names_a_date(const unsigned char *word, std::size_t len, const LanguagePack *pack) {
    return names_an_english_date(word, len) || (has_additions(pack) && names_a_pack_date(word, len, pack));
}

// Whether a content word is in a script written without spaces between words: Thai, Lao,
// Tibetan, Myanmar, Khmer, kana and CJK ideographs (those beyond U+FFFF too). There the
// tokenizer's one "word" may be a whole clause (or a CJK bigram of one), and a sentence with
// such a word counts as having enough. Scripts that space their words (Devanagari, Georgian,
// Hangul, Vietnamese's Latin) do not: "हाँ।" ("yes.") has one content word, as "Yes." has.
// `word` is the folded word (UTF-8, its first character whole). Told from its first two bytes
// (byte comparisons are what the smallest cores encode shortest).
inline bool in_unspaced_script(const char *word) {
    const unsigned char b0 = static_cast<unsigned char>(word[0]), b1 = static_cast<unsigned char>(word[1]);
    if (b0 >= 0xF0 || static_cast<unsigned char>(b0 - 0xE3) <= 6) return true;  // CJK beyond U+FFFF; kana, CJK
    if (b0 == 0xE0) return b1 >= 0xB8;                                           // Thai, Lao, Tibetan
    if (b0 == 0xE1) return b1 <= 0x82 || (b1 | 1) == 0x9F;                       // Myanmar, Khmer
    return b0 == 0xEF && static_cast<unsigned char>(b1 - 0xA4) <= 7;             // CJK compatibility
}

// State carried from one sentence to the next within a document (signature blocks).
struct UnitContext {
    uint32_t document;
    uint32_t signature_lines;  // lines still taken as signature after a sign-off or "-- "
    bool after_by;             // the last unit was "By ." alone (a Daily Mail byline's first part)
};

inline UnitContext unit_context() { return UnitContext{~uint32_t{0}, 0, false}; }

// Words of the name unit after "By ." that a byline holds at most: "Nelson Groom for Daily Mail
// Australia ." has six.
constexpr uint32_t kBylineNameWords = 8;

// Runs of non-space bytes in a link line (boilerplate): an address after a label of at most
// three ("Navajo Nation: http://www.navajo.org/", "E-mail: jane(at)example.com"), or alone.
constexpr uint32_t kLinkLineWords = 4;

// Flags (kSentenceBoilerplate, kSentenceContentFree, both or none) for sentence text
// s[0..n) of `document`, with its segmenter flags, its count of distinct content words
// (kMinContentWords when one is in_unspaced_script) and of its words (count_words), read
// under `pack` (null: English). Sentences must come in order.
uint8_t classify_unit(UnitContext *c, uint32_t document, const unsigned char *s, uint32_t n, uint8_t segment_flags,
                      uint32_t content_words, uint32_t words, const LanguagePack *pack);

}  // namespace precis::detail
