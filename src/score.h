// Ranking algorithms: each sets Sentence::score (16.16 fixed point, higher is better) for every
// sentence of the model. Integer arithmetic only.
#pragma once

#include "model.h"

namespace precis {

// Returns false for an unknown algorithm (nothing scored).
bool score_sentences(Model *m, uint32_t algorithm);

}  // namespace precis
