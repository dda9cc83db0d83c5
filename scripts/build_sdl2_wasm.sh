#!/usr/bin/env bash
# build_sdl2_wasm.sh SDL2_SRC_DIR OUT_DIR: compile SDL2 (Debian's 2.26.5 sources) for wasm with emcc,
# without CMake (SDL ships SDL_config_emscripten.h, so no configure step: ~1 min instead of ~9).
# Output: OUT/lib/libSDL2.a and OUT/include/SDL2/*.h
set -euo pipefail
SRC=$(realpath "$1"); mkdir -p "$2"; OUT=$(realpath "$2")
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
# -Oz: SDL's code is not hot in this app (events, the GL context), but its software blitters, unused and kept
# through function tables, are large: -Oz instead of -O2 takes 6.5 KB gzip off the page's download. The app uses
# neither SDL's audio, its sensors nor its 2D renderer (ImGui draws with OpenGL): left out, 3.8 KB more.
# SDL_LEAN_AND_MEAN: SDL's own switch that leaves the software blitters, RLE and YUV conversion out altogether
# (the app never blits an SDL surface: ImGui draws with OpenGL, the cursors are the browser's).
# deps.sh rebuilds SDL when this line changes.
export SDL_WASM_FLAGS="-Oz -DSDL_AUDIO_DISABLED=1 -DSDL_SENSOR_DISABLED=1 -DSDL_RENDER_DISABLED=1 -DSDL_LEAN_AND_MEAN=1"
OBJ="$OUT/obj"; mkdir -p "$OBJ" "$OUT/lib" "$OUT/include/SDL2"
cd "$SRC/src"
# Only the subsystems the emscripten config enables (video, events, timer, ...); no threads.
FILES="SDL.c SDL_assert.c SDL_dataqueue.c SDL_error.c SDL_guid.c SDL_hints.c SDL_list.c SDL_log.c SDL_utils.c
atomic/*.c audio/*.c audio/disk/*.c audio/dummy/*.c audio/emscripten/*.c cpuinfo/*.c dynapi/SDL_dynapi.c
events/SDL_clipboardevents.c events/SDL_displayevents.c events/SDL_dropevents.c events/SDL_events.c
events/SDL_gesture.c events/SDL_keyboard.c events/SDL_keysym_to_scancode.c events/SDL_mouse.c events/SDL_quit.c
events/SDL_scancode_tables.c events/SDL_touch.c events/SDL_windowevents.c events/imKStoUCS.c
file/SDL_rwops.c filesystem/emscripten/*.c haptic/SDL_haptic.c haptic/dummy/*.c hidapi/SDL_hidapi.c
joystick/SDL_gamecontroller.c joystick/SDL_joystick.c joystick/controller_type.c joystick/emscripten/*.c
joystick/virtual/*.c libm/*.c loadso/dlopen/*.c locale/SDL_locale.c locale/emscripten/*.c misc/SDL_url.c
misc/emscripten/*.c power/SDL_power.c power/emscripten/*.c render/SDL_render.c render/SDL_yuv_sw.c
render/opengles2/*.c render/software/*.c sensor/SDL_sensor.c sensor/dummy/*.c stdlib/*.c thread/SDL_thread.c
thread/generic/*.c timer/SDL_timer.c timer/unix/*.c video/*.c video/dummy/*.c video/emscripten/*.c video/yuv2rgb/*.c"
# shellcheck disable=SC2086
ls $FILES | xargs -P "$(nproc)" -I{} sh -c 'o="'"$OBJ"'/$(echo {} | tr / _).o"; emcc '"$SDL_WASM_FLAGS"' -w -I"'"$SRC"'/include" -idirafter "'"$SRC"'/src/video/khronos" -c "{}" -o "$o"'
rm -f "$OUT/lib/libSDL2.a"; emar rcs "$OUT/lib/libSDL2.a" "$OBJ"/*.o
cp "$SRC"/include/*.h "$OUT/include/SDL2/"
rm -rf "$OBJ"
echo "flags=$SDL_WASM_FLAGS" > "$OUT/BUILD"  # deps.sh compares it with the line above
