#include "build.h"

#include <cstring>

#include "compiler.h"
#include "content.h"
#include "discourse.h"
#include "fixed.h"
#include "precis/precis_options.h"
#include "sort.h"
#include "text.h"
#include "tokenize.h"
#include "wordcache.h"

namespace precis::detail {

uint32_t count_content_tokens(const unsigned char *text, uint32_t length) {
    WordCursor c = word_cursor(text, length);
    char word[kMaxWordBytes];
    std::size_t len = 0;
    uint32_t n = 0;
    while (next_word(&c, word, &len)) {
        if (is_content_word(word, len)) ++n;
    }
    return n;
}

Walk walk_sentences(const precis_doc *docs, uint32_t ndocs, uint32_t max_bytes, const SentenceVisitor &visitor) {
    uint32_t remaining = max_bytes;
    for (uint32_t d = 0; d < ndocs; ++d) {
        bool cut = docs[d].length > remaining;
        uint32_t len = cut ? remaining : static_cast<uint32_t>(docs[d].length);
        uint32_t view = len;
        if (cut && docs[d].length - remaining > kLookAhead) view = remaining + kLookAhead;
        else if (cut) view = static_cast<uint32_t>(docs[d].length);
        const unsigned char *text = reinterpret_cast<const unsigned char *>(docs[d].text);
        const LanguagePack *pack = visitor.pack_of(visitor.context, d);
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
                // The first sentence's dateline is read on into the next one: where the segmenter
                // ended a sentence inside it ("NEAH BAY, Wash." "_ Micah ...", "BOURBONNAIS,
                // Ill." "(AP) -- ..."), that sentence is no sentence and the story starts after it.
                const bool first = position == 0 && more;
                uint32_t head = dateline_length(text + b.begin, (first ? next.end : b.end) - b.begin, pack);
                if (b.begin + head > b.end) {  // only when read on: past this sentence
                    if (b.begin + head < next.end) {
                        if (next.begin < b.begin + head) next.begin = b.begin + head;
                        b = next;
                        position = ~0u;  // the next turn reads the first sentence again
                        continue;
                    }
                    head = 0;  // it would swallow the next sentence too: no dateline
                }
                b.begin += head;  // null pack: English
            }
            after_headline = position == 0 && (b.flags & kSentenceUnterminated);
            if (!visitor.emit(visitor.context, d, b)) return Walk::kStopped;
            b = next;
            have = more;
        }
        if (cut) return Walk::kCutByBytes;
        remaining -= len;
    }
    return Walk::kComplete;
}

