#!/usr/bin/env bash
# run.sh [--quick] [--out FILE]: build what the benchmarks need, then run them all (bench/run.mjs) and write
# the table: docs/benchmarks.md in full mode, build/bench/results-quick.md with --quick.
#   native benchmark programs: build/bench-native (Release, g++ -O3)
#   WebAssembly benchmark programs: build/bench-wasm (MinSizeRel, the web app's flags), run by node
#   the web app: build/web/site (scripts/build_web.sh), for start-up and download
# --quick (small graphs, few iterations) takes about a minute once everything is built; CI runs it to keep the
# benchmarks working and asserts no timing.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten needs its node modules (acorn) from here

bash scripts/deps.sh --test >/dev/null
# The reference layouts (pinned devDependencies) when node_modules predates them.
if [ ! -d node_modules/graphology-layout-forceatlas2 ] || [ ! -d node_modules/d3-force ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

t0=$(date +%s)
targets=(sse_layout_bench sse_load_bench sse_frame_bench)
if [ ! -f build/bench-native/build.ninja ]; then
  cmake -S . -B build/bench-native -G Ninja -DCMAKE_BUILD_TYPE=Release -DSSE_BUILD_TESTS=OFF -DSSE_BUILD_BENCH=ON >/dev/null
fi
cmake --build build/bench-native --target "${targets[@]}" sse_import_bench sse_edit_bench -j2 | grep -v '^\[' || true
if [ ! -f build/bench-wasm/build.ninja ]; then
  emcmake cmake -S . -B build/bench-wasm -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel -DSSE_BUILD_TESTS=OFF \
    -DSSE_BUILD_BENCH=ON >/dev/null
fi
cmake --build build/bench-wasm --target "${targets[@]}" -j2 | grep -v '^\[' || true
bash scripts/build_web.sh >/dev/null
echo "bench: builds ready in $(( $(date +%s) - t0 )) s"

node bench/run.mjs "$@"
