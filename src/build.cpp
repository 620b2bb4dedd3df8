#include "build.h"

#include "content.h"
#include "discourse.h"
#include "fixed.h"
#include "precis/precis_options.h"
#include "sort.h"
#include "text.h"
#include "tokenize.h"

namespace precis {

uint32_t count_content_tokens(const unsigned char *text, uint32_t length) {
    WordCursor c = word_cursor(text, length);
    char word[kMaxWordBytes];
    std::size_t len = 0;
    uint32_t n = 0;
    while (next_word(&c, word, &len)) {
        if (term_key(word, len) != 0) ++n;
    }
    return n;
}

namespace {

// Flags for invalid UTF-8 and NUL bytes in text[0..length).
uint32_t scan_encoding(const unsigned char *text, std::size_t length) {
    uint32_t flags = 0;
    for (std::size_t i = 0; i < length;) {
        if (text[i] == 0) flags |= PRECIS_NUL_BYTES;
        if (text[i] < 0x80) {
            ++i;
            continue;
        }
        uint32_t cp;
        bool valid;
        i += utf8_decode(text + i, length - i, &cp, &valid);
        if (!valid) flags |= PRECIS_INVALID_UTF8;
    }
    return flags;
}

// Appends the sentence's content tokens as sorted term ids, and stores in *content_words the
// count that classify_unit takes (content.h): distinct terms, or kMinContentWords when a word is
// in_unspaced_script. False (and nothing appended) when the token array or the term table is full.
bool add_tokens(Model *m, uint32_t max_tokens, const unsigned char *text, uint32_t length, uint32_t *content_words) {
    uint32_t first = m->ntokens;
    WordCursor c = word_cursor(text, length);
    char word[kMaxWordBytes];
    std::size_t len = 0;
    bool unspaced = false;
    while (next_word(&c, word, &len)) {
        uint32_t key = term_key(word, len);
        if (key == 0) continue;
        unspaced = unspaced || in_unspaced_script(word);
        uint32_t id = m->ntokens < max_tokens ? term_table_intern(&m->terms, key) : kNoTerm;
        if (id == kNoTerm) {
            m->ntokens = first;
            return false;
        }
        m->tokens[m->ntokens++] = static_cast<TermId>(id);
    }
    heap_sort(m->tokens + first, m->ntokens - first, [](TermId a, TermId b) { return a < b; });
    uint32_t distinct = 0;
    for (uint32_t i = first; i < m->ntokens; ++i) {
        Term &t = m->terms.terms[m->tokens[i]];
        ++t.occurrences;
        if (i == first || m->tokens[i] != m->tokens[i - 1]) {
            ++t.sentences;
            ++distinct;
        }
    }
    *content_words = unspaced && distinct < kMinContentWords ? kMinContentWords : distinct;
    return true;
}

}  // namespace

uint32_t build_model(Model *m, const precis_doc *docs, uint32_t ndocs,
                     const BuildLimits &limits, std::size_t *bytes_read) {
    uint32_t flags = 0;
    uint32_t usable_docs = ndocs;
    if (usable_docs > limits.max_documents) {
        usable_docs = limits.max_documents;
        flags |= PRECIS_TRUNCATED;
    }
    m->docs = docs;
    m->nsentences = 0;
    m->ntokens = 0;
    m->ndocs = 0;
    std::size_t done_bytes = 0;    // bytes of the documents read to their end
    uint32_t last_end = 0;         // end of the last sentence taken in the current document
    UnitContext units = unit_context();

    auto enter_document = [&](uint32_t d) {
        while (m->ndocs <= d) {
            if (m->ndocs > 0) done_bytes += docs[m->ndocs - 1].length;
            m->doc_first[m->ndocs++] = m->nsentences;
            last_end = 0;
        }
    };
    Walk walk = for_each_sentence(docs, usable_docs, limits.max_bytes, [&](uint32_t d, const SentenceBounds &b) {
        enter_document(d);
        if (m->nsentences == limits.max_sentences) return false;
        Sentence &s = m->sentences[m->nsentences];
        const unsigned char *text = reinterpret_cast<const unsigned char *>(docs[d].text) + b.begin;
        uint32_t length = b.end - b.begin;
        s.begin = b.begin;
        s.end = b.end;
        s.first_token = m->ntokens;
        s.score = 0;
        s.document = static_cast<uint16_t>(d);
        uint32_t content_words = 0;
        if (!add_tokens(m, limits.max_tokens, text, length, &content_words)) return false;
        // Features off (precis_options.h): the constant condition leaves the rules' code unlinked.
        bool leans = PRECIS_FEATURE_DISCOURSE && opens_with_back_reference(text, length);
        s.flags = static_cast<uint8_t>(b.flags | classify_unit(&units, d, text, length, b.flags, content_words) |
                                       (leans ? kSentenceBackReference : 0));
        ++m->nsentences;
        last_end = b.end;
        return true;
    });

    if (walk == Walk::kComplete) {
        if (usable_docs > 0) enter_document(usable_docs - 1);
        *bytes_read = done_bytes + (m->ndocs > 0 ? docs[m->ndocs - 1].length : 0);
    } else {
        flags |= PRECIS_TRUNCATED;
        *bytes_read = done_bytes + last_end;
    }
    m->doc_first[m->ndocs] = m->nsentences;
    m->docs_with_sentences = 0;
    for (uint32_t d = 0; d < m->ndocs; ++d) {
        if (m->doc_first[d + 1] > m->doc_first[d]) ++m->docs_with_sentences;
    }

    std::size_t left = *bytes_read;
    for (uint32_t d = 0; d < m->ndocs && left > 0; ++d) {
        std::size_t n = docs[d].length < left ? docs[d].length : left;
        flags |= scan_encoding(reinterpret_cast<const unsigned char *>(docs[d].text), n);
        left -= n;
    }
    return flags;
}

void compute_idf(Model *m) {
    uint32_t log_n = log2_q16(uint64_t{m->nsentences} + 1);
    for (uint32_t t = 0; t < m->nterms(); ++t) {
        Term &term = m->terms.terms[t];
        term.idf = term.sentences == 0 ? 0 : 256 + ((log_n - log2_q16(term.sentences)) >> 8);
    }
}

}  // namespace precis
