/*
 * precis build-time options: what the library is compiled with. Read by the library's sources
 * only (precis.h does not include it: the API is the same in every configuration, and the
 * runtime queries precis_algorithm_available() and precis_version() say what a build has).
 *
 * To change an option, either define it on the compiler's command line (-DPRECIS_...=0), or
 * write the definitions into a header of your own and compile the library with
 * -DPRECIS_CONFIG_FILE='"my_precis_config.h"' (CMake: -DPRECIS_CONFIG_FILE=/path/to/file.h).
 * That file is included first; every option it leaves undefined keeps the default below.
 *
 * Tested configurations: the defaults (the host suite and every target) and the firmware build,
 * PRECIS_CLASSIC_ALGORITHMS 0 (the host suite and the targets too). Turning a feature off changes
 * what is selected, so the golden vectors and some host tests only hold for the defaults.
 */
#ifndef PRECIS_OPTIONS_H
#define PRECIS_OPTIONS_H

#ifdef PRECIS_CONFIG_FILE
#include PRECIS_CONFIG_FILE
#endif

/* ---- Algorithms ---------------------------------------------------------------------------- */

/* 1: luhn, textrank, lexrank, sumbasic, klsum and centroid are built. 0: only the default
 * algorithm and lead (about 5 KiB less code on Cortex-M); asking for another is then
 * PRECIS_ERR_ARGUMENT. CMake: -DPRECIS_CLASSIC_ALGORITHMS=OFF. */
#ifndef PRECIS_CLASSIC_ALGORITHMS
#define PRECIS_CLASSIC_ALGORITHMS 1
#endif

/* ---- Features ------------------------------------------------------------------------------ */

/* 1: bylines, credits, copyright lines and page furniture are flagged and never selected
 * (unless PRECIS_KEEP_BOILERPLATE). 0: every sentence may be selected; the rules' code is left
 * out. Datelines are cut from sentences in both cases. */
#ifndef PRECIS_FEATURE_BOILERPLATE
#define PRECIS_FEATURE_BOILERPLATE 1
#endif

/* 1: sentences that open on a pronoun or connective whose antecedent is elsewhere ("He said",
 * "However,") are marked, and the default algorithm ranks them lower. 0: no such marking. */
#ifndef PRECIS_FEATURE_DISCOURSE
#define PRECIS_FEATURE_DISCOURSE 1
#endif

/* 1: sentence trimming (compression by deletion, src/trim.cpp): under byte and word budgets by
 * default, under any with PRECIS_TRIM_ALWAYS. 0: whole sentences only, about 6 KiB less code on
 * Cortex-M; PRECIS_TRIM_ALWAYS is then PRECIS_ERR_ARGUMENT. CMake: -DPRECIS_TRIMMING=OFF. */
#ifndef PRECIS_TRIMMING
#define PRECIS_TRIMMING 1
#endif

/* 1: precis_keywords() is built. 0: it returns PRECIS_ERR_ARGUMENT, about 1.7 KiB less code.
 * CMake: -DPRECIS_KEYWORDS=OFF. */
#ifndef PRECIS_KEYWORDS
#define PRECIS_KEYWORDS 1
#endif

/* ---- Language packs ------------------------------------------------------------------------ */

/* 1: the pack of that language is built (stopwords, stemmer, abbreviations, bylines and rights
 * notices, discourse openers; precis.h, enum precis_language). 0: it is left out, and asking for
 * it is PRECIS_ERR_ARGUMENT. English is always built. docs/footprint.md has what each costs.
 * CMake: -DPRECIS_LANGUAGES="en;de;fr" (default: all). */
#ifndef PRECIS_PACK_DE
#define PRECIS_PACK_DE 1
#endif
#ifndef PRECIS_PACK_FR
#define PRECIS_PACK_FR 1
#endif
#ifndef PRECIS_PACK_ES
#define PRECIS_PACK_ES 1
#endif
#ifndef PRECIS_PACK_IT
#define PRECIS_PACK_IT 1
#endif
#ifndef PRECIS_PACK_PT
#define PRECIS_PACK_PT 1
#endif
#ifndef PRECIS_PACK_NL
#define PRECIS_PACK_NL 1
#endif

/* ---- Defaults for zeroed fields of precis_config / precis_limits --------------------------- */

/* precis_limits: a zero field takes these. The workspace size follows from them. */
#ifndef PRECIS_DEFAULT_MAX_BYTES
#define PRECIS_DEFAULT_MAX_BYTES 65536u
#endif
#ifndef PRECIS_DEFAULT_MAX_SENTENCES
#define PRECIS_DEFAULT_MAX_SENTENCES 1024u
#endif
#ifndef PRECIS_DEFAULT_MAX_TERMS
#define PRECIS_DEFAULT_MAX_TERMS 4096u
#endif
#ifndef PRECIS_DEFAULT_MAX_DOCUMENTS
#define PRECIS_DEFAULT_MAX_DOCUMENTS 16u
#endif
/* (max_tokens defaults to max_bytes / 2 + 1.) */

/* precis_config: sentences when budget is 0, and the redundancy threshold (per mille) when
 * redundancy is 0. */
#ifndef PRECIS_DEFAULT_BUDGET
#define PRECIS_DEFAULT_BUDGET 3u
#endif
#ifndef PRECIS_DEFAULT_REDUNDANCY
#define PRECIS_DEFAULT_REDUNDANCY 350u
#endif

#endif /* PRECIS_OPTIONS_H */
