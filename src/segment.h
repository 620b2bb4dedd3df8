// Sentence segmentation: UTF-8 bytes of one document -> sentence byte ranges, one at a time.
// Streaming (an iterator over the text), no allocation, bounded look-ahead, linear time.
//
// Rules in brief (segment.cpp has the reasons):
//  - A sentence ends after . ! ? or an ellipsis (... … ". . . ."), with any closing quotes or
//    brackets after it, when the next word does not start in lower case. A period after an
//    abbreviation (Mr. U.S. Jan. J.) ends a sentence only before a word that typically opens
//    one ("The", "He", "How"...); after a title (Mr. Dr. Gen.) never.
//  - A blank line always ends a sentence. A single line break ends one too (one paragraph per
//    line, headlines), unless the next line starts in lower case (hard-wrapped prose). Once the
//    text shows hard wrapping (a line of typical wrap width continued in lower case), single
//    line breaks are plain spaces and only blank lines and list markers end paragraphs.
//  - A list marker (- * • "1." "2)" "3.)" "a.") at the start of a sentence belongs to it; the
//    next marker of the same list ("2." after "1.") starts a new sentence even mid-line.
#pragma once

#include <cstdint>

namespace precis::detail {

struct LanguagePack;

enum SentenceFlag : uint8_t {
    kSentenceParagraphStart = 1u << 0,  // first sentence of the text or after a line break
                                        // (after a blank line only, once text is hard-wrapped)
    kSentenceUnterminated = 1u << 1,    // does not end in . ! ? … (closing quotes aside): ended
                                        // by a line break, the end of text or the next list item
    kSentenceListItem = 1u << 2,        // begins with a list marker (-, *, bullet, "1.", "a)")
};

struct SentenceBounds {
    uint32_t begin;  // byte offset of the first byte (never whitespace)
    uint32_t end;    // one past the last byte (never whitespace); end > begin
    uint8_t flags;   // SentenceFlag bits
};

// Iterator state. Treat as opaque; it holds no pointers into anything but the text.
struct Segmenter {
    const unsigned char *text;
    uint32_t length;
    uint32_t pos;         // where the next sentence search starts
    uint32_t line_start;  // offset of the first byte of the line holding `pos`
    uint8_t wrap_votes;   // lines that looked hard-wrapped; at 2 the text counts as wrapped
    uint8_t prev_short;   // the line before the current one was at most wrap width
    uint8_t started;      // a sentence has been returned
    const LanguagePack *pack;  // abbreviations and starters besides the English ones; null: none
};

// Starts segmenting text[0..length). The text must outlive the iterator. A UTF-8 byte order
// mark at the start is skipped. A language pack (language.h) adds its abbreviations, titles,
// starters and ordinals ("3. Oktober") to the English ones; null or English: English only.
void segmenter_init(Segmenter *s, const char *text, uint32_t length, const LanguagePack *pack = nullptr);

// Stores the next sentence in *out and returns true, or returns false at the end of the text.
// Sentences come in text order and do not overlap; whitespace between them is skipped.
bool segmenter_next(Segmenter *s, SentenceBounds *out);

}  // namespace precis::detail
