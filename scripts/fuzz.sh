#!/usr/bin/env bash
# fuzz.sh: build the libFuzzer targets (fuzz/) with AddressSanitizer and UndefinedBehaviorSanitizer,
# seed their corpora and run each one; prints executions, exec/s and findings per target.
#
#   scripts/fuzz.sh                      # every target for 60 s
#   scripts/fuzz.sh --seconds 20         # CI: a short, fixed time per target
#   scripts/fuzz.sh --runs 10000000      # a fixed number of executions per target
#   scripts/fuzz.sh --runs 10000000 fuzz_command   # one target
#   scripts/fuzz.sh --max-len 262144 fuzz_dataset_loader   # whole data files (slower)
#   scripts/fuzz.sh --build-only
#
# Installs what it needs on Debian 12 (clang 14, and libclang-rt-14-dev, which holds libFuzzer's
# runtime libclang_rt.fuzzer), idempotently. One process (no -jobs/-fork: shared machines), one target
# at a time. The build goes to build/fuzz, corpora to build/fuzz/corpus/<target> (kept between runs,
# so later runs start where earlier ones stopped), crashes to build/fuzz/findings/<target>/.
# Exit status: 0 when no target found anything, 1 otherwise.
#
# A crash input reproduces with: build/fuzz/fuzz/<target> <file>; then add it to tests/data/ and a
# regression test (tests/core/hostile_input_test.cpp replays every tests/data/fuzz_regressions/* file).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

seconds=60
runs=""
max_len_opt=""
build_only=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --max-len) max_len_opt=$2; shift 2 ;;
    --build-only) build_only=1; shift ;;
    fuzz_*) targets+=("$1"); shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_dataset_loader fuzz_view_hash fuzz_command fuzz_csv_import fuzz_workbook fuzz_graph_xml)

