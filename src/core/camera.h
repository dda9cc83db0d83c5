// camera.h: the 2-D view onto the world (pan + zoom), world <-> screen conversion and animated moves.
// Screen units are pixels of the canvas, origin top-left; world units are layout units.
#pragma once

#include "core/vec2.h"

namespace sse {

struct Camera {
    Vec2 center;        // world point shown at the middle of the viewport
    double zoom = 1.0;  // screen pixels per world unit
    Vec2 viewport{1280, 800};  // canvas size in pixels
    Vec2 origin;               // canvas top-left in screen pixels
    // Pixels along each edge covered by panels: Fit and CenterOn use only the uncovered part of the canvas.
    double inset_left = 0, inset_right = 0, inset_top = 0, inset_bottom = 0;

    static constexpr double MinZoom = 0.02;
    static constexpr double MaxZoom = 50.0;

    // World point -> screen pixel. Inline: the canvas converts every visible actor every frame.
    Vec2 WorldToScreen(Vec2 w) const {
        return {(w.x - center.x) * zoom + origin.x + viewport.x * 0.5, (w.y - center.y) * zoom + origin.y + viewport.y * 0.5};
    }
    // Screen pixel -> world point (inverse of WorldToScreen).
    Vec2 ScreenToWorld(Vec2 s) const;
    // Moves the view by a screen-space drag delta (the world follows the mouse).
    void PanByScreen(Vec2 delta);
    // Multiplies zoom by factor (clamped), keeping the world point under screen_point fixed.
    void ZoomAbout(Vec2 screen_point, double factor);
    // Centres and zooms so that box fits the uncovered viewport with margin pixels above and below, and
    // FitSideMarginRatio times that left and right.
    static constexpr double FitSideMarginRatio = 1.75;
    void Fit(const Box& box, double margin);
    // Moves the view so that the world point shows in the middle of the uncovered viewport.
    void CenterOn(Vec2 world);
};

// Smoothly moves a camera from one view to another (cubic ease in-out), or jumps when duration is 0.
struct CameraAnimation {
    bool active = false;
    Camera from, to;
    double elapsed = 0, duration = 0;

    // Starts a move from current to target over duration seconds.
    void Start(const Camera& current, const Camera& target, double seconds);
    // Advances by dt seconds and writes the interpolated view into cam (keeps cam's viewport).
    // Returns true while the animation is still running.
    bool Advance(double dt, Camera& cam);
};

// Cubic ease in-out on [0,1]; 0 -> 0, 1 -> 1.
double EaseInOutCubic(double t);

}  // namespace sse
