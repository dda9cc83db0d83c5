#!/usr/bin/env bash
# edit_desktop_test.sh BINARY: editing on the desktop (issue 16) in a real window under Xvfb: edits through
# --command, Save (atomic) and a clean exit, the saved file passing --check; and a crash (kill -9) during editing
# that loses at most the autosave interval (SSE_AUTOSAVE_SECONDS shortens the minute to 2 s for the test); the next
# start restores that copy, and Discard removes it.
set -u
. "$(dirname "$0")/common.sh"
out=tests/desktop/artifacts/edit
rm -rf "$out"; mkdir -p "$out"
out=$(cd "$out" && pwd)
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data"

# 1. Edit, save, exit cleanly; the saved file is valid and holds the edits; the state says saved.
in_window "$bin" --frames 30 --state "$out/state.json" \
  --screenshot "$out/edited.png" \
  --command "edit on" --command "create-actor 40 80" --command 'set actor new-actor name "Workshop coop"' \
  --command "link new-actor accio funding" --command "select accio" --command "delete-selection" \
  --command "save $out/saved.json" --command "select new-actor" > "$out/run.log" 2>&1
rc=$?
[ $rc -eq 0 ] && ok "edits through --command, Save, a clean exit" || { bad "exit code $rc"; cat "$out/run.log"; }
if "$bin" --check "$out/saved.json" > "$out/check.txt" 2>&1; then ok "the saved file passes --check ($(tail -1 "$out/check.txt"))"; else bad "--check on the saved file: $(cat "$out/check.txt")"; fi
if node -e '
  const fs = require("fs");
  const d = JSON.parse(fs.readFileSync(process.argv[1], "utf8")), s = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const coop = d.actors.find((a) => a.id === "new-actor");
  const problems = [];
  if (!coop || coop.name !== "Workshop coop") problems.push("the new actor is missing or unnamed");
  if (d.actors.some((a) => a.id === "accio")) problems.push("the deleted actor is still there");
  if (d.links.some((l) => l.from === "accio" || l.to === "accio")) problems.push("links of the deleted actor remain");
  if (!(s.editing === true && s.document.dirty === false && typeof s.document.savedAt === "string")) problems.push("state: " + JSON.stringify(s.document));
  if (problems.length) { console.error(problems.join("; ")); process.exit(1); }
' "$out/saved.json" "$out/state.json"; then ok "the saved file holds the edits; state: editing, not dirty, savedAt"; else bad "saved content or state wrong"; fi

# 2. A crash while editing: the autosave copy (every SSE_AUTOSAVE_SECONDS of editing) survives kill -9.
SSE_AUTOSAVE_SECONDS=2 xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --command "create-actor 10 10" \
  --command 'set actor new-actor name "Unsaved coop"' > "$out/crash.log" 2>&1 &
runner=$!
copy="$out/data/sse-explorer/autosave.json"
for _ in $(seq 1 60); do [ -s "$copy" ] && break; sleep 0.5; done
# The app runs under xvfb-run (a child of it, or of its shell): kill the app itself, by its pid, with SIGKILL.
app_pid() {
  local p c
  for p in $(pgrep -P "$runner"); do
    for c in "$p" $(pgrep -P "$p"); do
      [ "$(readlink -f /proc/$c/exe 2>/dev/null)" = "$(readlink -f "$bin")" ] && { echo "$c"; return; }
    done
  done
}
app=$(app_pid)
[ -n "$app" ] && kill -9 "$app"
wait "$runner" 2>/dev/null
if [ -s "$copy" ] && "$bin" --check "$copy" > /dev/null 2>&1 && grep -q '"Unsaved coop"' "$copy"; then
  ok "after kill -9 the autosave copy holds the unsaved edit and passes --check"
else
  bad "no valid autosave copy after kill -9 ($(ls -la "$out/data/sse-explorer" 2>&1))"; cat "$out/crash.log"
fi

# 3. The next start (no file named) offers the copy: the map is back, with the notice and Keep / Discard.
in_window "$bin" --frames 20 --state "$out/restored.json" \
  --screenshot "$out/restored.png" > "$out/restored.log" 2>&1
if node -e '
const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const ok = s.document.restored === true && s.document.dirty === true && s.actors === 89 &&
  s.notices.some((n) => /^Restored your unsaved map from \d\d:\d\d/.test(n));
if (!ok) { console.error(JSON.stringify({ d: s.document, a: s.actors, n: s.notices })); process.exit(1); }
' "$out/restored.json"; then ok "the next start restores the unsaved map (89 actors) and says so"; else bad "no restore on the next start"; cat "$out/restored.log"; fi

# 4. Discard: the bundled map again, and the copy is gone (the start after that offers nothing).
in_window "$bin" --frames 10 --command "restore discard" \
  --state "$out/discarded.json" > "$out/discarded.log" 2>&1
if [ ! -e "$copy" ] && node -e '
const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
if (!(s.actors === 88 && s.document.restored === false)) { console.error(JSON.stringify(s.document)); process.exit(1); }
' "$out/discarded.json"; then ok "Discard gives the bundled map back and removes the copy"; else bad "discard: copy $(ls "$copy" 2>&1)"; cat "$out/discarded.log"; fi

summary "edit desktop test"
