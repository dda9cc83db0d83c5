# common.sh: what the desktop tests share (sourced, not run): the binary from $1, the PASS/FAIL tally and the
# summary line, and `in_window`, which runs a command in a real window under Xvfb (Mesa llvmpipe) within 120 s.
bin=${1:-build/native/src/platform/sse-explorer}
pass=0; fail=0
ok()  { echo "[ PASS ] $1"; pass=$((pass + 1)); }
bad() { echo "[ FAIL ] $1"; fail=$((fail + 1)); }
in_window() { timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }
# summary NAME: prints the tally; its status is the test's (0 when nothing failed).
summary() { echo "$1: $pass passed, $fail failed"; [ $fail -eq 0 ]; }
