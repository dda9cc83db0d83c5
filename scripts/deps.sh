#!/usr/bin/env bash
# deps.sh: install everything the project needs on Debian 12 (as root), idempotently.
#   - Debian packages (emscripten, SDL2, nlohmann-json, GoogleTest, chromium, firefox-esr, Xvfb, fonts, fonttools)
#   - Dear ImGui 1.92.x sources from Debian's unstable suite, via a PRIVATE apt sources file
#     (the machine's /etc/apt is never edited), into .deps/imgui
#   - SDL2 2.26.5 sources from Debian 12 (same private trick), built for wasm once into .deps/sdl2-em
#   - libqrencode 4.1.1 sources from Debian 12 (same trick) into .deps/qrencode, compiled by the web build
#   - npm packages (pinned in package.json / package-lock.json): world-atlas (map outline, every build),
#     playwright-core (browser tests)
# Usage: scripts/deps.sh [--web] [--native] [--test]   (no flag: everything)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DEPS=$ROOT/.deps
mkdir -p "$DEPS"
log() { printf '[deps] %s\n' "$*" >&2; }

want_web=0; want_native=0; want_test=0
[ $# -eq 0 ] && { want_web=1; want_native=1; want_test=1; }
for a in "$@"; do
  case "$a" in
    --web) want_web=1 ;; --native) want_native=1 ;; --test) want_test=1; want_web=1; want_native=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

# ---- 1. Debian packages ------------------------------------------------------------------
pkgs=(cmake ninja-build pkg-config g++ dpkg-dev nlohmann-json3-dev fonts-dejavu-core fonts-nanum fonts-font-awesome python3-fonttools nodejs)
[ $want_web = 1 ] && pkgs+=(emscripten librsvg2-bin node-terser zopfli)  # node-terser: scripts/minify_js.mjs; zopfli: build_web.sh's .gz copies
[ $want_native = 1 ] && pkgs+=(libsdl2-dev libgl-dev googletest libgtest-dev libqrencode-dev zlib1g-dev libminizip-dev libexpat1-dev)
# librsvg2-bin: rsvg-convert renders the SVG figure export (tests/desktop/svg_desktop_test.sh); libx11-dev: the
# XDND drop client of tests/desktop/drop_desktop_test.sh; firefox-esr: the second browser engine (firefox_test.mjs).
[ $want_test = 1 ] && pkgs+=(chromium firefox-esr xvfb xauth imagemagick libgl1-mesa-dri python3-networkx librsvg2-bin libx11-dev)
missing=()
for p in "${pkgs[@]}"; do
  # nodejs may come from another vendor than Debian: accept any working node + npm.
  if [ "$p" = nodejs ] && command -v node >/dev/null && command -v npm >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" >/dev/null
  if [[ " ${missing[*]} " == *" nodejs "* ]]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q npm >/dev/null
  fi
fi

# ---- 2. A private apt configuration for source packages ----------------------------------
# Derive deb-src entries from the machine's own main-archive stanza (same archive, no new host).
APTDIR=$DEPS/apt
apt_private() {
  local suite=$1 dir=$APTDIR/$1
  if [ ! -f "$dir/ready" ]; then
    mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
    local src=/etc/apt/sources.list.d/debian.sources
    if [ -f "$src" ]; then
      awk 'BEGIN{RS="";ORS="\n"} NR==1' "$src" | grep -v '^#' \
        | sed -e 's/^Types: .*/Types: deb-src/' -e "s/^Suites: .*/Suites: $suite/" > "$dir/src.sources"
    else
      # one-line style sources.list: take the first deb line's URI
      local uri; uri=$(grep -h '^deb ' /etc/apt/sources.list | head -1 | awk '{for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}')
      printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" "$suite" > "$dir/src.sources"
    fi
    $SUDO apt-get $(apt_opts "$suite") update -q >/dev/null
    touch "$dir/ready"
  fi
}
apt_opts() {
  local dir=$APTDIR/$1
  echo "-o Dir::Etc::sourcelist=$dir/src.sources -o Dir::Etc::sourceparts=- -o Dir::State::Lists=$dir/lists -o Dir::Cache=$dir/cache"
}

