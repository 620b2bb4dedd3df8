// The term table: term key (hash of a stem) -> dense 16-bit term id, open addressing with linear
// probing in a power-of-two index that is never more than two-thirds full.
#pragma once

#include <cstddef>
#include <cstdint>


namespace precis::detail {

using TermId = uint16_t;

// A term: one stemmed content word, known by its 32-bit hash (two words whose hashes collide
// count as one term; with at most 65535 terms per call this is rare and always deterministic).
struct Term {
    uint32_t hash;
    uint32_t occurrences;  // over the whole input
    uint32_t sentences;    // sentences that contain it (sentence frequency)
    uint32_t idf;          // 1 + log2((sentences in input + 1) / sentence frequency), 24.8 fixed point
                           // (compute_idf); while the model is built, on hosts, a mark (add_tokens)
};


constexpr uint32_t kNoTerm = 0xFFFFFFFFu;

// Index slots for `max_terms` terms.
inline uint32_t term_index_slots(uint32_t max_terms) {
    uint32_t need = max_terms + max_terms / 2 + 1, slots = 1;
    while (slots < need) slots <<= 1;
    return slots;
}

struct TermTable {
    Term *terms;      // [capacity]
    uint32_t capacity;
    uint32_t count;
    uint16_t *index;  // [slots]: term id + 1, 0 = empty
    uint32_t slots;
};

void term_table_init(TermTable *t, Term *terms, uint32_t capacity, uint16_t *index, uint32_t slots);

// The id of `key` (inserting it, with zero counts), or kNoTerm when the table is full.
uint32_t term_table_intern(TermTable *t, uint32_t key);

// The id of `key`, or kNoTerm when it is not in the table.
uint32_t term_table_find(const TermTable *t, uint32_t key);

}  // namespace precis::detail
