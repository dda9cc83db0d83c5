#!/usr/bin/env bash
# hostile_desktop_test.sh BINARY: the desktop app given files it cannot use (issue 7, "On the desktop").
# Each run opens a real window under Xvfb, draws a few frames and must exit cleanly, with the problem
# named on stderr and in the state's diagnostics: a folder, an unreadable file (/proc/self/mem fails
# to read even for root), a named pipe nobody writes to (must not wait forever), a file that is cut
# short while it is read (a pipe whose writer stops halfway), a missing file, and a settings file cut
# short (it used to throw std::out_of_range at every start).
set -u
. "$(dirname "$0")/common.sh"
out=tests/desktop/artifacts/hostile
rm -rf "$out"
mkdir -p "$out"

# run NAME EXPECTED-MESSAGE ARGS...: the app runs 3 frames and exits 0; stderr names the problem; the
# state reports one error and no actors (nothing was loaded).
run() {
  local name=$1 expected=$2; shift 2
  timeout 60 xvfb-run -a -s "-screen 0 800x600x24" "$bin" --frames 3 --state "$out/$name.json" "$@" \
    > "$out/$name.log" 2>&1
  local rc=$?
  if [ $rc -ne 0 ]; then bad "$name: exit code $rc: $(tail -2 "$out/$name.log")"; return; fi
  if ! grep -q -- "$expected" "$out/$name.log"; then bad "$name: no '$expected' in: $(cat "$out/$name.log")"; return; fi
  if ! node -e '
    const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (!(s.diagnostics && s.diagnostics.errors === 1 && s.actors === 0)) { console.error(JSON.stringify(s.diagnostics), s.actors); process.exit(1); }
  ' "$out/$name.json"; then bad "$name: state does not report the error"; return; fi
  ok "$name: '$expected', the app keeps running"
}

run folder "this is a folder, not a data file" --data data
run unreadable "cannot read the file: Input/output error" --data /proc/self/mem
run missing "file not found" --data "$out/no-such-file.json"

mkfifo "$out/nobody.json"
run pipe-without-writer "file is empty" --data "$out/nobody.json"

# A pipe whose writer sends half the file, then goes away after the app has started reading.
# The app is started only once the half is in the pipe, and the writer stays 8 s (the app blocks reading till
# it goes): on a busy machine the writer could otherwise start
# after the app has already opened the pipe and found nobody writing (read, correctly, as an empty file).
mkfifo "$out/cut.json"
rm -f "$out/cut.ready"
( exec 3<>"$out/cut.json"; head -c 1000 data/silk.json >&3; touch "$out/cut.ready"; sleep 8; exec 3>&- ) &
writer=$!
for _ in $(seq 100); do [ -f "$out/cut.ready" ] && break; sleep 0.1; done
run cut-short "before the end of the file" --data "$out/cut.json"
wait $writer 2>/dev/null

# A settings file cut short after a key's colon: the app starts with default settings.
mkdir -p "$out/config/sse-explorer"
printf '{"welcome_dismissed":' > "$out/config/sse-explorer/settings.json"
XDG_CONFIG_HOME=$PWD/$out/config timeout 60 xvfb-run -a -s "-screen 0 800x600x24" "$bin" --frames 3 \
  > "$out/settings.log" 2>&1
rc=$?
[ $rc -eq 0 ] && ok "settings file cut short: the app starts" || bad "settings file cut short: exit code $rc: $(tail -2 "$out/settings.log")"

summary "hostile desktop"
