// map_backdrop.cpp: see map_backdrop.h.
#include "ui/map_backdrop.h"

#include <algorithm>
#include <cmath>

#include "ui/theme.h"  // the theme's land and graticule colours (dark and high-contrast themes too)

namespace sse::ui {

namespace {

constexpr float LandOutlineThickness = 1.2f;
constexpr float GraticuleThickness = 1.0f;
constexpr int GraticuleStepDeg = 30;
constexpr double Margin = 4.0;  // pixels beyond the canvas that still count as visible (line thickness)

struct ScreenRect {
    double x0, y0, x1, y1;
    // True when the box [a, b] (any corner order) overlaps this rectangle.
    bool Overlaps(double ax, double ay, double bx, double by) const {
        return std::max(ax, bx) >= x0 && std::min(ax, bx) <= x1 && std::max(ay, by) >= y0 && std::min(ay, by) <= y1;
    }
};

ImVec2 ToIm(Vec2 v) { return ImVec2(static_cast<float>(v.x), static_cast<float>(v.y)); }

}  // namespace

void DrawMapBackdrop(ImDrawList* dl, const sse::Camera& cam, const sse::WorldOutline& outline, double geo_scale) {
    if (!dl || !(cam.zoom > 0) || !std::isfinite(cam.zoom) || !(geo_scale > 0)) return;
    auto to_screen = [&](double lon, double lat) { return cam.WorldToScreen(Vec2{lon * geo_scale, -lat * geo_scale}); };
    const ScreenRect view{cam.origin.x - Margin, cam.origin.y - Margin, cam.origin.x + cam.viewport.x + Margin,
                          cam.origin.y + cam.viewport.y + Margin};

    dl->PushClipRect(ToIm(cam.origin), ToIm(cam.origin + cam.viewport), true);

    // Graticule: meridians and parallels every 30 degrees, over the whole map only (not beyond its edges).
    for (int lon = -180; lon <= 180; lon += GraticuleStepDeg) {
        const Vec2 a = to_screen(lon, 90), b = to_screen(lon, -90);
        if (view.Overlaps(a.x, a.y, b.x, b.y)) dl->AddLine(ToIm(a), ToIm(b), CurrentPalette().graticule, GraticuleThickness);
    }
    for (int lat = -90; lat <= 90; lat += GraticuleStepDeg) {
        const Vec2 a = to_screen(-180, lat), b = to_screen(180, lat);
        if (view.Overlaps(a.x, a.y, b.x, b.y)) dl->AddLine(ToIm(a), ToIm(b), CurrentPalette().graticule, GraticuleThickness);
    }

    // Land outlines: skip rings whose box is off the canvas; within a visible ring, draw only the runs of
    // segments that touch the canvas (zoomed in, most of a large ring is far outside it).
    ImVector<ImVec2> run;
    auto flush = [&]() {
        if (run.Size >= 2) dl->AddPolyline(run.Data, run.Size, CurrentPalette().land, ImDrawFlags_None, LandOutlineThickness);
        run.resize(0);
    };
    for (const std::vector<Vec2>& ring : outline.rings) {
        if (ring.size() < 2) continue;
        double lon0 = ring[0].x, lon1 = lon0, lat0 = ring[0].y, lat1 = lat0;
        for (const Vec2& p : ring) {
            lon0 = std::min(lon0, p.x);
            lon1 = std::max(lon1, p.x);
            lat0 = std::min(lat0, p.y);
            lat1 = std::max(lat1, p.y);
        }
        const Vec2 b0 = to_screen(lon0, lat0), b1 = to_screen(lon1, lat1);
        if (!view.Overlaps(b0.x, b0.y, b1.x, b1.y)) continue;

        Vec2 prev = to_screen(ring[0].x, ring[0].y);
        for (size_t i = 1; i < ring.size(); ++i) {
            const Vec2 cur = to_screen(ring[i].x, ring[i].y);
            if (view.Overlaps(prev.x, prev.y, cur.x, cur.y)) {
                if (run.Size == 0) run.push_back(ToIm(prev));
                run.push_back(ToIm(cur));
            } else {
                flush();
            }
            prev = cur;
        }
        flush();
    }

    dl->PopClipRect();
}

}  // namespace sse::ui
