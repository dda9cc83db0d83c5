#!/usr/bin/env bash
# build_import_libs_wasm.sh LIB SRC_DIR OUT_DIR: compile one of the import/export libraries (Debian 12's sources)
# for wasm with emcc, without their configure scripts (a few plain C files each):
#   zlib    -> OUT/lib/libz.a,       OUT/include/{zlib.h,zconf.h}
#   minizip -> OUT/lib/libminizip.a, OUT/include/minizip/{unzip.h,zip.h,ioapi.h}  (needs .deps/zlib-em first)
#   expat   -> OUT/lib/libexpat.a,   OUT/include/{expat.h,expat_external.h}
# Emscripten's own ports (-sUSE_ZLIB) would download their sources; these come from Debian's source packages
# (scripts/deps.sh fetches them with apt-get source).
set -euo pipefail
LIB=$1; SRC=$(realpath "$2"); mkdir -p "$3"; OUT=$(realpath "$3")
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
# -Oz: inflating a workbook is not hot (crc32 and inflate are a few percent of reading one); the download is what
# counts. expat at -O2 (EXPAT_WASM_OPT): parsing the sheets' XML was most of reading a large workbook in the page
# (a 10,000-actor / 50,000-link workbook: about 1 s of 1.4 at -Oz), and it is only in the converter module, which is
# fetched when a file is opened, not in the first download.
# minizip without its (weak, PKWARE) encryption: an encrypted workbook is refused with a message anyway.
# expat: its hash salt from /dev/urandom, which Emscripten's file system serves from the browser's crypto (Emscripten
# 3.1.6 declares getrandom() but does not implement it).
# deps.sh rebuilds the three libraries when this line changes.
export IMPORT_WASM_FLAGS="-Oz -DNOCRYPT -DNOUNCRYPT -DXML_DEV_URANDOM"
export EXPAT_WASM_OPT="-O2"
OBJ="$OUT/obj"; rm -rf "$OBJ"; mkdir -p "$OBJ" "$OUT/lib" "$OUT/include"
DEPS=$(dirname "$OUT")
stamp="flags=$IMPORT_WASM_FLAGS"
compile() {  # compile <include flags> <files...>
  local inc=$1; shift
  for f in "$@"; do
    # shellcheck disable=SC2086
    emcc $IMPORT_WASM_FLAGS $EXTRA_OPT -w $inc -c "$f" -o "$OBJ/$(basename "$f" .c).o"
  done
}
EXTRA_OPT=
case $LIB in
  zlib)
    cd "$SRC"
    compile "-I$SRC" adler32.c crc32.c deflate.c inflate.c inftrees.c inffast.c trees.c zutil.c compress.c uncompr.c
    cp zlib.h zconf.h "$OUT/include/"
    name=libz.a ;;
  minizip)
    cd "$SRC"
    # ioapi.c: the function-table plumbing the in-memory reader and writer plug into (the stdio parts go unused).
    compile "-I$DEPS/zlib-em/include -DUSE_FILE32API" ioapi.c unzip.c zip.c
    mkdir -p "$OUT/include/minizip"; cp unzip.h zip.h ioapi.h "$OUT/include/minizip/"
    name=libminizip.a ;;
  expat)
    cd "$SRC/expat/lib"
    # What expat's configure would write for a little-endian 32-bit target with a POSIX libc.
    cat > "$OBJ/expat_config.h" <<'CFG'
#define BYTEORDER 1234
#define HAVE_MEMMOVE 1
#define HAVE_STDINT_H 1
#define HAVE_UNISTD_H 1
#define XML_CONTEXT_BYTES 1024
#define XML_DTD 1
#define XML_NS 1
CFG
    EXTRA_OPT=$EXPAT_WASM_OPT  # the last -O wins
    stamp="flags=$IMPORT_WASM_FLAGS expat=$EXPAT_WASM_OPT"
    compile "-I$OBJ -I$SRC/expat/lib -DHAVE_EXPAT_CONFIG_H" xmlparse.c xmlrole.c xmltok.c
    cp expat.h expat_external.h "$OUT/include/"
    name=libexpat.a ;;
  *) echo "unknown library $LIB (zlib, minizip or expat)" >&2; exit 2 ;;
esac
rm -f "$OUT/lib/$name"; emar rcs "$OUT/lib/$name" "$OBJ"/*.o
rm -rf "$OBJ"
echo "$stamp" > "$OUT/BUILD"  # deps.sh compares it with the lines above
