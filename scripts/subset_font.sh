#!/usr/bin/env bash
# subset_font.sh SRC.ttf OUT.ttf [TEXT_FILES...]: keep only the glyphs the UI and the data need.
# Always kept: Basic Latin, Latin-1, Latin Extended-A, general punctuation and the few symbols the UI uses (U+25CF is
# the disc the canvas draws small actors with, draw_primitives.cpp; ← ↑ → ↓ ↔ ↕, which people type in descriptions);
# plus every character of the given files (the data set), so names such as "ACCIÓ" always render. The arrows
# (U+2190-21FF) and geometric shapes (U+25A0-25FF) were kept whole until the toolbar's icons came from their own font:
# nothing in the UI, its translations or the data uses the rest (a scan, issue 19), and they were 8 KB of the first
# download (gzip).
# No OpenType layout tables (GSUB, GPOS: ligatures, kerning) nor MATH: Dear ImGui uses none of them (a quarter of the file).
set -euo pipefail
src=$1; out=$2; shift 2
text=$(mktemp); trap 'rm -f "$text"' EXIT
for f in "$@"; do cat "$f" >> "$text"; done
# Debian's fonttools (python3-fonttools) lives in the system python, whatever python3 is first on PATH.
/usr/bin/python3 -m fontTools.subset "$src" --output-file="$out" \
  --unicodes="U+0020-007E,U+00A0-017F,U+2000-206F,U+2022,U+2026,U+20AC,U+2190-2195,U+2212,U+25CF,U+2713,U+2715" \
  --text-file="$text" --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,MATH --no-hinting --desubroutinize
