// What may never be part of a summary: the one classification of units, made once per sentence
// when the model is built, and obeyed by selection for every algorithm.
//
// Two classes, two flags (model.h):
//  - kSentenceBoilerplate, furniture: text of the page or message, not of the story. Bylines,
//    credits, rights notices, wire editor codes (boilerplate.h), and message furniture: quoted
//    reply lines ("> ..."), reply headers ("On ..., Tom wrote:"), greetings ("Hi Tom,"),
//    sign-offs ("Best regards,")
//    and the signature lines after them or after a "-- " delimiter, "Sent from my ..." lines.
//    It has words a caller may want, so PRECIS_KEEP_BOILERPLATE (--no-filter) lets it through.
//  - kSentenceContentFree: units with nothing to say, never selected whatever the flags. Fewer
//    than kMinContentWords content words, a date's counted as one ("Ugh.", "ok do it", "No.",
//    emoji-only lines, "MORE", "March 3, 2015 ."),
//    code-fence lines ("```", "~~~"), table-rule lines ("|---|---|", "+----+") and lead-ins
//    whose content is missing ("Here's what we know: .").
#pragma once

#include <cstddef>
#include <cstdint>

namespace precis::detail {

// Distinct content words (stems of words that are not stopwords) a sentence needs to be
// selectable. Two, because a statement relates at least two things, an actor and an act or a
// thing and a property: "Police arrested two men." has four (police, arrest, two, men),
// "Turnout was high." two, while chat filler and wire markers have one or none ("Ugh.",
// "ok do it", "Yes, yes.": one; "No.", "It was.", "MORE": none). One is also what "He died."
// has: a sentence that leans on an antecedent and says nothing alone, no loss to a summary.
constexpr uint32_t kMinContentWords = 2;

// Whether the word word[0..len) (as written in the text) is part of a date: a number, or a
// month's name, capitalized ("march" is a verb). A date places a statement in time and is no
// statement itself: all of a sentence's date words count as one content word ("March 3, 2015 ."
// has one, what news pages leave above a story; "Pero was 55." has two).
bool names_a_date(const unsigned char *word, std::size_t len);

// Whether a content word is in a script from U+0800 up (CJK, Thai, Lao, Khmer...): those are
// often written without spaces, so the tokenizer's one "word" may be a whole clause, and a
// sentence with such a word counts as having enough. `word` is the folded word (UTF-8).
inline bool in_unspaced_script(const char *word) { return static_cast<unsigned char>(word[0]) >= 0xE0; }

// State carried from one sentence to the next within a document (signature blocks).
struct UnitContext {
    uint32_t document;
    uint32_t signature_lines;  // lines still taken as signature after a sign-off or "-- "
};

inline UnitContext unit_context() { return UnitContext{~uint32_t{0}, 0}; }

// Flags (kSentenceBoilerplate, kSentenceContentFree, both or none) for sentence text
// s[0..n) of `document`, with its segmenter flags and its count of distinct content words
// (kMinContentWords when one is in_unspaced_script). Sentences must come in order.
uint8_t classify_unit(UnitContext *c, uint32_t document, const unsigned char *s, uint32_t n, uint8_t segment_flags,
                      uint32_t content_words);

}  // namespace precis::detail
