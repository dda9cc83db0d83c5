#!/usr/bin/env bash
# subset_hangul.sh SRC.ttf OUT.ttf [TEXT_FILES...]: the Korean font, loaded only when needed (Korean chosen, or data
# with Hangul). Kept: the 2,350 Hangul syllables of KS X 1001 (the Korean national character set: every syllable in
# common use), the Hangul compatibility jamo, CJK punctuation, plus every Hangul or CJK character of the given files
# (the translations and the bundled data), so that a rarer syllable in a translation still renders.
# Latin text stays with the UI font (DejaVu): this font is merged after it and only fills what it lacks.
set -euo pipefail
src=$1; out=$2; shift 2
text=$(mktemp); trap 'rm -f "$text"' EXIT
# KS X 1001's syllables are exactly the precomposed syllables that EUC-KR can encode.
/usr/bin/python3 - "$text" "$@" <<'PY'
import sys
out, files = sys.argv[1], sys.argv[2:]
chars = set()
for cp in range(0xAC00, 0xD7A4):
    # (Python's codec also writes the others, as 8-byte composition sequences: only 2-byte codes are KS X 1001.)
    if len(chr(cp).encode('euc_kr')) == 2:
        chars.add(chr(cp))
assert len(chars) == 2350, len(chars)
def wanted(c):
    o = ord(c)
    return 0x1100 <= o <= 0x11FF or 0x3000 <= o <= 0x303F or 0x3130 <= o <= 0x318F or 0xAC00 <= o <= 0xD7A3 \
        or 0x4E00 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF
for f in files:
    with open(f, encoding='utf-8') as fh:
        chars.update(c for c in fh.read() if wanted(c))
with open(out, 'w', encoding='utf-8') as fh:
    fh.write(''.join(sorted(chars)))
PY
# Debian's fonttools (python3-fonttools) lives in the system python, whatever python3 is first on PATH.
/usr/bin/python3 -m fontTools.subset "$src" --output-file="$out" \
  --unicodes="U+3000-303F,U+3131-318E" --text-file="$text" \
  --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,MATH --no-hinting --desubroutinize 
# The SIL Open Font License reserves the name "Nanum Barun Gothic" for the original: the subset is renamed.
/usr/bin/python3 - "$out" <<'PY'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
for rec in f['name'].names:
    if rec.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
        rec.string = {1: 'SSE Hangul Subset', 16: 'SSE Hangul Subset', 21: 'SSE Hangul Subset', 3: 'SSE Hangul Subset Regular',
                      4: 'SSE Hangul Subset', 6: 'SSEHangulSubset-Regular', 18: 'SSE Hangul Subset'}.get(rec.nameID, 'Regular')
f.save(sys.argv[1])
PY
