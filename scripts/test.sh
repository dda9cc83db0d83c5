#!/usr/bin/env bash
# test.sh: install what is missing, build both targets and run every test:
#   1. unit tests (GoogleTest through CTest), 2. desktop test under Xvfb, 3. browser test in headless Chromium,
#   4. the benchmarks in --quick mode (bench/run.sh: fails if a benchmark program breaks, never on a timing).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test || exit 1
set -e
t0=$(date +%s)
bash scripts/build_native.sh
t1=$(date +%s)
bash scripts/build_web.sh
t2=$(date +%s)
echo "build times: native ${SECONDS_NATIVE:-$((t1 - t0))} s, web $((t2 - t1)) s"
set +e
failed_suites=()

echo "== unit tests (ctest) =="
ctest --test-dir build/native --output-on-failure -j2 || failed_suites+=(unit)

echo "== desktop test (Xvfb) =="
bash tests/desktop/desktop_test.sh build/native/src/platform/sse-explorer || failed_suites+=(desktop)
bash tests/desktop/hostile_desktop_test.sh build/native/src/platform/sse-explorer || failed_suites+=(desktop-hostile)

echo "== browser test (Chromium) =="
node tests/web/browser_test.mjs build/web/site || failed_suites+=(browser)

echo "== benchmarks, quick mode (checks that the benchmark programs still build and run; asserts no timing) =="
bash bench/run.sh --quick || failed_suites+=(bench)

if [ ${#failed_suites[@]} -gt 0 ]; then
  echo "FAILED suites: ${failed_suites[*]}"
  exit 1
fi
echo "all suites passed"
