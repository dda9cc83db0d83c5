// camera.cpp: see camera.h.
#include "core/camera.h"

#include <algorithm>
#include <cmath>

namespace sse {

Vec2 Camera::ScreenToWorld(Vec2 s) const {
    return {(s.x - origin.x - viewport.x * 0.5) / zoom + center.x, (s.y - origin.y - viewport.y * 0.5) / zoom + center.y};
}

void Camera::PanByScreen(Vec2 delta) {
    center.x -= delta.x / zoom;
    center.y -= delta.y / zoom;
}

void Camera::ZoomAbout(Vec2 screen_point, double factor) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    Vec2 before = ScreenToWorld(screen_point);
    zoom = std::clamp(zoom * factor, MinZoom, MaxZoom);
    Vec2 after = ScreenToWorld(screen_point);
    // Shift so the world point under the cursor is the same before and after.
    center.x += before.x - after.x;
    center.y += before.y - after.y;
}

void Camera::Fit(const Box& box, double margin) {
    if (box.Empty()) return;
    double w = std::max(box.max.x - box.min.x, 1e-6), h = std::max(box.max.y - box.min.y, 1e-6);
    // Labels are centred under their actors and wider than tall: more room at the sides than above and below.
    double avail_w = std::max(viewport.x - inset_left - inset_right - 2 * margin * FitSideMarginRatio, 1.0);
    double avail_h = std::max(viewport.y - inset_top - inset_bottom - 2 * margin, 1.0);
    zoom = std::clamp(std::min(avail_w / w, avail_h / h), MinZoom, MaxZoom);
    CenterOn({(box.min.x + box.max.x) * 0.5, (box.min.y + box.max.y) * 0.5});
}

void Camera::CenterOn(Vec2 world) {
    // Offset of the uncovered area's middle from the canvas middle, in pixels.
    double off_x = (inset_left - inset_right) * 0.5, off_y = (inset_top - inset_bottom) * 0.5;
    center = {world.x - off_x / zoom, world.y - off_y / zoom};
}

double EaseInOutCubic(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

void CameraAnimation::Start(const Camera& current, const Camera& target, double seconds) {
    from = current;
    to = target;
    elapsed = 0;
    duration = seconds;
    active = true;
}

bool CameraAnimation::Advance(double dt, Camera& cam) {
    if (!active) return false;
    elapsed += dt;
    double t = duration > 0 ? EaseInOutCubic(elapsed / duration) : 1.0;
    // Interpolate zoom geometrically so zooming in and out feel equally fast.
    cam.zoom = from.zoom * std::pow(to.zoom / from.zoom, t);
    cam.center = from.center + (to.center - from.center) * t;
    if (elapsed >= duration) {
        cam.zoom = to.zoom;
        cam.center = to.center;
        active = false;
    }
    return active;
}

}  // namespace sse
