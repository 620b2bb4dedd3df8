#!/bin/sh
# The core library may call nothing from outside itself but these freestanding-friendly memory
# and string functions, and the compiler's own runtime helpers: no heap, exceptions, RTTI, stdio
# or locale. The helpers are what GCC emits calls to on some targets and optimization levels:
# libgcc's arithmetic (__udivdi3, __ashldi3, __clzsi2, __popcountsi2, __bswapsi2, ...), the Arm
# EABI's (__aeabi_*, __gnu_thumb1_case_*), PowerPC's register save/restore at -Os (_savegpr_*,
# _restgpr_*) and RISC-V's (__riscv_save_*, __riscv_restore_*); and _GLOBAL_OFFSET_TABLE_, which
# position-independent code on 32-bit Arm names to reach read-only tables (the linker defines it).
# Usage: check_symbols.sh LIB [NM]
set -eu
lib=$1
nm=${2:-nm}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$nm" --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort -u > "$tmp/defined"
"$nm" -u "$lib" | awk 'NF == 2 { print $2 }' | sort -u > "$tmp/needed"
comm -23 "$tmp/needed" "$tmp/defined" > "$tmp/outside"
allowed='^(memcmp|memcpy|memmove|memset|strlen'
allowed="$allowed|__[a-z]+[sdt][if][0-9]"                    # libgcc: __udivdi3 __ashldi3 __clzsi2 ...
allowed="$allowed|__aeabi_[a-z0-9_]+|__gnu_thumb1_case_[a-z0-9]+" # Arm EABI
allowed="$allowed|_(save|rest)(gpr|fpr)[01]?_[0-9]+(_[a-z])?"       # PowerPC -Os prologues/epilogues
allowed="$allowed|__riscv_(save|restore)_[0-9]+"              # RISC-V -msave-restore
allowed="$allowed|_GLOBAL_OFFSET_TABLE_"                     # position-independent code: defined by the linker
allowed="$allowed)\$"
if grep -vqE "$allowed" "$tmp/outside"; then
  echo "the core library needs symbols it must not use:"
  grep -vE "$allowed" "$tmp/outside" | head -20 | sed 's/^/  /'
  exit 1
fi
echo "the core library needs only: $(tr '\n' ' ' < "$tmp/outside")"
