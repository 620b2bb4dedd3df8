// Text that is part of a news page but not of the story: datelines, bylines, credits, rights.
#pragma once

#include <cstdint>

namespace precis {

// Bytes of a dateline that opens a report, with the separator and spaces after it:
// "LONDON (Reuters) - ", "(CNN)", "(CNN) -- ", "WASHINGTON (AP) _ ", "NEW YORK — ". 0 when the
// sentence does not start with one, or when nothing would be left after it.
uint32_t dateline_length(const unsigned char *s, uint32_t n);

// True for a sentence that never belongs in a summary: bylines ("Writing by ...", "By Jane Doe."),
// credits ("... contributed to this report", "Photo: ..."), copyright and rights notices, and
// page furniture ("Click here ...", "Read more").
bool is_boilerplate(const unsigned char *s, uint32_t n);

}  // namespace precis
