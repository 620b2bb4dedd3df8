// Integer-only math for scoring. Every target must compute bit-identical scores, so nothing here
// touches floating point; results depend only on the integer inputs.
#pragma once

#include <cstdint>

#include "compiler.h"
#include "text.h"

namespace precis::detail {

constexpr uint32_t kOne = 1u << 16;  // 1.0 in 16.16 fixed point

// floor(log2(x)) for x > 0.
inline uint32_t floor_log2(uint64_t x) {
    uint32_t r = 0;
    while (x >>= 1) ++r;
    return r;
}

// log2(x) in 16.16 fixed point for x >= 1 (0 for x <= 1). Fractional bits by repeated squaring
// of the normalized mantissa: exact to the last bit and identical on every target.
inline uint32_t log2_q16(uint64_t x) {
    if (x <= 1) return 0;
    uint32_t ip = floor_log2(x);
    // mantissa in [1, 2) as 1.31 fixed point
    uint64_t m = ip >= 31 ? (x >> (ip - 31)) : (x << (31 - ip));
    uint32_t frac = 0;
    for (int bit = 15; bit >= 0; --bit) {
        m = (m * m) >> 31;  // m < 2^32, so m*m < 2^64
        if (m >= (uint64_t{1} << 32)) {
            m >>= 1;
            frac |= 1u << bit;
        }
    }
    return (ip << 16) | frac;
}

// floor(sqrt(x)), bit by bit, in T's width.
template <typename T>
inline T isqrt_bits(T x) {
#if PRECIS_WIDE_SCANS
    // Hosts: the first bit (the largest power of four not above x) from x's leading zeros, and
    // no branch in a step: whether a step takes its bit is near random, and a mispredicted branch
    // costs a host core more than the step does.
    if (x == 0) return 0;
    const uint32_t top = 63u - static_cast<uint32_t>(__builtin_clzll(x));
    T r = 0;
    for (T bit = T{1} << (top & ~1u); bit != 0; bit >>= 2) {
        const T step = r + bit;
        const T take = T{0} - static_cast<T>(x >= step);  // all ones or none
        x -= step & take;
        r = (r >> 1) + (bit & take);
    }
#else
    T r = 0, bit = T{1} << (sizeof(T) * 8 - 2);
    while (bit > x) bit >>= 2;
    while (bit) {
        if (x >= r + bit) {
            x -= r + bit;
            r = (r >> 1) + bit;
        } else {
            r >>= 1;
        }
        bit >>= 2;
    }
#endif
    return r;
}

#if PRECIS_WIDE_SCANS
// floor(sqrt(x)) for x < 2^32 on hosts, where a division costs about as much as two steps of the
// bit loop and the loop takes up to 16: three Newton steps from 2^e * sqrt(2) (181 / 128), for
// 2^(2e) <= x < 2^(2e+2), come within one above the root (the first guess is within a factor of
// sqrt(2), and each step squares the error; an integer Newton step from any guess is never below
// the root's floor), and a multiplication settles the last unit. Exact, like the bit loop (the
// tests compare it with one on every x below 2^22 and beside every square). The bit loop took
// 1.5% of a summary's instructions on cnndm (935 calls), 1% under a byte budget (-b 160, 4,354
// calls); this takes a fifth of them, and half the time a call in a host's loop.
inline uint32_t isqrt_newton(uint32_t x) {
    if (x < 2) return x;
    const uint32_t e = (31u - static_cast<uint32_t>(__builtin_clz(x))) >> 1;
    const uint32_t a = (181u << e) >> 7;  // >= 1
    uint32_t r = (a + x / a) >> 1;
    r = (r + x / r) >> 1;
    r = (r + x / r) >> 1;
    while (uint64_t{r} * r > x) --r;
    return r;
}
#endif

// floor(sqrt(x)). Most arguments (norms of sentences, costs) fit in 32 bits, where a 32-bit core
// takes one instruction per step, not two or three. One copy in flash.
PRECIS_NOINLINE inline uint64_t isqrt(uint64_t x) {
#if PRECIS_WIDE_SCANS
    if (x >> 32 == 0) return isqrt_newton(static_cast<uint32_t>(x));
#endif
    return x >> 32 ? isqrt_bits<uint64_t>(x) : isqrt_bits<uint32_t>(static_cast<uint32_t>(x));
}

// a * b / c without intermediate overflow for a, b < 2^32; c > 0. Saturates at UINT32_MAX.
inline uint32_t mul_div(uint32_t a, uint32_t b, uint32_t c) {
    uint64_t q = (uint64_t{a} * b) / c;
    return q > 0xFFFFFFFFu ? 0xFFFFFFFFu : static_cast<uint32_t>(q);
}

}  // namespace precis::detail
