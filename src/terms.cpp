#include "terms.h"

namespace precis::detail {

void term_table_init(TermTable *t, Term *terms, uint32_t capacity, uint16_t *index, uint32_t slots) {
    t->terms = terms;
    t->capacity = capacity;
    t->count = 0;
    t->index = index;
    t->slots = slots;
    for (uint32_t i = 0; i < slots; ++i) index[i] = 0;
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
