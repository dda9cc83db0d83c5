#!/usr/bin/env bash
# subset_icons.sh SRC.ttf OUT.ttf ICONS_H: the toolbar's icon font, Font Awesome 4.7 (Debian's fonts-font-awesome)
# cut down to the glyphs src/ui/icons.h names (its "U+F..." comments), a few KB instead of 165. Fails if the header
# names a code point the font lacks, so a mistyped icon is a build error, not an empty box on screen.
set -euo pipefail
src=$1; out=$2; header=$3
codes=$(grep -o '// U+F[0-9A-F]\{3\}' "$header" | sed 's|// ||' | sort -u | paste -sd, -)
[ -n "$codes" ] || { echo "subset_icons.sh: no U+F... code points found in $header" >&2; exit 1; }
# Debian's fonttools (python3-fonttools) lives in the system python, whatever python3 is first on PATH.
/usr/bin/python3 - "$src" "$codes" <<'PY'
import sys
from fontTools.ttLib import TTFont
cmap = TTFont(sys.argv[1]).getBestCmap()
missing = [c for c in sys.argv[2].split(',') if int(c[2:], 16) not in cmap]
if missing:
    sys.exit(f"subset_icons.sh: {sys.argv[1]} has no glyph for {', '.join(missing)} (named in src/ui/icons.h)")
PY
/usr/bin/python3 -m fontTools.subset "$src" --output-file="$out" --unicodes="$codes" \
  --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,MATH,FFTM --no-hinting --desubroutinize --name-IDs='*'
# A modified version under the SIL Open Font License: renamed, so that it is never taken for the original.
/usr/bin/python3 - "$out" <<'PY'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
for rec in f['name'].names:
    if rec.nameID in (1, 3, 4, 6, 16, 18):
        rec.string = {1: 'SSE Icons Subset', 16: 'SSE Icons Subset', 18: 'SSE Icons Subset', 3: 'SSE Icons Subset Regular',
                      4: 'SSE Icons Subset', 6: 'SSEIconsSubset-Regular'}[rec.nameID]
f.save(sys.argv[1])
PY
