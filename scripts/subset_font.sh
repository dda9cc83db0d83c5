#!/usr/bin/env bash
# subset_font.sh SRC.ttf OUT.ttf [TEXT_FILES...]: keep only the glyphs the UI and the data need.
# Always kept: Basic Latin, Latin-1, Latin Extended-A, general punctuation, arrows and a few symbols used by the UI;
# plus every character of the given files (the data set), so names such as "ACCIÓ" always render.
# No OpenType layout tables (GSUB, GPOS: ligatures, kerning) nor MATH: Dear ImGui uses none of them (a quarter of the file).
set -euo pipefail
src=$1; out=$2; shift 2
text=$(mktemp); trap 'rm -f "$text"' EXIT
for f in "$@"; do cat "$f" >> "$text"; done
# Debian's fonttools (python3-fonttools) lives in the system python, whatever python3 is first on PATH.
/usr/bin/python3 -m fontTools.subset "$src" --output-file="$out" \
  --unicodes="U+0020-007E,U+00A0-017F,U+2000-206F,U+2190-21FF,U+2022,U+2026,U+20AC,U+2212,U+25A0-25FF,U+2713,U+2715" \
  --text-file="$text" --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,MATH --no-hinting --desubroutinize
