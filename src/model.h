// The in-workspace representation of the input that every stage after segmentation shares.
#pragma once

#include <cstddef>
#include <cstdint>

#include "precis/precis.h"
#include "segment.h"
#include "terms.h"

namespace precis {

// Sentence flags beyond the segmenter's (SentenceFlag uses the low bits).
enum : uint8_t {
    kSentenceBackReference = 1u << 5,  // opens on a pronoun or connective (discourse.h)
    kSentenceBoilerplate = 1u << 6,    // byline, copyright, credit: never selected unless asked
    kSentenceSelected = 1u << 7,
};

struct Sentence {
    uint32_t begin;        // byte offset in its document, dateline already cut
    uint32_t end;          // one past the last byte
    uint32_t first_token;  // index into Model::tokens; the run ends where the next sentence's starts
    uint32_t score;        // 16.16 fixed point, set by the ranking algorithm
    uint16_t document;
    uint8_t flags;         // SentenceFlag | kSentenceBoilerplate | kSentenceSelected
};

struct Model {
    const precis_doc *docs;
    uint32_t ndocs;            // documents read
    uint32_t *doc_first;       // [max_documents + 1] index of each document's first sentence
    Sentence *sentences;       // [max_sentences]
    uint32_t nsentences;
    TermId *tokens;            // [max_tokens + 1], sorted within each sentence
    uint32_t ntokens;
    TermTable terms;           // [max_terms] terms and their hash index

    const Term &term(uint32_t id) const { return terms.terms[id]; }
    uint32_t nterms() const { return terms.count; }
    uint32_t token_count(uint32_t s) const {
        uint32_t next = s + 1 < nsentences ? sentences[s + 1].first_token : ntokens;
        return next - sentences[s].first_token;
    }
    const TermId *tokens_of(uint32_t s) const { return tokens + sentences[s].first_token; }
    uint32_t position_in_document(uint32_t s) const { return s - doc_first[sentences[s].document]; }
    const unsigned char *text_of(uint32_t s) const {
        return reinterpret_cast<const unsigned char *>(docs[sentences[s].document].text) + sentences[s].begin;
    }
    uint32_t length_of(uint32_t s) const { return sentences[s].end - sentences[s].begin; }
};

}  // namespace precis
