#!/bin/sh
# The explicit source lists are complete: every .cpp under src/ is in Filelists.mk (the one list
# of library sources, which CMake reads), every tests/test_*.cpp is in tests/CMakeLists.txt, and
# every file those lists name exists.
# Usage: check_lists.sh PROJECT_DIR
set -eu
cd "$1"
status=0
for f in $(find src -name '*.cpp' | sort); do
  grep -q "^[[:space:]]*\$(PRECIS_DIR)/$f\b" Filelists.mk || { echo "$f is not listed in Filelists.mk"; status=1; }
done
for f in $(sed -n 's/^[[:space:]]*\$(PRECIS_DIR)\/\(src\/[^ \\]*\.cpp\).*/\1/p' Filelists.mk); do
  [ -f "$f" ] || { echo "Filelists.mk lists $f, which does not exist"; status=1; }
done
for f in tests/test_*.cpp; do
  grep -q "\b$(basename "$f")\b" tests/CMakeLists.txt || { echo "$f is not listed in tests/CMakeLists.txt"; status=1; }
done
[ $status -eq 0 ] && echo "every source and test is listed"
exit $status
