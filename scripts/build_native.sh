#!/usr/bin/env bash
# build_native.sh [BUILD_TYPE]: build the desktop app and the unit tests into build/native.
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-Release}
if [ ! -f build/native/build.ninja ]; then
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
fi
cmake --build build/native
