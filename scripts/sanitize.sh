#!/usr/bin/env bash
# sanitize.sh: build the core and the whole unit-test suite with AddressSanitizer and
# UndefinedBehaviorSanitizer (CMake preset "asan", into build/asan) and run it. Exits non-zero on any
# failing test or sanitizer finding (each finding aborts its test: -fno-sanitize-recover=all,
# halt_on_error, abort_on_error; leaks are checked at exit).
#   scripts/sanitize.sh            # build with 2 jobs, run every test
#   SSE_JOBS=1 scripts/sanitize.sh
#   scripts/sanitize.sh -R Hostile # extra arguments go to ctest
# Installs what it needs on Debian 12 (idempotent).
set -uo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
pkgs=(cmake ninja-build g++ nlohmann-json3-dev googletest libgtest-dev pkg-config zlib1g-dev libminizip-dev libexpat1-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[sanitize] installing Debian packages: ${missing[*]}" >&2
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" >/dev/null || exit 1
fi

jobs=${SSE_JOBS:-2}
[ -f build/asan/build.ninja ] || cmake --preset asan >/dev/null || exit 1
cmake --build --preset asan -j "$jobs" || { echo "sanitize: build failed"; exit 1; }

log=build/asan/ctest.log
ctest --preset asan -j "$jobs" --output-log "$log" "$@"
rc=$?
# Belt and braces: a report that did not abort its test (should not happen with the flags above).
if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log"; then
  echo "sanitize: sanitizer reports found in $log:"
  grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" | head -20
  rc=1
fi
if [ $rc -eq 0 ]; then echo "sanitize: all tests passed under ASan + UBSan"; else echo "sanitize: FAILED"; fi
exit $rc
