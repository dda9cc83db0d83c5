#!/usr/bin/env bash
# build_web.sh [DIST_DIR]: build the WebAssembly app into build/web/site (a self-contained static folder:
# index.html, index.js, index.wasm, index.data, shell.js, shell.css, favicon.svg, manifest.webmanifest, icons, sw.js). With DIST_DIR, also copy it there.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten needs its node modules (acorn) from here
if [ ! -f build/web/build.ninja ]; then
  emcmake cmake -S . -B build/web -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel -DSSE_BUILD_TESTS=OFF >/dev/null
fi
cmake --build build/web
# The JavaScript minified (terser: Emscripten's glue 8 KB gzip less, the page's own scripts 6 KB: their comments stay
# in web/; scripts/minify_js.mjs).
node scripts/minify_js.mjs build/web/site/index.js build/web/site/shell.js build/web/site/files.js build/web/site/a11y.js build/web/site/ime.js
# Pre-compressed copies: the static server (and any host that supports it) sends these to gzip-capable browsers.
for f in build/web/site/index.wasm build/web/site/index.js build/web/site/index.data build/web/site/convert.wasm build/web/site/convert.mjs build/web/site/fonts/Hangul-subset.ttf build/web/site/translations/silk.json; do
  gzip -9 -k -f "$f"
done
# The service worker with the list of the files above (and their hashes): the page then works offline.
node scripts/make_offline.mjs build/web/site
if [ $# -ge 1 ]; then
  mkdir -p "$1" && cp -r build/web/site/. "$1"/
  echo "static site copied to $1"
fi