# ---- 1. packages --------------------------------------------------------------------------
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
pkgs=(clang libclang-rt-14-dev llvm cmake ninja-build nlohmann-json3-dev pkg-config zlib1g-dev libminizip-dev libexpat1-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[fuzz] installing Debian packages: ${missing[*]}" >&2
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" >/dev/null || exit 1
fi

# ---- 2. build -----------------------------------------------------------------------------
BUILD=$ROOT/build/fuzz
# CMake preset "fuzz": clang, Debug (assertions on) with -O2 (fuzz/CMakeLists.txt), SSE_BUILD_FUZZ=ON, app and tests off.
[ -f "$BUILD/build.ninja" ] || cmake --preset fuzz >/dev/null || exit 1
cmake --build "$BUILD" -j "${SSE_FUZZ_BUILD_JOBS:-1}" --target "${targets[@]}" || exit 1
[ $build_only = 1 ] && exit 0

# ---- 3. seed corpora ----------------------------------------------------------------------
# Seeds are copied in only when a corpus is new; a corpus then grows with every run.
seed() {  # seed <target> <name> <content>
  printf '%s' "$3" > "$BUILD/corpus/$1/seed_$2"
}
for t in "${targets[@]}"; do
  dir=$BUILD/corpus/$t
  [ -d "$dir" ] && continue
  mkdir -p "$dir"
  case $t in
    fuzz_dataset_loader)
      cp data/*.json "$dir/"
      for f in tests/data/*; do [ -f "$f" ] && cp "$f" "$dir/$(basename "$f")"; done
      ;;
    fuzz_view_hash)
      seed "$t" fresh "camera=0,0,1"
      seed "$t" full "#filter.kind=network,practitioner&filter.level=regional&filter.territory=es&filter.link-kind=vertical&filter.relation=funding&filter.value=social&filter.case=catalonia&filter.recommendation=r1&filter.confidence=verified&filter.years=2010-2020&showcase=on&hide-isolated=on&size=betweenness&layout=force&select=accio&focus=2&case=catalonia&recommendation=r1&tour=tiny-tour&step=2&camera=1.5,-2,0.75"
      seed "$t" ego "layout=ego%2Caccio&select=accio&focus=0&camera=-10,20,3"
      seed "$t" tour "tour=tiny-tour&step=2&camera=0,0,1"
      seed "$t" escapes "filter.kind=%6Eetwork&select=acci%C3%B3&size=closeness&layout=geographic&x=%zz&&=&camera=1e308,nan,0"
      ;;
    fuzz_command)
      seed "$t" select $'select accio\nlayout ego\nfocus 3\nfit'
      seed "$t" filters $'filter kind network,practitioner\nfilter level regional\nfilter years 2010-2020\nshowcase on\nhide-isolated on\nfilter clear'
      seed "$t" camera $'camera 1 2 0.5\nzoom 2\npan 10 -20\nlocate accio\npick 640 400'
      seed "$t" layouts $'layout force\nlayout geographic\nlayout levels\nlayout ego accio\nsize betweenness'
      seed "$t" cases $'case catalonia\nrecommendation r1\npanel table on\nsearch acc\nclear\nhelp'
      seed "$t" tour $'tour tiny-tour\nnext\nnext\nprev\nlast\nstep 2\nfirst\nautoplay 5\ntour none'
      seed "$t" ui $'theme dark\nscale 150\npresent on\npointer on\nreduced-motion off\nhelp on'
      ;;
    fuzz_csv_import)
      # The first byte picks the file name (0: actors.csv, 1: links.csv, 2: data.tsv, ...); '\f' splits two files.
      for f in tests/data/import/*.csv tests/data/import/*.txt; do
        { printf '\000'; cat "$f"; } > "$dir/seed_$(basename "$f")"
      done
      { printf '\000'; cat tests/data/import/source/actors.csv; printf '\f'; cat tests/data/import/source/links.csv; } > "$dir/seed_two_files"
      ;;
    fuzz_workbook)
      # The first byte says what follows (fuzz/fuzz_workbook.cpp): 0 a whole file, 1-3 an XLSX part, 4 ODS content.
      python3 - "$dir" <<'PY'
import glob, os, sys, zipfile
out = sys.argv[1]
for path in sorted(glob.glob("tests/data/import/*.xlsx") + glob.glob("tests/data/import/*.ods")):
    name = os.path.basename(path)
    data = open(path, "rb").read()
    open(os.path.join(out, "seed_file_" + name), "wb").write(b"\0" + data)
    with zipfile.ZipFile(path) as z:
        for prefix, part in ((b"\1", "xl/worksheets/sheet1.xml"), (b"\2", "xl/sharedStrings.xml"),
                             (b"\3", "xl/styles.xml"), (b"\4", "content.xml")):
            if part in z.namelist():
                open(os.path.join(out, "seed_%d_%s" % (prefix[0], name)), "wb").write(prefix + z.read(part))
PY
      ;;
    fuzz_graph_xml)
      # The first byte picks the reader: even GEXF, odd GraphML.
      for f in tests/data/import/*.gexf; do { printf '\0'; cat "$f"; } > "$dir/seed_$(basename "$f")"; done
      for f in tests/data/import/*.graphml; do { printf '\1'; cat "$f"; } > "$dir/seed_$(basename "$f")"; done
      ;;
  esac
  # Inputs that once crashed this target (tests/data/fuzz_regressions/<kind>-*).
  kind=${t#fuzz_}; kind=${kind%_loader}
  for f in tests/data/fuzz_regressions/"$kind"-*; do [ -f "$f" ] && cp "$f" "$dir/regression_$(basename "$f")"; done
done

# ---- 4. run -------------------------------------------------------------------------------
# malloc_context_size=0 and max_malloc_fill_size=0 about double the speed (no stack recorded per
# allocation): a report then lacks the allocation stack; rerun the crash input for it (see the top).
# A 16 MB quarantine (default 256) still catches a use after free within an input (an input allocates far
# less), with a third of the memory and less paging.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1:malloc_context_size=0:max_malloc_fill_size=0:quarantine_size_mb=16}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
command -v llvm-symbolizer >/dev/null && export ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer)
status=0
summary=()
for t in "${targets[@]}"; do
  findings=$BUILD/findings/$t
  mkdir -p "$findings"
  log=$BUILD/$t.log
  # -max_len: 16 KiB for data files: the fixtures (3 KB) fit whole; data/silk.json (190 KB) is cut to
  # its first 16 KiB (dataset, territories, first actors), since whole-file inputs run 20 times slower;
  # the unit tests load it whole. --max-len overrides. Hashes are capped at 4 KiB by the app itself.
  # -timeout: an input taking over 10 s is a hang. -rss_limit_mb: a memory blow-up.
  case $t in
    fuzz_dataset_loader) max_len=${max_len_opt:-16384} ;;
    fuzz_workbook) max_len=${max_len_opt:-32768} ;;  # the LibreOffice fixtures (6-15 KB) fit whole
    *) max_len=${max_len_opt:-8192} ;;
  esac
  limit=(-max_total_time="$seconds")
  [ -n "$runs" ] && limit=(-runs="$runs")
  dict=()
  [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
  echo "== $t (${limit[*]}) =="
  start=$(date +%s)
  "$BUILD/fuzz/$t" "$BUILD/corpus/$t" "${limit[@]}" "${dict[@]}" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  elapsed=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | awk '{print $2}')
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | awk '{print $2}')
  cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+')
  crashes=$(find "$findings" -type f -newermt "@$start" | wc -l)
  corpus=$(find "$BUILD/corpus/$t" -type f | wc -l)
  if [ $rc -eq 72 ] && [ "$crashes" -eq 0 ]; then
    echo "interrupted (SIGINT or SIGTERM): no finding; the corpus is kept, a new run continues from it"
    status=1
  elif [ $rc -ne 0 ] || [ "$crashes" -gt 0 ]; then
    status=1
    echo "FOUND something (exit $rc): see $log and $findings/"
    grep -E 'ERROR: |runtime error|fuzz invariant broken|SUMMARY' "$log" | head -5
  fi
  line=$(printf '%-22s executions %-10s exec/s %-7s %s  corpus %-5s  %4ss  findings %s' \
    "$t" "${execs:-?}" "${speed:-?}" "${cov:-cov: ?}" "$corpus" "$elapsed" "$crashes")
  echo "$line"
  summary+=("$line")
done
echo "== summary =="
printf '%s\n' "${summary[@]}"
exit $status
