#!/usr/bin/env bash
# desktop_test.sh BINARY: runs the desktop build in a real window under Xvfb (Mesa llvmpipe), renders frames,
# writes a screenshot and the state, and checks them. Also checks --check on good and bad data files.
set -u
. "$(dirname "$0")/common.sh"
out=tests/desktop/artifacts
mkdir -p "$out"

# 1. A real window: 60 frames, a screenshot, the state, a clean exit.
rm -f "$out/desktop.png" "$out/state.json"
in_window "$bin" --frames 60 --screenshot "$out/desktop.png" \
  --state "$out/state.json" --command "select accio" > "$out/run.log" 2>&1
rc=$?
[ $rc -eq 0 ] && ok "desktop app renders 60 frames and exits cleanly" || { bad "desktop app exit code $rc"; cat "$out/run.log"; }

if [ -s "$out/desktop.png" ]; then
  colours=$(convert "$out/desktop.png" -format '%k' info: 2>/dev/null || echo 0)
  [ "${colours:-0}" -gt 50 ] && ok "screenshot is not blank ($colours colours)" || bad "screenshot looks blank ($colours colours)"
else
  bad "no screenshot written"
fi

if [ -s "$out/state.json" ] && node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (!(s.frame >= 60 && s.actors > 0 && s.links > 0 && s.selected === "accio")) { console.error(JSON.stringify(s)); process.exit(1); }
' "$out/state.json"; then ok "state file reports frames, data and the selection"; else bad "state file wrong or missing"; fi

# 2. --check: the bundled data is clean, a broken file is rejected with compiler-style messages.
if "$bin" --check data/silk.json > "$out/check-good.txt" 2>&1; then ok "--check accepts the bundled data"; else bad "--check rejects the bundled data"; cat "$out/check-good.txt"; fi
printf '{"format": "sse-explorer/1", "actors": [ }' > "$out/broken.json"
"$bin" --check "$out/broken.json" > "$out/check-bad.txt" 2>&1
rc=$?
if [ $rc -ne 0 ] && grep -q "broken.json:1:[0-9]*: error:" "$out/check-bad.txt"; then ok "--check reports a broken file as file:line:col: error"; else bad "--check on a broken file (rc $rc): $(cat "$out/check-bad.txt")"; fi

# 3. --convert: the bundled data written back is the same file, byte for byte, and so is a second pass; a broken
# input writes nothing; edits made with --command show in --state.
rm -f "$out/converted.json" "$out/converted2.json"
if "$bin" --convert data/silk.json "$out/converted.json" > "$out/convert.txt" 2>&1 && cmp -s data/silk.json "$out/converted.json" \
   && "$bin" --convert "$out/converted.json" "$out/converted2.json" >> "$out/convert.txt" 2>&1 && cmp -s "$out/converted.json" "$out/converted2.json"; then
  ok "--convert round-trips data/silk.json byte for byte (twice)"
else bad "--convert round trip: $(cat "$out/convert.txt")"; fi
rm -f "$out/not-written.json"
"$bin" --convert "$out/broken.json" "$out/not-written.json" > "$out/convert-bad.txt" 2>&1
rc=$?
if [ $rc -eq 1 ] && [ ! -e "$out/not-written.json" ] && grep -q "was not written" "$out/convert-bad.txt"; then ok "--convert refuses a broken file and writes nothing"; else bad "--convert on a broken file (rc $rc): $(cat "$out/convert-bad.txt")"; fi
"$bin" --help | grep -q -- "--convert IN OUT" && ok "--help lists --convert" || bad "--help does not list --convert"

summary "desktop"
