#include "terms.h"

#include <cstring>

#include "compiler.h"

namespace precis::detail {
namespace {

// Zeroes index[0..slots) eight bytes at a time: every call clears the whole index (2 KiB for a
// 4 KiB article), which is worth a few bytes of code. The index is 2-aligned: one slot first when
// that makes the rest 4-aligned, then pairs of words, then what is left a slot at a time.
PRECIS_NO_MEMSET_CALLS void clear_index(uint16_t *index, uint32_t slots) {
    uint16_t *end = index + slots;
    if ((reinterpret_cast<uintptr_t>(index) & 2u) != 0 && index < end) *index++ = 0;
    const uint32_t zero[2] = {0, 0};
    for (uint16_t *stop = index + (end - index) / 4 * 4; index < stop; index += 4) {
#if defined(__GNUC__)
        std::memcpy(__builtin_assume_aligned(index, 4), zero, sizeof zero);  // two word stores
#else
        std::memcpy(index, zero, sizeof zero);
#endif
    }
    while (index < end) *index++ = 0;
}

}  // namespace

void term_table_init(TermTable *t, Term *terms, uint32_t capacity, uint16_t *index, uint32_t slots) {
    t->terms = terms;
    t->capacity = capacity;
    t->count = 0;
    t->index = index;
    t->slots = slots;
    clear_index(index, slots);
}

namespace {

// The index slot that holds `key`, or the empty slot where it would go.
uint32_t probe(const TermTable *t, uint32_t key) {
    uint32_t mask = t->slots - 1;
    // The low bits of FNV-1a are weak; fold the high half in before masking.
    uint32_t i = (key ^ (key >> 16)) & mask;
    while (t->index[i] != 0 && t->terms[t->index[i] - 1].hash != key) i = (i + 1) & mask;
    return i;
}

}  // namespace

uint32_t term_table_intern(TermTable *t, uint32_t key) {
    uint32_t i = probe(t, key);
    if (t->index[i] != 0) return t->index[i] - 1u;
    if (t->count == t->capacity) return kNoTerm;
    uint32_t id = t->count++;
    t->terms[id] = Term{key, 0, 0, 0};
    t->index[i] = static_cast<uint16_t>(id + 1);
    return id;
}

uint32_t term_table_find(const TermTable *t, uint32_t key) {
    uint32_t i = probe(t, key);
    return t->index[i] != 0 ? t->index[i] - 1u : kNoTerm;
}

}  // namespace precis::detail
