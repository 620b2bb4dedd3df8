#!/bin/sh
# The core library may call nothing from outside itself but these freestanding-friendly memory
# and string functions, and the compiler's own runtime helpers (libgcc: 64-bit division and bit
# counting on 32-bit targets): no heap, exceptions, RTTI, stdio or locale.
# Usage: check_symbols.sh LIB [NM]
set -eu
lib=$1
nm=${2:-nm}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$nm" --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort -u > "$tmp/defined"
"$nm" -u "$lib" | awk 'NF == 2 { print $2 }' | sort -u > "$tmp/needed"
comm -23 "$tmp/needed" "$tmp/defined" > "$tmp/outside"
allowed='^(memcmp|memcpy|memmove|memset|strlen|__aeabi_[a-z0-9_]+|__gnu_thumb1_case_[a-z]+|__u?(div|mod)[sd]i3|__clz[sd]i2)$'
if grep -vqE "$allowed" "$tmp/outside"; then
  echo "the core library needs symbols it must not use:"
  grep -vE "$allowed" "$tmp/outside" | head -20 | sed 's/^/  /'
  exit 1
fi
echo "the core library needs only: $(tr '\n' ' ' < "$tmp/outside")"
