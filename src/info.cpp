// What this build of the library is: its version and the algorithms it was compiled with, for
// callers that must decide at run time (a CLI listing its choices, a test that skips).
#include "precis/precis.h"

#include "score.h"

extern "C" {

uint32_t precis_version(void) { return PRECIS_VERSION; }

const char *precis_algorithm_name(int algorithm) {
    // Indexed by enum precis_algorithm; the CLI's -a takes these names.
    static const char *const kNames[PRECIS_ALGO_COUNT] = {"default", "lead",     "luhn",  "textrank",
                                                          "lexrank", "sumbasic", "klsum", "centroid"};
    if (algorithm < 0 || algorithm >= PRECIS_ALGO_COUNT) return nullptr;
    return kNames[algorithm];
}

int precis_algorithm_available(int algorithm) {
    return algorithm >= 0 && precis::detail::algorithm_built(static_cast<uint32_t>(algorithm)) ? 1 : 0;
}

}  // extern "C"
