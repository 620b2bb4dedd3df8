// Heap sort for the core: O(n log n) in the worst case, no recursion, no allocation, and about a
// hundred bytes of code per element type (std::sort's introsort is ~800 bytes per instantiation
// on Cortex-M, and the core sorts three types). Equal elements may come out in any order: every
// caller sorts by a total order (ties broken by position), so results are the same everywhere.
#pragma once

#include <algorithm>
#include <cstddef>

#include "text.h"

namespace precis::detail {

template <typename T, typename Less>
void heap_sort(T *a, std::size_t n, Less less) {
    // One loop for both phases, so that the sift-down is written (and linked) once: first each
    // parent from the last is sifted down into the heap, then the largest goes to the end and the
    // new first element is sifted down into what is left. (A sift-down lambda called from two
    // loops was a function of its own, the first element's swap beside it: 128 bytes more of the
    // Cortex-M4F firmware build over the three types it sorts.)
    for (std::size_t parent = n / 2, end = n; end > 1;) {
        std::size_t root = 0;
        if (parent > 0) {
            root = --parent;
        } else {
            T t = a[0];
            a[0] = a[--end];
            a[end] = t;
        }
        for (;;) {
            std::size_t child = 2 * root + 1;
            if (child >= end) break;
            if (child + 1 < end && less(a[child], a[child + 1])) ++child;
            if (!less(a[root], a[child])) break;
            T t = a[root];
            a[root] = a[child];
            a[child] = t;
            root = child;
        }
    }
}

// Sorts by a strict total order (one that ends in ids or positions): any correct sort then gives
// the same order, so hosts may take a faster one than firmware. Where PRECIS_WIDE_SCANS (64-bit
// hosts, whose flash is not counted), std::sort: introsort, in place, no allocation, and fewer
// comparisons and moves than the heap sort (sort_candidates' two sorts took 2.7% of a summary's
// instructions on cnndm). Firmware keeps heap_sort, for its code size.
template <typename T, typename Less>
void sort_total(T *a, std::size_t n, Less less) {
#if PRECIS_WIDE_SCANS
    std::sort(a, a + n, less);
#else
    heap_sort(a, n, less);
#endif
}

}  // namespace precis::detail
