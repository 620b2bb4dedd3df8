// Reads the documents into the Model: segment, cut datelines, flag boilerplate, tokenize, stem,
// intern terms, count. Linear in the input; stops at the first limit that is reached.
#pragma once

#include "boilerplate.h"
#include "language.h"
#include "model.h"
#include "segment.h"
#include "terms.h"

namespace precis::detail {

struct BuildLimits {
    uint32_t max_bytes, max_sentences, max_tokens, max_documents;
};

// Fills m (whose arrays and term table are already carved) from docs[0..ndocs). Returns
// PRECIS_TRUNCATED when a limit cut the input, plus PRECIS_INVALID_UTF8 / PRECIS_NUL_BYTES as
// seen in what was read.
// *bytes_read receives the bytes that took part.
// `language` is the config's (enum precis_language): each sentence is read with its document's
// language (AUTO: detected per document), and Sentence::language says which.
uint32_t build_model(Model *m, const precis_doc *docs, uint32_t ndocs,
                     const BuildLimits &limits, uint32_t language, std::size_t *bytes_read);

// The pack a document in `language` (never AUTO) is segmented with: null for English (the
// segmenter's own rules, exactly), the pack otherwise (English's for the fallback, whose
// typography is not known to be English).
inline const LanguagePack *segmentation_pack(uint32_t language) {
    return language == PRECIS_LANGUAGE_ENGLISH ? nullptr : language_pack(language);
}

// for_each_sentence's choice of pack when every document is English: the segmenter as it was.
struct EnglishSegmentation {
    const LanguagePack *operator()(uint32_t) const { return nullptr; }
};

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
// (kStopped). pack_of(document) gives the language pack each document is segmented with (and its
// datelines cut by), null for English; it is called once per document, before its sentences.
template <typename PackOf, typename Emit>
Walk for_each_sentence(const precis_doc *docs, uint32_t ndocs, uint32_t max_bytes, PackOf pack_of, Emit emit) {
    uint32_t remaining = max_bytes;
    for (uint32_t d = 0; d < ndocs; ++d) {
        bool cut = docs[d].length > remaining;
        uint32_t len = cut ? remaining : static_cast<uint32_t>(docs[d].length);
        uint32_t view = len;
        if (cut && docs[d].length - remaining > kLookAhead) view = remaining + kLookAhead;
        else if (cut) view = static_cast<uint32_t>(docs[d].length);
        const unsigned char *text = reinterpret_cast<const unsigned char *>(docs[d].text);
        const LanguagePack *pack = pack_of(d);
        Segmenter seg;
        segmenter_init(&seg, docs[d].text, view, pack);
        SentenceBounds b, next;
        bool have = segmenter_next(&seg, &b), after_headline = false;
        for (uint32_t position = 0; have; ++position) {
            bool more = segmenter_next(&seg, &next);
            // Past the limit, or the last sentence of a view that stops short of the text (it
            // may continue beyond what the segmenter saw).
            if (cut && (b.end > len || (!more && view < docs[d].length))) return Walk::kCutByBytes;
            if (position == 0 || (position == 1 && after_headline && (b.flags & kSentenceParagraphStart))) {
                b.begin += pack == nullptr ? dateline_length(text + b.begin, b.end - b.begin)
                                           : dateline_length(text + b.begin, b.end - b.begin, pack);
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

// Content tokens (words with a term key) in text[0..length), English rules.
uint32_t count_content_tokens(const unsigned char *text, uint32_t length);

// Sets each term's idf from the sentence frequencies (call after build_model).
void compute_idf(Model *m);

}  // namespace precis::detail
