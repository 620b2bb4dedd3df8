// The word cache: what each word of the input maps to (its term, or none), kept while the model is
// built so that a word met again is not looked up among the stopwords, stemmed, hashed and
// interned again (a news article repeats about half of its words). It lives in workspace that is
// idle at that moment (precis.cpp carve: scoring's or keywords' term weights, or a graph's edges)
// and adds nothing to the workspace.
//
// Exact: an entry is the word's bytes in the input (where its first occurrence is, and its
// length), and a word hits only when its own bytes are the same (but for the case of ASCII letters)
// and it is read in the same language. next_word makes the same folded word of the same bytes, and term_key the same key of
// the same word under the same rules, so a hit gives what the lookup would. The slot is chosen by
// a hash of the folded word: a collision only replaces an entry.
#pragma once

#include <cstddef>
#include <cstdint>

#include "text.h"

namespace precis::detail {

// Where pointers take 8 bytes (64-bit hosts), an entry holds the word's offset in the documents
// read (as if joined) in 4 bytes instead, so that it takes 8 bytes, not 16: twice the entries in
// the same idle bytes. An entry then hits only within the document it was made in (word_cache_enter
// says which is read; the documents are read in order): a word met in an earlier one is looked up
// again, as in a slot that another word took. Where pointers take 4 bytes, the entry holds one.
#if UINTPTR_MAX > 0xFFFFFFFFu
#define PRECIS_WORD_CACHE_OFFSETS 1
#else
#define PRECIS_WORD_CACHE_OFFSETS 0
#endif

struct WordCacheEntry {
#if PRECIS_WORD_CACHE_OFFSETS
    uint32_t at;                // the word's first byte, as an offset in the documents joined
#else
    const unsigned char *word;  // the word's first byte in the input
#endif
    uint16_t term;              // its term id + 1; 0: no term (a stopword, or no content)
    uint8_t length;             // its bytes in the input (a longer word is not cached); 0: an empty slot
    uint8_t rules;              // the language it was read in, and kCachedUnspaced
};

constexpr uint8_t kCachedUnspaced = 0x80;  // in_unspaced_script (content.h) of the word

struct WordCache {
    WordCacheEntry *entries;
    uint32_t count;  // 0: no cache (every word is looked up)
#if PRECIS_WORD_CACHE_OFFSETS
    const unsigned char *text;  // the document being read (word_cache_enter)
    uint32_t at;                // its first byte's offset in the documents joined
#endif
};

// A cache over bytes[0..size) (any alignment, any contents), emptied. At most 65535 entries, so
// that a slot is chosen with 32-bit arithmetic.
inline WordCache word_cache(void *bytes, std::size_t size) {
    const std::size_t align = alignof(WordCacheEntry);
    const std::size_t skip = (align - reinterpret_cast<std::uintptr_t>(bytes) % align) % align;
    WordCache cache{};
    if (bytes == nullptr || size < skip) return cache;
    std::size_t count = (size - skip) / sizeof(WordCacheEntry);
    if (count > 0xFFFF) count = 0xFFFF;
    cache.entries = reinterpret_cast<WordCacheEntry *>(static_cast<unsigned char *>(bytes) + skip);
    cache.count = static_cast<uint32_t>(count);
    for (uint32_t i = 0; i < cache.count; ++i) cache.entries[i].length = 0;
    return cache;
}

// Says that the words looked up next are in the document `text`, whose first byte is at offset
// `at` in the documents joined (at least that of every document entered before). No-op where
// entries hold pointers.
inline void word_cache_enter(WordCache *cache, const unsigned char *text, std::size_t at) {
#if PRECIS_WORD_CACHE_OFFSETS
    cache->text = text;
    cache->at = static_cast<uint32_t>(at);  // at most PRECIS_LIMIT_BYTES
#else
    (void)cache, (void)text, (void)at;
#endif
}

#if !PRECIS_WIDE_SCANS
// The slot of a folded word (next_word's, len >= 1): its length and its first, middle and last
// bytes, mixed by a multiplication whose high half picks the slot. Cheap, which matters more than
// spread: it is made for every word.
inline WordCacheEntry *word_cache_slot(const WordCache &cache, const char *word, std::size_t len) {
    const unsigned char *w = reinterpret_cast<const unsigned char *>(word);
    const uint32_t key = (w[0] | uint32_t{w[len - 1]} << 8 | uint32_t{w[len / 2]} << 16) ^ static_cast<uint32_t>(len) << 24;
    return cache.entries + ((((key * 0x9E3779B1u) >> 16) * cache.count) >> 16);
}
#else
// Where PRECIS_WIDE_SCANS (64-bit hosts, whose flash is not counted), the cache reads words eight
// bytes at a time: the slot from the folded word's first eight bytes (next_word's buffer holds
// kMaxWordBytes, so eight load from it; the bytes past a shorter word, left by the words before,
// are dropped), and the hit below. Byte by byte, with a fold of each byte, they cost 49
// instructions a word of the input.
inline WordCacheEntry *word_cache_slot(const WordCache &cache, const char *word, std::size_t len) {
    const uint64_t head = load_scan(reinterpret_cast<const unsigned char *>(word)) &
                          (len >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1);
    const uint64_t key = (head ^ len) * 0x9E3779B97F4A7C15u;
    return cache.entries + (((key >> 32) * cache.count) >> 32);
}

// Each byte of w that is an ASCII capital made lower case, as ascii_lower makes it (+ 0x20).
inline uint64_t ascii_lower_word(uint64_t w) { return w | ascii_bytes_between(w, 'A', 'Z') >> 2; }

// Whether eight bytes are the same but for the case of ASCII letters.
inline bool same_but_case(uint64_t a, uint64_t b) { return a == b || ascii_lower_word(a) == ascii_lower_word(b); }
#endif

// Whether the entry is the word at raw[0..length) (length >= 1) read in `language`. Where
// entries hold offsets (hosts, whose flash is not counted), but for the case of ASCII letters:
// next_word folds those alone, byte for byte, so words whose bytes differ only there ("The",
// "the") are the same folded word, and so have the same term. Firmware compares bytes: the test
// cost 36 bytes of Cortex-M4F flash and no instructions a byte. `limit`: where the text that raw
// lies in may end (bytes up to it may be read; wide hosts read past a short word).
inline bool word_cache_hit(const WordCache &cache, const WordCacheEntry &e, const unsigned char *raw,
                           std::size_t length, uint32_t language, const unsigned char *limit) {
    (void)limit;
    if (e.length != length || (e.rules & ~kCachedUnspaced) != language) return false;
#if PRECIS_WORD_CACHE_OFFSETS
    if (e.at < cache.at) return false;  // made in an earlier document
    const unsigned char *word = cache.text + (e.at - cache.at);
#else
    (void)cache;
    const unsigned char *word = e.word;
#endif
#if PRECIS_WIDE_SCANS
    // Eight bytes a test; a word of more than eight in steps of eight, the last step overlapping.
    if (length <= 8) {
        // Where eight bytes of the text follow the word's first (`limit`: where the text may
        // end), they load at once, and so do the earlier occurrence's (an entry is made where a
        // word is read, and the text is read in order): the mask keeps the word's own bytes.
        if (word <= raw && limit - raw >= 8) {
            const uint64_t mask = ~uint64_t{0} >> (64 - 8 * length);  // 1 <= length <= 8
            return same_but_case(load_scan(word) & mask, load_scan(raw) & mask);
        }
        return same_but_case(word_head(word, length), word_head(raw, length));
    }
    for (std::size_t i = 0; i + 8 < length; i += 8) {
        if (!same_but_case(load_scan(word + i), load_scan(raw + i))) return false;
    }
    return same_but_case(load_scan(word + length - 8), load_scan(raw + length - 8));
#else
    std::size_t i = 0;
    if (PRECIS_WORD_SCANS) {  // four bytes at a time where a core loads them so (compiler.h)
        for (; i + 4 <= length; i += 4) {
            if (load4(word + i) == load4(raw + i)) continue;
            if (!PRECIS_WORD_CACHE_OFFSETS) return false;
            break;  // the same but for case, maybe
        }
    }
    for (; i < length; ++i) {
        if (PRECIS_WORD_CACHE_OFFSETS ? ascii_lower(word[i]) != ascii_lower(raw[i]) : word[i] != raw[i]) return false;
    }
    return true;
#endif
}

// Makes the entry the word at raw[0..length) (1 <= length <= 255) of the document entered.
inline void word_cache_store(const WordCache &cache, WordCacheEntry *e, const unsigned char *raw, std::size_t length,
                             uint32_t term, uint32_t rules) {
#if PRECIS_WORD_CACHE_OFFSETS
    *e = WordCacheEntry{static_cast<uint32_t>(cache.at + static_cast<std::size_t>(raw - cache.text)),
                        static_cast<uint16_t>(term), static_cast<uint8_t>(length), static_cast<uint8_t>(rules)};
#else
    (void)cache;
    *e = WordCacheEntry{raw, static_cast<uint16_t>(term), static_cast<uint8_t>(length), static_cast<uint8_t>(rules)};
#endif
}

}  // namespace precis::detail
