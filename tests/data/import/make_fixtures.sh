#!/usr/bin/env bash
# make_fixtures.sh: writes the import fixtures with LibreOffice Calc (Debian's libreoffice-calc-nogui), from the
# UTF-8 tables in source/, so that the files are what a real spreadsheet program writes. Run from anywhere:
#   bash tests/data/import/make_fixtures.sh
# LibreOffice 7.4.7 (Debian 12) made the committed files. What each command writes:
#   actors-semicolon-1252.csv  ';'-separated, Windows-1252 ("ANSI"), as Excel/LibreOffice save CSV in European locales
#   links-utf16.txt            tab-separated UTF-16 with a byte order mark (Excel's "Unicode text"; LibreOffice's charset 65535)
#   quoted-line-breaks.csv     ',' UTF-8, cells with line breaks, commas and quotes (RFC 4180 quoting)
#   kumu-elements.csv, kumu-connections.csv   Kumu's column names (Label, Type, Description, Tags; From, To, Type)
#   psm-factors.csv, psm-links.csv            the Participatory System Mapper's (Label, Note; From, To)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
profile=$(mktemp -d)   # a profile of our own: never touches another LibreOffice running on the machine
work=$(mktemp -d)
trap 'rm -rf "$profile" "$work"' EXIT
calc() {  # calc IN_FILE OUT_NAME FILTER_OPTIONS
  local in=$1 out=$2 options=$3 base
  base=$(basename "$out" | sed 's/\.[^.]*$//')
  cp "$here/source/$in" "$work/$base.csv"
  mkdir -p "$work/out"
  soffice -env:UserInstallation="file://$profile" --headless --infilter="CSV:44,34,76,1" \
    --convert-to "csv:Text - txt - csv (StarCalc):$options" --outdir "$work/out" "$work/$base.csv" >/dev/null 2>&1
  mv "$work/out/$base.csv" "$here/$out"
}
calc actors.csv actors-semicolon-1252.csv 59,34,ANSI,1
calc links.csv links-utf16.txt 9,34,65535,1
calc quoted.csv quoted-line-breaks.csv 44,34,76,1
calc kumu-elements.csv kumu-elements.csv 44,34,76,1
calc kumu-connections.csv kumu-connections.csv 44,34,76,1
calc psm-factors.csv psm-factors.csv 44,34,76,1
calc psm-links.csv psm-links.csv 44,34,76,1
echo "fixtures written in $here"
