// Reads the documents into the Model: segment, cut datelines, flag boilerplate, tokenize, stem,
// intern terms, count. Linear in the input; stops at the first limit that is reached.
#pragma once

#include "boilerplate.h"
#include "language.h"
#include "model.h"
#include "segment.h"
#include "terms.h"
#include "wordcache.h"

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
// `cache` (wordcache.h, empty or not) spares looking up words met before.
uint32_t build_model(Model *m, const precis_doc *docs, uint32_t ndocs, const BuildLimits &limits, uint32_t language,
                     const WordCache &cache, std::size_t *bytes_read);

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

// The language a document is read in: the config's, or detected (AUTO).
inline uint32_t document_language(const precis_doc &doc, uint32_t language) {
    if (language != PRECIS_LANGUAGE_AUTO) return language;
    return detect_language(reinterpret_cast<const unsigned char *>(doc.text), doc.length);
}

// for_each_sentence's choice of pack for documents read in `language` (enum precis_language),
// as a summary chooses it.
struct SegmentationPacks {
    const precis_doc *docs;
    uint32_t language;
    const LanguagePack *operator()(uint32_t d) const { return segmentation_pack(document_language(docs[d], language)); }
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
// One copy of the walk in flash for its three callers (build_model, precis_limits_for,
// precis_split): they reach it through SentenceVisitor, whose two calls per sentence cost nothing
// beside segmenting it.
struct SentenceVisitor {
    void *context;
    const LanguagePack *(*pack_of)(void *context, uint32_t document);
    bool (*emit)(void *context, uint32_t document, const SentenceBounds &bounds);
};
Walk walk_sentences(const precis_doc *docs, uint32_t ndocs, uint32_t max_bytes, const SentenceVisitor &visitor);

template <typename PackOf, typename Emit>
Walk for_each_sentence(const precis_doc *docs, uint32_t ndocs, uint32_t max_bytes, PackOf pack_of, Emit emit) {
    struct Both {
        PackOf &pack_of;
        Emit &emit;
    } both{pack_of, emit};
    const SentenceVisitor visitor{
        &both, [](void *c, uint32_t d) -> const LanguagePack * { return static_cast<Both *>(c)->pack_of(d); },
        [](void *c, uint32_t d, const SentenceBounds &b) -> bool { return static_cast<Both *>(c)->emit(d, b); }};
    return walk_sentences(docs, ndocs, max_bytes, visitor);
}

// Content tokens (words with a term key) in text[0..length), English rules.
uint32_t count_content_tokens(const unsigned char *text, uint32_t length);

// Sets each term's idf from the sentence frequencies (call after build_model).
void compute_idf(Model *m);

}  // namespace precis::detail
