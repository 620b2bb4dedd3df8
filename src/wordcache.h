// The word cache: what each word of the input maps to (its term, or none), kept while the model is
// built so that a word met again is not looked up among the stopwords, stemmed, hashed and
// interned again (a news article repeats about half of its words). It lives in workspace that is
// idle at that moment (precis.cpp carve: scoring's or keywords' term weights, or a graph's edges)
// and adds nothing to the workspace.
//
// Exact: an entry is the word's bytes in the input (a pointer to its first occurrence and its
// length), and a word hits only when its own bytes are the same and it is read in the same
// language. next_word makes the same folded word of the same bytes, and term_key the same key of
// the same word under the same rules, so a hit gives what the lookup would. The slot is chosen by
// a hash of the folded word: a collision only replaces an entry.
#pragma once

#include <cstddef>
#include <cstdint>

#include "text.h"

namespace precis::detail {

struct WordCacheEntry {
    const unsigned char *word;  // the word's first byte in the input; null: an empty slot
    uint16_t term;              // its term id + 1; 0: no term (a stopword, or no content)
    uint8_t length;             // its bytes in the input (a longer word is not cached)
    uint8_t rules;              // the language it was read in, and kCachedUnspaced
};

constexpr uint8_t kCachedUnspaced = 0x80;  // in_unspaced_script (content.h) of the word

struct WordCache {
    WordCacheEntry *entries;
    uint32_t count;  // 0: no cache (every word is looked up)
};

// A cache over bytes[0..size) (any alignment, any contents), emptied. At most 65535 entries, so
// that a slot is chosen with 32-bit arithmetic.
inline WordCache word_cache(void *bytes, std::size_t size) {
    const std::size_t align = alignof(WordCacheEntry);
    const std::size_t skip = (align - reinterpret_cast<std::uintptr_t>(bytes) % align) % align;
    if (bytes == nullptr || size < skip) return WordCache{nullptr, 0};
    std::size_t count = (size - skip) / sizeof(WordCacheEntry);
    if (count > 0xFFFF) count = 0xFFFF;
    WordCache cache{reinterpret_cast<WordCacheEntry *>(static_cast<unsigned char *>(bytes) + skip),
                    static_cast<uint32_t>(count)};
    for (uint32_t i = 0; i < cache.count; ++i) cache.entries[i].word = nullptr;
    return cache;
}

// The slot of a folded word (next_word's, len >= 1): its length and its first, middle and last
// bytes, mixed by a multiplication whose high half picks the slot. Cheap, which matters more than
// spread: it is made for every word.
inline WordCacheEntry *word_cache_slot(const WordCache &cache, const char *word, std::size_t len) {
    const unsigned char *w = reinterpret_cast<const unsigned char *>(word);
    const uint32_t key = (w[0] | uint32_t{w[len - 1]} << 8 | uint32_t{w[len / 2]} << 16) ^ static_cast<uint32_t>(len) << 24;
    return cache.entries + ((((key * 0x9E3779B1u) >> 16) * cache.count) >> 16);
}

// Whether the entry is the word at raw[0..length) read in `language`.
inline bool word_cache_hit(const WordCacheEntry &e, const unsigned char *raw, std::size_t length, uint32_t language) {
    if (e.word == nullptr || e.length != length || (e.rules & ~kCachedUnspaced) != language) return false;
    std::size_t i = 0;
    if (PRECIS_WORD_SCANS) {  // four bytes at a time where a core loads them so (compiler.h)
        for (; i + 4 <= length; i += 4) {
            if (load4(e.word + i) != load4(raw + i)) return false;
        }
    }
    for (; i < length; ++i) {
        if (e.word[i] != raw[i]) return false;
    }
    return true;
}

}  // namespace precis::detail
