#!/bin/sh
# Only the C API is visible from the library: every global symbol that a link outside the
# library could bind to (defined, default visibility) is a precis_* function of precis.h, and
# every function of precis.h is there. The internals are compiled with hidden visibility
# (-fvisibility=hidden), so a program or shared object that links the library sees nothing else.
# Usage: check_exports.sh LIB HEADER [READELF]   (readelf of any binutils reads every target's ELF)
set -eu
lib=$1
header=$2
readelf=${3:-readelf}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Num: Value Size Type Bind Vis Ndx Name
"$readelf" -sW "$lib" | awk '($5 == "GLOBAL" || $5 == "WEAK") && $6 == "DEFAULT" && $7 != "UND" && NF >= 8 { print $8 }' |
  sort -u > "$tmp/exported"
sed -n 's/^PRECIS_API [^(]*[ *]\(precis_[a-z_]*\)(.*/\1/p' "$header" | sort -u > "$tmp/api"
if [ ! -s "$tmp/api" ]; then
  echo "no PRECIS_API functions found in $header"
  exit 1
fi
status=0
if ! comm -23 "$tmp/exported" "$tmp/api" | grep -q .; then :; else
  echo "visible from the library but not part of the C API:"
  comm -23 "$tmp/exported" "$tmp/api" | head -20 | sed 's/^/  /'
  status=1
fi
if comm -13 "$tmp/exported" "$tmp/api" | grep -q .; then
  echo "declared PRECIS_API in $(basename "$header") but not visible from the library:"
  comm -13 "$tmp/exported" "$tmp/api" | sed 's/^/  /'
  status=1
fi
[ $status -eq 0 ] && echo "the library exports exactly the $(wc -l < "$tmp/api") functions of the C API"
exit $status
