#!/usr/bin/env bash
# language_desktop_test.sh BINARY: the desktop app takes its language from the locale (LANG), reads the translation
# from assets/i18n next to the executable, and draws in it under Xvfb; the state says so. The screenshot
# (tests/desktop/artifacts/desktop-es.png) is for a person to look at.
set -u
. "$(dirname "$0")/common.sh"
out=tests/desktop/artifacts
mkdir -p "$out"

rm -f "$out/desktop-es.png" "$out/state-es.json"
in_window env -u LC_ALL -u LC_MESSAGES LANG=es_MX.UTF-8 "$bin" --frames 60 \
  --screenshot "$out/desktop-es.png" --state "$out/state-es.json" --command "select accio" --command "panel table on" \
  > "$out/run-es.log" 2>&1
rc=$?
[ $rc -eq 0 ] && ok "LANG=es_MX: the app runs 60 frames and exits cleanly" || { bad "exit code $rc"; cat "$out/run-es.log"; }
if [ -s "$out/state-es.json" ] && node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (s.language !== "es" || !Array.isArray(s.languages) || s.languages.length !== 6) { console.error(JSON.stringify(s.language), JSON.stringify(s.languages)); process.exit(1); }
' "$out/state-es.json"; then ok "the state says Spanish"; else bad "the state does not say Spanish"; fi
colours=$(convert "$out/desktop-es.png" -format '%k' info: 2>/dev/null || echo 0)
[ "${colours:-0}" -gt 50 ] && ok "the Spanish screenshot is not blank ($colours colours)" || bad "Spanish screenshot blank or missing"

# --command "language fr" after an English start switches; an unknown code is refused with its code.
in_window env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$bin" --frames 5 \
  --state "$out/state-fr.json" --command "language fr" --command "language xx" > "$out/run-fr.log" 2>&1
if node -e 'const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.exit(s.language === "fr" ? 0 : 1)' "$out/state-fr.json" \
   && grep -q "unknown-language" "$out/run-fr.log"; then ok "language fr switches; language xx is refused"; else bad "language command on the desktop"; cat "$out/run-fr.log"; fi

summary "language desktop test"
