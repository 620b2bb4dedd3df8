// Reads the documents into the Model: segment, cut datelines, flag boilerplate, tokenize, stem,
// intern terms, count. Linear in the input; stops at the first limit that is reached.
#pragma once

#include "boilerplate.h"
#include "model.h"
#include "segment.h"
#include "terms.h"

namespace precis {

struct BuildLimits {
    uint32_t max_bytes, max_sentences, max_tokens, max_documents;
};

// Fills m (whose arrays and term table are already carved) from docs[0..ndocs). Returns
// PRECIS_TRUNCATED when a limit cut the input, plus PRECIS_INVALID_UTF8 / PRECIS_NUL_BYTES as
// seen in what was read.
// *bytes_read receives the bytes that took part.
uint32_t build_model(Model *m, const precis_doc *docs, uint32_t ndocs,
                     const BuildLimits &limits, std::size_t *bytes_read);

enum class Walk { kComplete, kCutByBytes, kStopped };

// How far past max_bytes the segmenter may look to decide where the last sentence that fits ends
// ("coast.Today@example.org" is one sentence, not two): a byte limit never moves a boundary
// unless a single token is longer than this.
constexpr uint32_t kLookAhead = 256;

// Calls emit(document, bounds) for every sentence of docs[0..ndocs), in order, with datelines cut
// (a dateline opens the first paragraph of the body: the first sentence, or the second when the
// first is a headline line without final punctuation). The one definition of "a sentence" shared
// by build_model, precis_split and precis_limits_for. Emits only sentences within the first
// max_bytes bytes in all, looking up to kLookAhead bytes further to place the last boundary; a
// sentence that the limit cuts through is not emitted (kCutByBytes). emit returns false to stop
// (kStopped).
template <typename Emit>
Walk for_each_sentence(const precis_doc *docs, uint32_t ndocs, uint32_t max_bytes, Emit emit) {
    uint32_t remaining = max_bytes;
    for (uint32_t d = 0; d < ndocs; ++d) {
        bool cut = docs[d].length > remaining;
        uint32_t len = cut ? remaining : static_cast<uint32_t>(docs[d].length);
        uint32_t view = len;
        if (cut && docs[d].length - remaining > kLookAhead) view = remaining + kLookAhead;
        else if (cut) view = static_cast<uint32_t>(docs[d].length);
        const unsigned char *text = reinterpret_cast<const unsigned char *>(docs[d].text);
        Segmenter seg;
        segmenter_init(&seg, docs[d].text, view);
        SentenceBounds b, next;
        bool have = segmenter_next(&seg, &b), after_headline = false;
        for (uint32_t position = 0; have; ++position) {
            bool more = segmenter_next(&seg, &next);
            // Past the limit, or the last sentence of a view that stops short of the text (it
            // may continue beyond what the segmenter saw).
            if (cut && (b.end > len || (!more && view < docs[d].length))) return Walk::kCutByBytes;
            if (position == 0 || (position == 1 && after_headline && (b.flags & kSentenceParagraphStart))) {
                b.begin += dateline_length(text + b.begin, b.end - b.begin);
            }
            after_headline = position == 0 && (b.flags & kSentenceUnterminated);
            if (!emit(d, b)) return Walk::kStopped;
            b = next;
            have = more;
        }
        if (cut) return Walk::kCutByBytes;
        remaining -= len;
    }
    return Walk::kComplete;
}

// Content tokens (words with a term key) in text[0..length).
uint32_t count_content_tokens(const unsigned char *text, uint32_t length);

// Sets each term's idf from the sentence frequencies (call after build_model).
void compute_idf(Model *m);

}  // namespace precis
