#!/usr/bin/env bash
# png_desktop_test.sh BINARY: the PNG figure (issue 15) on the desktop, under Xvfb. --export FILE.png draws the view
# again into an offscreen framebuffer at --scale 1, 2 or 4 (not a screenshot): the 1x figure must match the app's
# own screenshot of the same frame where the panels leave the canvas uncovered; 2x and 4x have that many times the
# pixels. --convert IN OUT.png / OUT.svg draws IN's data in the default view from a hidden window. The pictures
# stay in tests/desktop/artifacts for people to look at (png-2x.png, png-4x.png: crisp text?).
set -u
. "$(dirname "$0")/common.sh"
out=tests/desktop/artifacts
mkdir -p "$out"
size() { identify -format '%wx%h' "$1" 2>/dev/null; }
# The alpha (0-255) of one pixel.
alpha() { convert "$1" -crop "1x1+$2+$3" +repage -alpha extract -format '%[fx:round(255*u)]' info: 2>/dev/null; }

rm -f "$out"/png-*.png "$out"/convert-*.{png,svg}
in_window "$bin" --size 1280x800 --frames 60 --command "layout force" \
  --screenshot "$out/png-screen.png" --export "$out/png-1x.png" > "$out/png-1x.log" 2>&1
[ "$(size "$out/png-1x.png")" = 1280x800 ] && ok "--export x.png: 1280x800 like the window" || bad "1x: $(size "$out/png-1x.png") $(tail -2 "$out/png-1x.log")"
# The canvas between the panels (x 320-880, y 120-620): the figure is the screen's picture there.
convert "$out/png-screen.png" -crop 560x500+320+120 +repage "$out/png-screen-canvas.png"
convert "$out/png-1x.png" -crop 560x500+320+120 +repage "$out/png-1x-canvas.png"
differ=$(compare -metric AE -fuzz 6% "$out/png-screen-canvas.png" "$out/png-1x-canvas.png" null: 2>&1)
[ "${differ%%.*}" -le 300 ] 2>/dev/null && ok "1x figure = the screenshot on the uncovered canvas ($differ of 280000 pixels differ)" \
  || bad "1x figure differs from the screenshot: $differ pixels (see $out/png-screen-canvas.png, png-1x-canvas.png)"
convert "$out/png-screen.png" "$out/png-1x.png" +append "$out/png-side-by-side.png" 2>/dev/null

for s in 2 4; do
  in_window "$bin" --size 1280x800 --frames 60 --command "layout force" --export "$out/png-${s}x.png" --scale $s > "$out/png-${s}x.log" 2>&1
  want="$((1280 * s))x$((800 * s))"
  [ "$(size "$out/png-${s}x.png")" = "$want" ] && ok "--export x.png --scale $s: $want" || bad "${s}x: $(size "$out/png-${s}x.png"), want $want: $(tail -2 "$out/png-${s}x.log")"
done
# Drawn again, not stretched: the 2x figure scaled back down is the 1x one, yet it is not the 1x one scaled up.
convert "$out/png-2x.png" -resize 1280x800 "$out/png-2x-down.png"
down=$(compare -metric RMSE "$out/png-1x.png" "$out/png-2x-down.png" null: 2>&1 | sed 's/.*(\(.*\))/\1/')
convert "$out/png-1x.png" -filter point -resize 2560x1600 "$out/png-1x-up.png"
up=$(compare -metric AE -fuzz 10% "$out/png-1x-up.png" "$out/png-2x.png" null: 2>&1)
python3 -c "import sys; sys.exit(0 if float('$down') < 0.05 and float('${up%%.*}') > 20000 else 1)" \
  && ok "2x is the same picture drawn at twice the density (RMSE to 1x after downscaling $down; $up pixels differ from 1x blown up)" \
  || bad "2x: RMSE to 1x $down, pixels differing from a stretched 1x: $up"

in_window "$bin" --size 1280x800 --frames 60 --export "$out/png-transparent.png" --transparent > "$out/png-transparent.log" 2>&1
[ "$(alpha "$out/png-transparent.png" 2 2)" = 0 ] && [ "$(alpha "$out/png-transparent.png" 1277 2)" = 0 ] && [ "$(alpha "$out/png-transparent.png" 640 400)" = 255 ] \
  && ok "--transparent: the top corners are transparent, the level bands opaque" || bad "--transparent: corner alpha $(alpha "$out/png-transparent.png" 2 2)"

# --convert: the data's figure from a hidden window, no --frames needed.
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --convert data/silk.json "$out/convert-silk.png" > "$out/convert-png.log" 2>&1
rc=$?
[ $rc -eq 0 ] && [ "$(size "$out/convert-silk.png")" = 1280x800 ] && ok "--convert data/silk.json out.png: 1280x800" \
  || bad "--convert to png: rc $rc, $(size "$out/convert-silk.png") $(tail -2 "$out/convert-png.log")"
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --convert data/silk.json "$out/convert-silk@2x.png" --scale 2 --size 1000x700 > "$out/convert-png2.log" 2>&1
[ "$(size "$out/convert-silk@2x.png")" = 2000x1400 ] && ok "--convert --scale 2 --size 1000x700: 2000x1400" || bad "--convert --scale 2: $(size "$out/convert-silk@2x.png")"
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --convert data/silk.json "$out/convert-silk.svg" > "$out/convert-svg.log" 2>&1
if grep -q '<svg [^>]*width="1280" height="800"' "$out/convert-silk.svg" 2>/dev/null && [ "$(grep -c 'class="actor"' "$out/convert-silk.svg")" -ge 50 ]; then
  ok "--convert data/silk.json out.svg: a 1280x800 figure with $(grep -c 'class="actor"' "$out/convert-silk.svg") actors"
else bad "--convert to svg: $(head -c 300 "$out/convert-silk.svg" 2>/dev/null) $(tail -2 "$out/convert-svg.log")"; fi
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --convert no-such-file.json "$out/convert-none.png" > "$out/convert-none.log" 2>&1
rc=$?
[ $rc -ne 0 ] && [ ! -e "$out/convert-none.png" ] && grep -q "no-such-file.json" "$out/convert-none.log" \
  && ok "--convert of a missing file: exit $rc, no figure, the file named" || bad "--convert missing: rc $rc, $(cat "$out/convert-none.log")"
"$bin" --help | grep -q -- "--scale" && "$bin" --help | grep -q "OUT.png" && ok "--help lists --scale and --convert to .png" || bad "--help lacks --scale / OUT.png"

summary "png desktop tests"
