// Carves typed arrays out of the caller's workspace. The same code computes the size (with a null
// base) and hands out the memory, so the size query and the real use cannot drift apart.
#pragma once

#include <cstddef>
#include <cstdint>

namespace precis {

class Arena {
public:
    // Any caller buffer works: the base is first rounded up to kAlign, and every size reported
    // includes the kAlign - 1 bytes this may cost, so offsets never depend on the address.
    static constexpr std::size_t kAlign = 8;

    // base == nullptr: measuring mode, nothing is handed out.
    Arena(void *base, std::size_t capacity) {
        std::uintptr_t addr = reinterpret_cast<std::uintptr_t>(base);
        std::size_t skip = (kAlign - addr % kAlign) % kAlign;
        if (base != nullptr && capacity >= skip) {
            base_ = static_cast<unsigned char *>(base) + skip;
            cap_ = capacity - skip;
        }
        used_ = 0;
    }

    // Reserves `count` objects of T, aligned for T. Returns nullptr in measuring mode or when the
    // workspace is short (`required()` keeps counting, so the caller can report the need).
    template <typename T>
    T *take(std::size_t count) {
        static_assert(alignof(T) <= kAlign, "arena alignment");
        std::size_t pad = (alignof(T) - used_ % alignof(T)) % alignof(T);
        if (used_ > kMax - pad || count > (kMax - used_ - pad) / sizeof(T)) {
            failed_ = true;  // size_t overflow: the limits are unusable on this target
            used_ = kMax;
            return nullptr;
        }
        std::size_t at = used_ + pad;
        used_ = at + count * sizeof(T);
        if (base_ == nullptr || used_ > cap_) return nullptr;
        return reinterpret_cast<T *>(base_ + at);
    }

    // Alternatives: memory that two kinds of call use differently. mark() where they start;
    // rewind(mark) hands the same bytes out again for the other kind; required() covers the
    // larger of them.
    std::size_t mark() const { return used_; }
    void rewind(std::size_t at) {
        if (used_ > peak_) peak_ = used_;
        used_ = at;
    }

    // Bytes a caller must provide for everything taken so far, whatever its buffer's alignment.
    std::size_t required() const {
        std::size_t top = used_ > peak_ ? used_ : peak_;
        return failed_ || top > kMax - (kAlign - 1) ? 0 : top + kAlign - 1;
    }
    bool size_overflow() const { return failed_; }

private:
    static constexpr std::size_t kMax = ~std::size_t{0};
    unsigned char *base_ = nullptr;
    std::size_t cap_ = 0;
    std::size_t used_ = 0;
    std::size_t peak_ = 0;
    bool failed_ = false;
};

}  // namespace precis
