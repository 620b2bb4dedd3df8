// Heap sort for the core: O(n log n) in the worst case, no recursion, no allocation, and about a
// hundred bytes of code per element type (std::sort's introsort is ~800 bytes per instantiation
// on Cortex-M, and the core sorts three types). Equal elements may come out in any order: every
// caller sorts by a total order (ties broken by position), so results are the same everywhere.
#pragma once

#include <cstddef>

namespace precis::detail {

template <typename T, typename Less>
void heap_sort(T *a, std::size_t n, Less less) {
    auto sift_down = [&](std::size_t root, std::size_t end) {
        for (;;) {
            std::size_t child = 2 * root + 1;
            if (child >= end) return;
            if (child + 1 < end && less(a[child], a[child + 1])) ++child;
            if (!less(a[root], a[child])) return;
            T t = a[root];
            a[root] = a[child];
            a[child] = t;
            root = child;
        }
    };
    for (std::size_t i = n / 2; i-- > 0;) sift_down(i, n);
    for (std::size_t end = n; end-- > 1;) {
        T t = a[0];
        a[0] = a[end];
        a[end] = t;
        sift_down(0, end);
    }
}

}  // namespace precis::detail