# ---- 3. Dear ImGui 1.92.x sources (Debian unstable) --------------------------------------
if [ ! -f "$DEPS/imgui/imgui.h" ]; then
  apt_private sid
  ver=$(apt-cache $(apt_opts sid) showsrc imgui 2>/dev/null | awk '/^Version:/{print $2}' | grep '^1\.92\.' | sort -V | tail -1 || true)
  if [ -z "$ver" ]; then
    echo "error: Debian's unstable suite offers no imgui 1.92.x source package (found: $(apt-cache $(apt_opts sid) showsrc imgui | awk '/^Version:/{print $2}' | tr '\n' ' '))" >&2
    exit 1
  fi
  log "fetching imgui $ver sources"
  rm -rf "$DEPS/src-imgui"; mkdir -p "$DEPS/src-imgui"
  (cd "$DEPS/src-imgui" && apt-get $(apt_opts sid) source --download-only "imgui=$ver" >/dev/null 2>&1 \
     && dpkg-source --no-check -x ./*.dsc imgui >/dev/null)
  rm -rf "$DEPS/imgui"; mv "$DEPS/src-imgui/imgui" "$DEPS/imgui"; rm -rf "$DEPS/src-imgui"
fi

# ---- 4. nlohmann include dir for Emscripten (never -I/usr/include under em++) -------------
mkdir -p "$DEPS/include"
[ -e "$DEPS/include/nlohmann" ] || ln -s /usr/include/nlohmann "$DEPS/include/nlohmann"

# ---- 5. SDL2 for wasm, built once from Debian 12's sources --------------------------------
# Built again when scripts/build_sdl2_wasm.sh's flags differ from those the library was built with.
sdl_flags=$(sed -n 's/^export SDL_WASM_FLAGS="\(.*\)"$/flags=\1/p' "$ROOT/scripts/build_sdl2_wasm.sh")
if [ $want_web = 1 ] && { [ ! -f "$DEPS/sdl2-em/lib/libSDL2.a" ] || [ "$(cat "$DEPS/sdl2-em/BUILD" 2>/dev/null)" != "$sdl_flags" ]; }; then
  apt_private bookworm
  log "fetching SDL2 sources and building them for wasm (about a minute)"
  rm -rf "$DEPS/src-sdl2"; mkdir -p "$DEPS/src-sdl2"
  (cd "$DEPS/src-sdl2" && apt-get $(apt_opts bookworm) source --download-only libsdl2 >/dev/null 2>&1 \
     && dpkg-source --no-check -x ./*.dsc sdl2 >/dev/null)
  bash "$ROOT/scripts/build_sdl2_wasm.sh" "$DEPS/src-sdl2/sdl2" "$DEPS/sdl2-em.tmp"
  rm -rf "$DEPS/sdl2-em"; mv "$DEPS/sdl2-em.tmp" "$DEPS/sdl2-em"; rm -rf "$DEPS/src-sdl2"
fi

# ---- 5b. libqrencode sources (Debian 12) for the web build's QR codes (Share) ----------------
# The desktop links Debian's libqrencode-dev; the web build compiles these sources (cmake/dependencies.cmake).
if [ $want_web = 1 ] && [ ! -f "$DEPS/qrencode/qrencode.h" ]; then
  apt_private bookworm
  log "fetching libqrencode sources"
  rm -rf "$DEPS/src-qrencode"; mkdir -p "$DEPS/src-qrencode"
  # apt checks every file it downloads against the archive's signed checksums. With Debian's packaging tarball
  # dpkg-source unpacks the patched tree; when that tarball cannot be fetched (seen: a 404 for
  # qrencode_4.1.1-1.debian.tar.xz while the upstream tarball downloads), the upstream tarball alone is unpacked.
  (cd "$DEPS/src-qrencode" && { apt-get $(apt_opts bookworm) source --download-only qrencode >/dev/null 2>&1 || true; }
   dpkg-source --no-check -x ./*.dsc qrencode >/dev/null 2>&1 || true)
  if [ ! -f "$DEPS/src-qrencode/qrencode/qrencode.h" ]; then
    orig=$(ls "$DEPS"/src-qrencode/qrencode_*.orig.tar.* 2>/dev/null | head -1 || true)
    [ -n "$orig" ] || { echo "error: could not fetch Debian's qrencode source package (apt-get source qrencode)" >&2; exit 1; }
    rm -rf "$DEPS/src-qrencode/qrencode"; mkdir -p "$DEPS/src-qrencode/qrencode"
    tar -xf "$orig" -C "$DEPS/src-qrencode/qrencode" --strip-components=1
  fi
  rm -rf "$DEPS/qrencode"; mv "$DEPS/src-qrencode/qrencode" "$DEPS/qrencode"; rm -rf "$DEPS/src-qrencode"
fi

# ---- 5c. zlib, minizip and expat for wasm (workbooks, GEXF, GraphML), from Debian 12's sources -------
# Each into its own .deps/<lib>-em; built again when scripts/build_import_libs_wasm.sh's flags line changes.
import_flags=$(sed -n 's/^export IMPORT_WASM_FLAGS="\(.*\)"$/flags=\1/p' "$ROOT/scripts/build_import_libs_wasm.sh")
expat_opt=$(sed -n 's/^export EXPAT_WASM_OPT="\(.*\)"$/\1/p' "$ROOT/scripts/build_import_libs_wasm.sh")
for lib in zlib minizip expat; do
  lib_a=$DEPS/$lib-em/lib/lib${lib#zlib}.a; [ $lib = zlib ] && lib_a=$DEPS/zlib-em/lib/libz.a
  want_stamp=$import_flags; [ $lib = expat ] && want_stamp="$import_flags expat=$expat_opt"
  if [ $want_web = 1 ] && { [ ! -f "$lib_a" ] || [ "$(cat "$DEPS/$lib-em/BUILD" 2>/dev/null)" != "$want_stamp" ]; }; then
    apt_private bookworm
    log "fetching $lib sources and building them for wasm"
    rm -rf "$DEPS/src-$lib"; mkdir -p "$DEPS/src-$lib"
    (cd "$DEPS/src-$lib" && apt-get $(apt_opts bookworm) source --download-only "$lib" >/dev/null 2>&1 \
       && dpkg-source --no-check -x ./*.dsc src >/dev/null)
    bash "$ROOT/scripts/build_import_libs_wasm.sh" "$lib" "$DEPS/src-$lib/src" "$DEPS/$lib-em.tmp"
    rm -rf "$DEPS/$lib-em"; mv "$DEPS/$lib-em.tmp" "$DEPS/$lib-em"; rm -rf "$DEPS/src-$lib"
  fi
done

# ---- 6. npm packages (pinned by package-lock.json) ----------------------------------------
# world-atlas (the map outline) is needed by every app build; playwright-core by the browser tests.
# jsqr (reads the Share panel's QR code back), axe-core (accessibility rules) and graphology-gexf (opens our GEXF
# exports in graphology) are test tools too, and puppeteer-core, which drives firefox-esr through WebDriver BiDi.
if [ ! -d "$ROOT/node_modules/world-atlas" ] || { [ $want_test = 1 ] && { [ ! -d "$ROOT/node_modules/playwright-core" ] ||
   [ ! -d "$ROOT/node_modules/jsqr" ] || [ ! -d "$ROOT/node_modules/axe-core" ] || [ ! -d "$ROOT/node_modules/graphology-gexf" ] ||
   [ ! -d "$ROOT/node_modules/puppeteer-core" ]; }; }; then
  log "installing npm packages (npm ci)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
log "dependencies ready"
