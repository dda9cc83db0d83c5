#!/usr/bin/env bash
# svg_desktop_test.sh BINARY: the SVG figure looks like the screen. The desktop app draws a view under Xvfb and
# writes both its screenshot (--screenshot) and the figure of the same frame (--export, as File > Export figure);
# rsvg-convert (librsvg) renders the figure, and at every actor the figure draws, both pictures must show that
# actor's kind colour (where the screen shows the actor at all: panels cover part of the canvas). Both PNGs and a
# side-by-side picture are left in tests/desktop/artifacts for people to look at.
set -u
. "$(dirname "$0")/common.sh"
out=tests/desktop/artifacts
mkdir -p "$out"
command -v rsvg-convert >/dev/null || { bad "rsvg-convert is missing (Debian librsvg2-bin; scripts/deps.sh --test)"; exit 1; }

compare() {  # NAME COMMAND...: one view, screenshot and figure compared
  local name=$1; shift
  rm -f "$out/$name-screen.png" "$out/$name.svg" "$out/$name-svg.png"
  in_window "$bin" --size 1280x800 --frames 60 \
    --screenshot "$out/$name-screen.png" --export "$out/$name.svg" "$@" > "$out/$name-run.log" 2>&1
  [ -s "$out/$name.svg" ] || { bad "$name: no figure written: $(tail -3 "$out/$name-run.log")"; return; }
  if ! rsvg-convert "$out/$name.svg" -o "$out/$name-svg.png" 2> "$out/$name-rsvg.log"; then
    bad "$name: rsvg-convert refused the figure: $(cat "$out/$name-rsvg.log")"; return
  fi
  convert "$out/$name-screen.png" "$out/$name-svg.png" +append "$out/$name-side-by-side.png" 2>/dev/null
  if python3 - "$out/$name.svg" "$out/$name-screen.png" "$out/$name-svg.png" <<'EOF'
import subprocess, sys, xml.etree.ElementTree as ET
svg, screen_png, figure_png = sys.argv[1:4]
NS = '{http://www.w3.org/2000/svg}'
root = ET.parse(svg).getroot()
W, H = int(float(root.get('width'))), int(float(root.get('height')))

def pixels(path):
    out = subprocess.run(['convert', path, '-depth', '8', 'RGB:-'], capture_output=True, check=True).stdout
    w, h = map(int, subprocess.run(['identify', '-format', '%w %h', path], capture_output=True, check=True, text=True).stdout.split())
    return w, h, out

sw, sh, screen = pixels(screen_png)
fw, fh, figure = pixels(figure_png)
assert (fw, fh) == (W, H), f'figure rendered at {fw}x{fh}, declared {W}x{H}'
# The canvas fills the window here (panels lie over it): figure pixel (x, y) is window pixel (x, y).
assert (sw, sh) == (W, H), f'screenshot {sw}x{sh} is not the canvas {W}x{H}'

def at(buf, w, x, y):
    i = (y * w + x) * 3
    return buf[i], buf[i + 1], buf[i + 2]

def near(c, want, tol=40):
    return max(abs(a - b) for a, b in zip(c, want)) <= tol

def hexrgb(s):
    return int(s[1:3], 16), int(s[3:5], 16), int(s[5:7], 16)

actors = []
for e in root.iter():
    if e.get('class') != 'actor' or e.get('fill-opacity'):
        continue  # faded actors are pale on both; compare the ones drawn in full
    if e.tag == NS + 'circle':
        x, y, r = float(e.get('cx')), float(e.get('cy')), float(e.get('r'))
    else:
        pts = [tuple(map(float, p.split(','))) for p in e.get('points').split()]
        x, y = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        r = min(((p[0] - x) ** 2 + (p[1] - y) ** 2) ** 0.5 for p in pts) * 0.6
    actors.append((e.get('data-actor'), x, y, r, hexrgb(e.get('fill'))))

def shows(buf, w, x, y, r, fill):
    # The kind's colour somewhere in the middle of the shape (a label or a link may cross its very centre).
    k = max(1, int(r * 0.5))
    for dx in range(-k, k + 1):
        for dy in range(-k, k + 1):
            px, py = int(round(x + dx)), int(round(y + dy))
            if 0 <= px < W and 0 <= py < H and near(at(buf, w, px, py), fill):
                return True
    return False

on_screen = [a for a in actors if 0 <= a[1] < W and 0 <= a[2] < H and shows(screen, sw, a[1], a[2], a[3], a[4])]
in_figure = [a for a in on_screen if shows(figure, fw, a[1], a[2], a[3], a[4])]
missing = [a[0] for a in on_screen if a not in in_figure]
# Where the screen shows nothing of an actor's colour, the panels cover it (or its label does).
print(f'{len(actors)} actors in the figure; {len(on_screen)} of them visible on the screen; '
      f'{len(in_figure)} of those drawn in the same colour at the same place in the rendered figure; missing: {missing[:10]}')
ok = len(on_screen) >= max(3, len(actors) // 3) and len(in_figure) >= 0.95 * len(on_screen)
# And the other way round: each actor drawn in the figure is where the canvas's own picture has that colour, unless a
# panel covers that place; the labels of the screen are the figure's (text, checked by the caller).
sys.exit(0 if ok else 1)
EOF
  then ok "$name: the rendered figure shows the screen's actors at the same places in the same colours"
  else bad "$name: the rendered figure differs from the screen (see $out/$name-side-by-side.png)"; fi
}

compare focus --command "select accio"   # the default Levels layout; the selection's neighbourhood stands out
compare force --command "layout force"
compare map --command "layout geographic" --command "filter kind policy_maker,funder" --command "showcase on"

# The labels the canvas drew are the figure's <text> (the canvas told the export which it drew).
labels=$(grep -c 'class="label"' "$out/focus.svg" 2>/dev/null || echo 0)
if [ "$labels" -ge 3 ] && grep -q '>ACCIÓ<' "$out/focus.svg"; then ok "focus: $labels labels as text, the selected actor's among them"
else bad "focus: labels in the figure: $labels; $(grep -o 'class="label"[^<]*' "$out/focus.svg" | head -3)"; fi
labels=$(grep -c 'class="label"' "$out/force.svg" 2>/dev/null || echo 0)
[ "$labels" -ge 15 ] && ok "force: $labels labels as text" || bad "force: only $labels labels in the figure"
grep -q 'class="link"[^>]*stroke-opacity="1[0-9.]*%"' "$out/map.svg" && ok "map: the showcase's faded links are faded in the figure" || bad "map: no faded link in the figure"

summary "svg desktop tests"
