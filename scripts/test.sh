#!/usr/bin/env bash
# test.sh: install what is missing, build both targets and run every test:
#   1. unit tests (GoogleTest through CTest), 2. desktop test under Xvfb, 3. browser test in headless Chromium,
#   4. browser session (two minutes of every feature), seeded monkey and web-security test,
#   5. the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer (scripts/sanitize.sh, g++),
#   6. each libFuzzer target for a short, fixed time (scripts/fuzz.sh, clang): any crash, sanitizer report,
#      hang or memory blow-up fails this suite (the input is kept in build/fuzz/findings/).
# Suites 5 and 6 install their own packages and build in build/asan and build/fuzz; SSE_CI_FUZZ_SECONDS
# (default 15) sets the time per fuzz target.
#   7. the benchmarks in --quick mode (bench/run.sh: fails if a benchmark program breaks, never on a timing).
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
bash tests/desktop/share_desktop_test.sh build/native/src/platform/sse-explorer || failed_suites+=(desktop-share)

echo "== browser test (Chromium) =="
node tests/web/browser_test.mjs build/web/site || failed_suites+=(browser)
node tests/web/import_test.mjs build/web/site || failed_suites+=(browser-import)

echo "== offline test (service worker, Chromium) =="
node tests/web/offline_test.mjs build/web/site || failed_suites+=(browser-offline)

echo "== share test (QR code read back with jsqr, Chromium) =="
node tests/web/share_test.mjs build/web/site || failed_suites+=(browser-share)

echo "== accessibility test (axe-core, ARIA snapshot, keyboard only; Chromium) =="
node tests/web/a11y_test.mjs build/web/site || failed_suites+=(browser-a11y)
bash tests/desktop/edit_desktop_test.sh build/native/src/platform/sse-explorer || failed_suites+=(desktop-edit)

echo "== browser test (Chromium) =="
node tests/web/browser_test.mjs build/web/site || failed_suites+=(browser)
node tests/web/edit_test.mjs build/web/site || failed_suites+=(browser-edit)

echo "== browser session, monkey and security test (Chromium) =="
node tests/web/session_test.mjs build/web/site || failed_suites+=(browser-session)
node tests/web/workbook_import_test.mjs build/web/site || failed_suites+=(browser-workbook)

echo "== sanitizers (ASan + UBSan over the unit tests) =="
t3=$(date +%s)
bash scripts/sanitize.sh || failed_suites+=(sanitize)
echo "sanitizer suite: $(( $(date +%s) - t3 )) s"

echo "== fuzzing (${SSE_CI_FUZZ_SECONDS:-15} s per target) =="
t4=$(date +%s)
SSE_FUZZ_BUILD_JOBS=2 bash scripts/fuzz.sh --seconds "${SSE_CI_FUZZ_SECONDS:-15}" || failed_suites+=(fuzz)
echo "fuzz suite: $(( $(date +%s) - t4 )) s"

echo "== benchmarks, quick mode (checks that the benchmark programs still build and run; asserts no timing) =="
bash bench/run.sh --quick || failed_suites+=(bench)

if [ ${#failed_suites[@]} -gt 0 ]; then
  echo "FAILED suites: ${failed_suites[*]}"
  exit 1
fi
echo "all suites passed"