namespace {

// Flags for invalid UTF-8 and NUL bytes in text[0..length).
uint32_t scan_encoding(const unsigned char *text, std::size_t length) {
    // A word at a time (text.h): all of its bytes ASCII and none NUL exactly when no byte of
    // (w - each_byte(1)) | w has its top bit (a 0 borrows, a byte from 0x80 has it). Byte order
    // does not matter. Where the core loads unaligned words (PRECIS_WORD_SCANS) in a loop of their
    // own, elsewhere one word at a time where it is aligned.
    auto plain = [](ScanWord w) { return (((w - each_byte(0x01)) | w) & each_byte(0x80)) == 0; };
    uint32_t flags = 0;
    for (std::size_t i = 0; i < length;) {
        if (PRECIS_WORD_SCANS) {
            while (length - i >= kScanBytes && plain(load_scan(text + i))) i += kScanBytes;
            if (i >= length) break;
        } else if ((reinterpret_cast<uintptr_t>(text + i) & (kScanBytes - 1)) == 0 && length - i >= kScanBytes) {
#if defined(__GNUC__)
            const void *aligned = __builtin_assume_aligned(text + i, kScanBytes);
#else
            const void *aligned = text + i;
#endif
            ScanWord w;
            std::memcpy(&w, aligned, sizeof w);
            if (plain(w)) {
                i += kScanBytes;
                continue;
            }
        }
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

// Whether the word the cursor read last is what opens a line, not what the line says: a
// speaker's or a section's label in its first three runs ("INTERVIEWER: Great.", "[09:14] alice:
// morning all"; "said 1:47 a.m." has none), a list number or a time glued to punctuation as its
// first run ("2. Docs.", "[09:16] ugh"). A number that is said is no opener ("Pero was 55.",
// "23,000 deaths."). The line's content words are counted after it.
bool opens_a_line(const WordCursor &c) {
    if (c.words_before > 3) return false;
    const unsigned char after = c.word_end < c.end ? *c.word_end : ' ';
    return is_digit(*c.word) ? c.words_before == 1 && after > ' ' && after != ',' : after == ':';
}

// Appends the sentence's content tokens as sorted term ids, and stores in *content_words the
// count that classify_unit takes (content.h): distinct terms (a date's as one) up to
// kMinContentWords, or kMinContentWords when a word is in_unspaced_script, and in *words its runs
// of non-whitespace (count_words). False (and nothing appended) when the token array or the term
// table is full. A word found in the cache (wordcache.h) takes its term from there; any other is
// looked up and cached. Not inlined: its word buffer would lie under the boilerplate tests that
// Builder::emit runs after it, the deepest path of a summary (32 bytes of Cortex-M4F stack).
PRECIS_NOINLINE bool add_tokens(Model *m, uint32_t max_tokens, const unsigned char *text, uint32_t length,
                                const TermRules &rules, const WordCache &cache, uint32_t *content_words,
                                uint32_t *words) {
    const uint32_t first = m->ntokens;
#if PRECIS_WIDE_SCANS
    // The token count in a local on hosts, stored at the end: in the model, it was loaded and
    // stored again for each token (term_table_intern is given a pointer into the model).
    // Firmware keeps it there: the register cost 8 bytes of Cortex-M4F stack on the deepest path.
    uint32_t ntokens = first;
    // Hosts count each term's occurrences and sentences as its tokens come, not in a pass over
    // the sorted ids: a term's idf, which compute_idf makes after the model is built, holds the
    // mark of the last sentence that counted it (first + 1, never 0: a term is interned with 0).
    // A sentence that fails takes its counts back (unmark).
    const uint32_t mark = first + 1;
    const auto unmark = [&]() {
        for (uint32_t i = first; i < ntokens; ++i) {
            Term &t = m->terms.terms[m->tokens[i]];
            --t.occurrences;
            if (t.idf == mark) {
                --t.sentences;
                t.idf = 0;
            }
        }
        m->ntokens = first;
        return false;
    };
#else
    uint32_t &ntokens = m->ntokens;
    const auto unmark = [&]() {
        m->ntokens = first;
        return false;
    };
#endif
    WordCursor c = word_cursor(text, length);
#if PRECIS_WIDE_SCANS
    // word_cache_slot loads the buffer's first eight bytes whatever the word's length (and masks
    // the bytes past it): zeroed once, none of them is indeterminate.
    char word[kMaxWordBytes] = {};
#else
    char word[kMaxWordBytes];
#endif
    std::size_t len = 0;
    bool unspaced = false;
    // Distinct content words up to kMinContentWords (content.h), a date's words counted as one:
    // the last word counted tells a second from the first, and once there are enough no word
    // needs to be looked at for it.
    static_assert(kMinContentWords == 2, "distinct words are told apart from the last one only");
    uint32_t naming = 0, named = 0;
    bool dated = false;
    // Inline on hosts (tokenize.h): this loop reads every word of the input.
    while (PRECIS_WIDE_SCANS ? next_word_inline(&c, word, &len) : next_word(&c, word, &len)) {
        const std::size_t raw = static_cast<std::size_t>(c.word_end - c.word);
        // len >= 1, as word_cache_slot needs: next_word's words are never empty.
        WordCacheEntry *e = cache.count > 0 ? word_cache_slot(cache, word, len) : nullptr;
        uint32_t term, rules_seen;  // term id + 1 (0: none), and the entry's rules byte
        if (e != nullptr && word_cache_hit(cache, *e, c.word, raw, rules.language, c.end)) {
            term = e->term;
            rules_seen = e->rules;
        } else {
            const uint32_t key = term_key(word, len, rules);
#if PRECIS_WIDE_SCANS
            // On hosts a word whose first byte is below 0xE0, where the unspaced scripts start
            // (content.h), is told so in one test: most words are ASCII.
            const bool unspaced_script = static_cast<unsigned char>(word[0]) >= 0xE0 && in_unspaced_script(word);
            rules_seen = rules.language | (key != 0 && unspaced_script ? kCachedUnspaced : 0);
#else
            rules_seen = rules.language | (key != 0 && in_unspaced_script(word) ? kCachedUnspaced : 0);
#endif
            if (key == 0) {
                term = 0;
            } else {
                const uint32_t id = ntokens < max_tokens ? term_table_intern(&m->terms, key) : kNoTerm;
                if (id == kNoTerm) return unmark();
                term = id + 1;
            }
            if (e != nullptr && raw <= 0xFF) word_cache_store(cache, e, c.word, raw, term, rules_seen);
        }
        if (term == 0) continue;
        if (ntokens == max_tokens) return unmark();
        unspaced = unspaced || (rules_seen & kCachedUnspaced) != 0;
        m->tokens[ntokens++] = static_cast<TermId>(term - 1);
#if PRECIS_WIDE_SCANS
        Term &counted = m->terms.terms[term - 1];
        ++counted.occurrences;
        if (counted.idf != mark) {
            counted.idf = mark;
            ++counted.sentences;
        }
#endif
        if (opens_a_line(c)) {
            naming = 0;
        } else if (naming < kMinContentWords) {
            if (names_a_date(c.word, raw, rules.pack)) {
                dated = true;
            } else if (term != named) {
                ++naming;
                named = term;
            }
        }
    }
    // A sentence's few ids: insertion sort, which beats the heap below a few dozen; ids are
    // plain numbers, so any sort leaves the same array. Hosts take std::sort (sort_total), whose
    // insertion sort needs no bound test where an id is not below the first.
    m->ntokens = ntokens;
    TermId *ids = m->tokens + first;
    const uint32_t count = ntokens - first;
    if (PRECIS_WIDE_SCANS) {
        sort_total(ids, count, [](TermId a, TermId b) { return a < b; });
    } else if (count <= 32) {
        for (uint32_t i = 1; i < count; ++i) {
            const TermId v = ids[i];
            uint32_t j = i;
            for (; j > 0 && ids[j - 1] > v; --j) ids[j] = ids[j - 1];
            ids[j] = v;
        }
    } else {
        heap_sort(ids, count, [](TermId a, TermId b) { return a < b; });
    }
    // Firmware counts here, over the sorted ids (hosts counted them as they came, above).
    for (uint32_t i = first; !PRECIS_WIDE_SCANS && i < ntokens; ++i) {
        Term &t = m->terms.terms[m->tokens[i]];
        ++t.occurrences;
        if (i == first || m->tokens[i] != m->tokens[i - 1]) ++t.sentences;
    }
    *content_words = unspaced ? kMinContentWords : naming + (dated ? 1 : 0);
    *words = c.words_before;
    return true;
}

// A short word, as function words are in every language: at most three characters, not a number,
// not a CJK bigram (a frequent one names the topic: 中国).
bool is_short_word(const char *word, std::size_t len) {
    const uint32_t chars = utf8_characters(reinterpret_cast<const unsigned char *>(word), len);
    return chars <= 3 && !is_digit(static_cast<unsigned char>(word[0])) && !is_unspaced_word(word, len);
}

// The fallback's stopwords (PRECIS_LANGUAGE_OTHER): the kFallbackStopwords most frequent short
// words of the documents in that language (within the first max_bytes bytes), each at least one
// word in kFallbackShare and seen twice. Zipf: in any language a few function words make a large
// share of the text, and they are short. Counted in the term table, which is cleared after.
constexpr uint32_t kFallbackShare = 128;

// Not inlined: its word buffer would lie under build_model's whole walk, the deepest path.
PRECIS_NOINLINE void learn_fallback_stopwords(Model *m, const precis_doc *docs, uint32_t ndocs, uint32_t max_bytes, uint32_t language) {
    m->fallback->count = 0;
    uint32_t words = 0;
    std::size_t left = max_bytes;
    bool any = false;
    for (uint32_t d = 0; d < ndocs && left > 0; ++d) {
        std::size_t n = docs[d].length < left ? docs[d].length : left;
        left -= n;
        if (document_language(docs[d], language) != PRECIS_LANGUAGE_OTHER) continue;
        any = true;
        WordCursor c = word_cursor(reinterpret_cast<const unsigned char *>(docs[d].text), n);
        char word[kMaxWordBytes];
        std::size_t len = 0;
        while (next_word(&c, word, &len)) {
            ++words;
            if (!is_short_word(word, len)) continue;
            uint32_t id = term_table_intern(&m->terms, word_hash(word, len));
            if (id != kNoTerm) ++m->terms.terms[id].occurrences;
        }
    }
    if (!any) return;
    TermTable &t = m->terms;
    for (uint32_t k = 0; k < kFallbackStopwords; ++k) {
        uint32_t best = kNoTerm;
        for (uint32_t i = 0; i < t.count; ++i) {
            if (t.terms[i].occurrences != 0 && (best == kNoTerm || t.terms[i].occurrences > t.terms[best].occurrences)) best = i;
        }
        if (best == kNoTerm) break;
        const uint32_t seen = t.terms[best].occurrences;
        if (seen < 2 || uint64_t{seen} * kFallbackShare < words) break;
        m->fallback->hash[m->fallback->count++] = t.terms[best].hash;
        t.terms[best].occurrences = 0;
    }
    term_table_init(&t, t.terms, t.capacity, t.index, t.slots);
}

// What build_model keeps while walk_sentences calls it back for each document and sentence.
struct Builder {
    Model *m;
    const precis_doc *docs;
    const BuildLimits &limits;
    uint32_t language;                    // the config's
    uint32_t doc_language;                // of the document being walked
    const LanguagePack *doc_pack;         // segmentation_pack(doc_language)
    std::size_t done_bytes;               // bytes of the documents read to their end
    uint32_t last_end;                    // end of the last sentence taken in the current document
    UnitContext units;
#if PRECIS_WORD_CACHE_OFFSETS
    WordCache cache;  // told which document is read (word_cache_enter)
#else
    const WordCache &cache;
#endif

    void enter_document(uint32_t d) {
        while (m->ndocs <= d) {
            if (m->ndocs > 0) done_bytes += docs[m->ndocs - 1].length;
            m->doc_first[m->ndocs++] = m->nsentences;
            last_end = 0;
        }
    }

    static const LanguagePack *pack_of(void *self, uint32_t d) {
        Builder &b = *static_cast<Builder *>(self);
        b.doc_language = b.language == PRECIS_LANGUAGE_ENGLISH ? b.language : document_language(b.docs[d], b.language);
        b.doc_pack = segmentation_pack(b.doc_language);
        return b.doc_pack;
    }

    static bool emit(void *self, uint32_t d, const SentenceBounds &bounds) {
        Builder &b = *static_cast<Builder *>(self);
        Model *m = b.m;
        b.enter_document(d);
#if PRECIS_WORD_CACHE_OFFSETS
        word_cache_enter(&b.cache, reinterpret_cast<const unsigned char *>(b.docs[d].text), b.done_bytes);
#endif
        if (m->nsentences == b.limits.max_sentences) return false;
        Sentence &s = m->sentences[m->nsentences];
        const unsigned char *text = reinterpret_cast<const unsigned char *>(b.docs[d].text) + bounds.begin;
        uint32_t length = bounds.end - bounds.begin;
        s.begin = bounds.begin;
        s.end = bounds.end;
        s.first_token = m->ntokens;
        s.score = 0;
        s.document = static_cast<uint16_t>(d);
        s.language = static_cast<uint8_t>(b.doc_language);
        uint32_t content_words = 0;
        const TermRules rules{b.doc_language, language_pack(b.doc_language), m->fallback};
        if (!add_tokens(m, b.limits.max_tokens, text, length, rules, b.cache, &content_words, &s.words)) return false;
        // Features off (precis_options.h): the constant condition leaves the rules' code unlinked.
        const LanguagePack *pack = b.doc_pack;
        // (Without packs, a pack's test is the English one: that alone is called.)
        bool leans = PRECIS_FEATURE_DISCOURSE && (pack == nullptr || !kAnyPackBuilt ? opens_with_back_reference(text, length)
                                                                                    : opens_with_back_reference(text, length, pack));
        const uint8_t unit = classify_unit(&b.units, d, text, length, bounds.flags, content_words, s.words, pack);
        s.flags = static_cast<uint8_t>(bounds.flags | unit | (leans ? kSentenceBackReference : 0));
        ++m->nsentences;
        b.last_end = bounds.end;
        return true;
    }
};

}  // namespace

uint32_t build_model(Model *m, const precis_doc *docs, uint32_t ndocs, const BuildLimits &limits, uint32_t language,
                     const WordCache &cache, std::size_t *bytes_read) {
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
    m->fallback->count = 0;
    if (language != PRECIS_LANGUAGE_ENGLISH) learn_fallback_stopwords(m, docs, usable_docs, limits.max_bytes, language);
    Builder b{m, docs, limits, language, PRECIS_LANGUAGE_ENGLISH, nullptr, 0, 0, unit_context(), cache};
    Walk walk = walk_sentences(docs, usable_docs, limits.max_bytes, SentenceVisitor{&b, Builder::pack_of, Builder::emit});

    if (walk == Walk::kComplete) {
        if (usable_docs > 0) b.enter_document(usable_docs - 1);
        *bytes_read = b.done_bytes + (m->ndocs > 0 ? docs[m->ndocs - 1].length : 0);
    } else {
        flags |= PRECIS_TRUNCATED;
        *bytes_read = b.done_bytes + b.last_end;
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
    // A term's idf from its sentence frequency sf and log2_q16(sf).
    const auto idf = [log_n](uint32_t sf, uint32_t log_sf) { return sf == 0 ? 0 : 256 + ((log_n - log_sf) >> 8); };
#if PRECIS_WIDE_SCANS
    // On 64-bit hosts, the idf of each small sentence frequency is made up front (15 logarithms
    // for a text; most of its terms have one of them), and most terms take theirs with a load,
    // not a test of whether it is made yet: the loop runs once for each term of the input.
    uint32_t small_idf[16];
    for (uint32_t sf = 0; sf < 16; ++sf) small_idf[sf] = idf(sf, log2_q16(sf));
    for (uint32_t t = 0; t < m->nterms(); ++t) {
        Term &term = m->terms.terms[t];
        const uint32_t sf = term.sentences;
        term.idf = sf < 16 ? small_idf[sf] : idf(sf, log2_q16(sf));
    }
#else
    // Most terms share a few small sentence frequencies: each one's logarithm is made once
    // (0 marks one not made yet; log2_q16 is 0 only for 1, which costs nothing to make).
    uint32_t small_log[16] = {};
    for (uint32_t t = 0; t < m->nterms(); ++t) {
        Term &term = m->terms.terms[t];
        const uint32_t sf = term.sentences;
        uint32_t log_sf;
        if (sf < 16) {
            if (small_log[sf] == 0) small_log[sf] = log2_q16(sf);
            log_sf = small_log[sf];
        } else {
            log_sf = log2_q16(sf);
        }
        term.idf = idf(sf, log_sf);
    }
#endif
}

}  // namespace precis::detail
