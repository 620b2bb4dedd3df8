// Compiler hints the library needs, with a fallback for compilers that have none.
#pragma once

// Keeps a function out of its callers: its locals then take stack only while it runs, not for
// the whole of a caller that goes deeper afterwards (the trimming path, docs/footprint.md).
#if defined(__GNUC__) || defined(__clang__)
#define PRECIS_NOINLINE __attribute__((noinline))
#elif defined(_MSC_VER)
#define PRECIS_NOINLINE __declspec(noinline)
#else
#define PRECIS_NOINLINE
#endif

// Puts a small function into its callers: a wrapper's frame then does not add to the deepest
// call chain (the trimming path, docs/footprint.md).
#if defined(__GNUC__) || defined(__clang__)
#define PRECIS_ALWAYS_INLINE inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define PRECIS_ALWAYS_INLINE __forceinline
#else
#define PRECIS_ALWAYS_INLINE inline
#endif

// Keeps GCC from turning a function's zeroing loops into calls to memset: picolibc's memset for
// Cortex-M writes a byte at a time (about 4 instructions a byte), where the loop's own word
// stores take about one. Other compilers: nothing.
#if defined(__GNUC__) && !defined(__clang__)
#define PRECIS_NO_MEMSET_CALLS __attribute__((optimize("no-tree-loop-distribute-patterns")))
#else
#define PRECIS_NO_MEMSET_CALLS
#endif

// Whether unaligned bytes load as one word (four, or eight on 64-bit hosts: text.h ScanWord):
// word-at-a-time scans (text.h) pay off only there. Cores without unaligned loads (ARMv6-M:
// Cortex-M0+) would assemble each word from bytes, in more code than the byte loop it replaces,
// so the scans are left out of their builds.
#if defined(__ARM_ARCH) && !defined(__ARM_FEATURE_UNALIGNED)
#define PRECIS_WORD_SCANS 0
#else
#define PRECIS_WORD_SCANS 1
#endif
