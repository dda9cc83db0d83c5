#!/usr/bin/env bash
# drop_desktop_test.sh BINARY: files dropped on the desktop window, as a file manager drops them. Under Xvfb, a small
# X client (xdnd_drop.c) speaks the XDND protocol to the app's SDL window (XdndEnter, XdndPosition, XdndDrop, then the
# text/uri-list selection); SDL turns that into SDL_DROPFILE events and the app opens the files together into the
# import preview. The state written on exit must show the preview with the files' counts.
set -u
. "$(dirname "$0")/common.sh"
out=tests/desktop/artifacts
mkdir -p "$out"

if ! cc -O1 -o "$out/xdnd_drop" tests/desktop/xdnd_drop.c -lX11 2> "$out/xdnd_build.log"; then
  bad "the XDND test client does not build (needs libx11-dev): $(cat "$out/xdnd_build.log")"
  exit 1
fi

# Two CSV tables dropped at once (a Kumu-style export: 3 elements, 2 connections), by absolute path.
files=("$PWD/tests/data/import/kumu-elements.csv" "$PWD/tests/data/import/kumu-connections.csv")
rm -f "$out/drop-state.json" "$out/drop.png"
# The app runs until it is told to quit (SIGTERM: SDL turns it into a quit event, and the state is written on the
# way out); the client waits for its window, drops, and waits for XdndFinished.
timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$1" --state "$2" > "$3/drop-run.log" 2>&1 &
  app=$!
  "$3/xdnd_drop" "${@:4}" 2> "$3/drop-client.log"
  echo "client exit $?" >> "$3/drop-client.log"
  sleep 2   # a few frames: the drop is read when the frame handles its events
  import -window root "$3/drop-preview.png" 2>/dev/null   # what the user sees: the preview of the dropped files
  kill -TERM $app
  wait $app
  echo "app exit $?" >> "$3/drop-client.log"
' _ "$bin" "$out/drop-state.json" "$out" "${files[@]}"

if grep -q "client exit 0" "$out/drop-client.log"; then ok "the app's window took the XDND drop (XdndStatus accepted, data read, XdndFinished)"
else bad "XDND drop: $(cat "$out/drop-client.log")"; fi
if grep -q "app exit 0" "$out/drop-client.log"; then ok "the app quit cleanly after the drop"; else bad "app exit: $(tail -1 "$out/drop-client.log"); $(tail -5 "$out/drop-run.log")"; fi

if [ -s "$out/drop-state.json" ] && node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const p = s.import;
  const want = ["kumu-elements.csv", "kumu-connections.csv"];
  if (!p || !p.ok || p.actors !== 3 || p.links !== 2 || JSON.stringify(p.files) !== JSON.stringify(want)) {
    console.error(JSON.stringify(p)); process.exit(1);
  }
  // Nothing replaced yet: the preview waits for Replace or Merge, the bundled data is still open.
  if (!(s.actors > 3)) { console.error("data changed before the user chose: " + s.actors); process.exit(1); }
' "$out/drop-state.json"; then ok "the dropped files opened together into the preview (3 actors, 2 links), nothing replaced yet"
else bad "state after the drop: $(head -c 600 "$out/drop-state.json" 2>/dev/null)"; fi

summary "drop desktop tests"
