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
# suite NAME COMMAND...: runs one suite, its output shown and kept in build/test-logs/NAME.log, so that a failure's
# reasons can be repeated at the very end, where a CI summary that keeps only the last lines still shows them.
mkdir -p build/test-logs
suite() {
  local name=$1; shift
  "$@" 2>&1 | tee "build/test-logs/$name.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed_suites+=("$name")
}

echo "== unit tests (ctest) =="
suite unit ctest --test-dir build/native --output-on-failure -j2

echo "== desktop test (Xvfb) =="
suite desktop bash tests/desktop/desktop_test.sh build/native/src/platform/sse-explorer
suite desktop-hostile bash tests/desktop/hostile_desktop_test.sh build/native/src/platform/sse-explorer
suite desktop-share bash tests/desktop/share_desktop_test.sh build/native/src/platform/sse-explorer
suite desktop-figure bash tests/desktop/svg_desktop_test.sh build/native/src/platform/sse-explorer
suite desktop-png bash tests/desktop/png_desktop_test.sh build/native/src/platform/sse-explorer
suite desktop-drop bash tests/desktop/drop_desktop_test.sh build/native/src/platform/sse-explorer

echo "== browser test (Chromium) =="
suite browser node tests/web/browser_test.mjs build/web/site
suite browser-import node tests/web/import_test.mjs build/web/site
suite browser-figure node tests/web/figure_test.mjs build/web/site
suite browser-png node tests/web/png_export_test.mjs build/web/site

echo "== offline test (service worker, Chromium) =="
suite browser-offline node tests/web/offline_test.mjs build/web/site

echo "== share test (QR code read back with jsqr, Chromium) =="
suite browser-share node tests/web/share_test.mjs build/web/site

echo "== Korean font test (loaded on demand, Hangul drawn; Chromium) =="
suite browser-korean node tests/web/korean_test.mjs build/web/site

echo "== accessibility test (axe-core, ARIA snapshot, keyboard only; Chromium) =="
suite browser-a11y node tests/web/a11y_test.mjs build/web/site

echo "== language test (string table: #lang, language command, reload/Back keep it; Chromium and Xvfb) =="
suite browser-language node tests/web/language_test.mjs build/web/site
suite browser-offline-korean node tests/web/offline_korean_test.mjs build/web/site
suite browser-translations-kept node tests/web/translations_kept_test.mjs build/web/site
suite browser-panels-i18n env PANEL_LANGS=qps node tests/web/panels_i18n_test.mjs build/web/site  # es and ko too without PANEL_LANGS (2.5 min)
suite desktop-language bash tests/desktop/language_desktop_test.sh build/native/src/platform/sse-explorer

echo "== phone test (390 x 844 and 768 x 1024 with touch: sheets, tap, long press, pinch, swipes; Chromium) =="
suite browser-phone node tests/web/phone_test.mjs build/web/site
suite desktop-edit bash tests/desktop/edit_desktop_test.sh build/native/src/platform/sse-explorer

echo "== edit test (Chromium) =="
suite browser-edit node tests/web/edit_test.mjs build/web/site
# The table view as a spreadsheet in edit mode: real clicks, the system clipboard and Ctrl+V (issue 16).
suite browser-table-edit node tests/web/table_edit_test.mjs build/web/site
# The second engine the README promises: Gecko (firefox-esr through WebDriver BiDi), in a real window under Xvfb.
suite browser-firefox xvfb-run -a -s "-screen 0 1280x800x24" node tests/web/firefox_test.mjs build/web/site

echo "== browser session, monkey and security test (Chromium) =="
suite browser-session node tests/web/session_test.mjs build/web/site
suite browser-workbook node tests/web/workbook_import_test.mjs build/web/site
suite browser-foreign-import node tests/web/foreign_import_test.mjs build/web/site
suite browser-import-crossing node tests/web/import_crossing_test.mjs build/web/site

echo "== sanitizers (ASan + UBSan over the unit tests) =="
t3=$(date +%s)
suite sanitize bash scripts/sanitize.sh
echo "sanitizer suite: $(( $(date +%s) - t3 )) s"

echo "== fuzzing (${SSE_CI_FUZZ_SECONDS:-15} s per target) =="
t4=$(date +%s)
suite fuzz env SSE_FUZZ_BUILD_JOBS=2 bash scripts/fuzz.sh --seconds "${SSE_CI_FUZZ_SECONDS:-15}"
echo "fuzz suite: $(( $(date +%s) - t4 )) s"

echo "== benchmarks, quick mode (checks that the benchmark programs still build and run; asserts no timing) =="
suite bench bash bench/run.sh --quick

if [ ${#failed_suites[@]} -gt 0 ]; then
  for name in "${failed_suites[@]}"; do
    echo "== why $name failed (build/test-logs/$name.log: its failure lines, then its last lines) =="
    grep -v '^\[pid=' "build/test-logs/$name.log" | grep -E 'FAIL|Error|error:|Failed|findings?|Timeout' | head -15
    grep -v '^\[pid=' "build/test-logs/$name.log" | tail -8
  done
  echo "FAILED suites: ${failed_suites[*]}"
  exit 1
fi
echo "all suites passed"
