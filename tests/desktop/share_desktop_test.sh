#!/usr/bin/env bash
# share_desktop_test.sh BINARY: the Share panel on the desktop (under Xvfb). With --share-base the QR code in the
# screenshot reads back (jsqr) as that address + '#' + the view, the same link state().share.url gives; without it
# there is no link (a --view hash is no address a phone can open); a --share-base that is no http(s) address is refused.
set -u
. "$(dirname "$0")/common.sh"
out=tests/desktop/artifacts
mkdir -p "$out"

rm -f "$out/share.png" "$out/share-state.json"
in_window "$bin" --frames 20 --share-base "https://example.org/sse/explorer/" \
  --command "layout geographic" --command "select accio" --command "share on" \
  --screenshot "$out/share.png" --state "$out/share-state.json" > "$out/share.log" 2>&1
rc=$?
[ $rc -eq 0 ] && ok "desktop app with --share-base and share on exits cleanly" || { bad "exit code $rc"; cat "$out/share.log"; }
if node --input-type=module -e '
  import fs from "node:fs";
  import jsQR from "jsqr";
  import { decodePng } from "./tests/web/png.mjs";
  const s = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const img = decodePng(fs.readFileSync(process.argv[2]));
  const rgba = new Uint8ClampedArray(img.width * img.height * 4);
  for (let i = 0, j = 0; j < rgba.length; i += img.channels, j += 4) {
    rgba[j] = img.pixels[i]; rgba[j + 1] = img.pixels[i + 1]; rgba[j + 2] = img.pixels[i + 2]; rgba[j + 3] = 255;
  }
  const code = jsQR(rgba, img.width, img.height);
  const want = s.share && s.share.url;
  if (!want || !want.startsWith("https://example.org/sse/explorer/#") || !/select=accio/.test(want) || !code || code.data !== want) {
    console.error(`state ${JSON.stringify(s.share)}, decoded ${code ? code.data : null}`); process.exit(1);
  }
  console.log(`         decoded ${code.data}`);
' "$out/share-state.json" "$out/share.png"; then ok "the QR code on the desktop reads back as --share-base + the view"; else bad "desktop QR code"; fi

in_window "$bin" --frames 5 --command "share on" \
  --state "$out/share-state-nobase.json" > "$out/share.log" 2>&1
if node -e 'const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  process.exit(s.share && s.share.open === true && s.share.url === null ? 0 : 1)' "$out/share-state-nobase.json"; then
  ok "without --share-base the panel opens with no link"; else bad "without --share-base: $(cat "$out/share-state-nobase.json" | head -c 300)"; fi

msg=$("$bin" --share-base "javascript:alert(1)" --frames 1 2>&1); rc=$?
[ $rc -ne 0 ] && [[ "$msg" == *"not an http(s) address"* ]] && ok "--share-base refuses a non-web address" || bad "--share-base javascript: rc=$rc: $msg"

summary "desktop share"
