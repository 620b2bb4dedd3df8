// Sentences that lean on the one before them: they open on a pronoun ("He said ...") or a
// connective ("However, ...") whose antecedent is elsewhere. Out of context they read badly.
#pragma once

#include <cstdint>

namespace precis::detail {

struct LanguagePack;

// True when the sentence's first word is a third-person or demonstrative pronoun, or a
// connective that refers back ("However", "But", "Also", "Meanwhile", "In addition", ...); or
// when it is part of a longer quotation: it closes one it did not open, or opens one it does not
// close (alone it shows a stray quotation mark, and nobody who says it).
bool opens_with_back_reference(const unsigned char *s, uint32_t n);

// The same, with a language pack's openers besides the English ones ("Cependant", "Er", "Él").
// Opening quotes and brackets of any typography are skipped first (« „ ¿ ¡).
bool opens_with_back_reference(const unsigned char *s, uint32_t n, const LanguagePack *pack);

}  // namespace precis::detail
