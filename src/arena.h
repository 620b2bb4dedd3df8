// Carves typed arrays out of the caller's workspace. The same code computes the size (with a null
// base) and hands out the memory, so the size query and the real use cannot drift apart.
#pragma once

#include <cstddef>
#include <cstdint>

// Guarded workspace (CMake option PRECIS_GUARDED_WORKSPACE, for AddressSanitizer builds): every
// array handed out is followed by a poisoned redzone, so that a write or read one past an array
// into the next one is reported by ASan instead of silently corrupting the neighbour. Without
// ASan the option does nothing.
#if defined(PRECIS_GUARDED_WORKSPACE) && PRECIS_GUARDED_WORKSPACE
#if defined(__SANITIZE_ADDRESS__)
#define PRECIS_WORKSPACE_REDZONES 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PRECIS_WORKSPACE_REDZONES 1
#endif
#endif
#endif
#ifndef PRECIS_WORKSPACE_REDZONES
#define PRECIS_WORKSPACE_REDZONES 0
#endif
#if PRECIS_WORKSPACE_REDZONES
#include <sanitizer/asan_interface.h>
#endif

namespace precis::detail {

class Arena {
public:
    // Any caller buffer works: the base is first rounded up to kAlign, and every size reported
    // includes the kAlign - 1 bytes this may cost, so offsets never depend on the address.
    static constexpr std::size_t kAlign = 8;

    // Bytes of poisoned redzone after each array: 0 unless the workspace is guarded. A multiple
    // of ASan's 8-byte shadow granule, so that each redzone poisons at least three whole ones.
    static constexpr std::size_t kRedzone = PRECIS_WORKSPACE_REDZONES ? 32 : 0;

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
        return static_cast<T *>(take_bytes(count, sizeof(T), alignof(T)));
    }

    // take() for any type: one copy in flash, whatever the types carved.
    void *take_bytes(std::size_t count, std::size_t size, std::size_t align) {
        std::size_t pad = (align - used_ % align) % align;
        if (used_ > kMax - pad || count > (kMax - used_ - pad) / size) {
            failed_ = true;  // size_t overflow: the limits are unusable on this target
            used_ = kMax;
            return nullptr;
        }
        std::size_t at = used_ + pad;
        used_ = at + count * size;
        if (kRedzone > 0) {
            if (used_ > kMax - kRedzone) {
                failed_ = true;
                used_ = kMax;
                return nullptr;
            }
            used_ += kRedzone;
        }
        if (base_ == nullptr || used_ > cap_) return nullptr;
#if PRECIS_WORKSPACE_REDZONES
        ASAN_POISON_MEMORY_REGION(base_ + used_ - kRedzone, kRedzone);
#endif
        return base_ + at;
    }

    // Gives the memory back to the caller as it came: the redzones are unpoisoned (a no-op unless
    // the workspace is guarded). Call before returning to the caller, whose next use of the
    // buffer would otherwise fault.
    void release() {
#if PRECIS_WORKSPACE_REDZONES
        std::size_t top = used_ > peak_ ? used_ : peak_;
        if (base_ != nullptr) ASAN_UNPOISON_MEMORY_REGION(base_, top < cap_ ? top : cap_);
#endif
    }

    // Alternatives: memory that two kinds of call use differently. mark() where they start;
    // rewind(mark) hands the same bytes out again for the other kind; required() covers the
    // larger of them.
    std::size_t mark() const { return used_; }
    void rewind(std::size_t at) {
        if (used_ > peak_) peak_ = used_;
#if PRECIS_WORKSPACE_REDZONES
        // The first kind's redzones lie inside the second kind's arrays: clear them.
        if (base_ != nullptr && at < cap_) ASAN_UNPOISON_MEMORY_REGION(base_ + at, (used_ < cap_ ? used_ : cap_) - at);
#endif
        used_ = at;
    }

    // The mark at which `p`, handed out by take(), begins (a real arena only): rewind(offset_of(p))
    // hands its bytes out again.
    std::size_t offset_of(const void *p) const {
        return static_cast<std::size_t>(static_cast<const unsigned char *>(p) - base_);
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

}  // namespace precis::detail
