// camera_test.cpp: world <-> screen conversion, zoom about the cursor, fit and animation.
#include "core/camera.h"

#include <gtest/gtest.h>

using sse::Camera;
using sse::Vec2;

TEST(Camera, WorldScreenRoundTrip) {
    Camera cam;
    cam.center = {12.5, -40};
    cam.zoom = 2.7;
    cam.viewport = {1024, 700};
    cam.origin = {10, 30};
    for (Vec2 w : {Vec2{0, 0}, Vec2{-500, 250}, Vec2{1e4, 3.25}}) {
        Vec2 back = cam.ScreenToWorld(cam.WorldToScreen(w));
        EXPECT_NEAR(back.x, w.x, 1e-9);
        EXPECT_NEAR(back.y, w.y, 1e-9);
    }
    // The centre of the world view is the centre of the canvas.
    Vec2 mid = cam.WorldToScreen(cam.center);
    EXPECT_DOUBLE_EQ(mid.x, 10 + 512);
    EXPECT_DOUBLE_EQ(mid.y, 30 + 350);
}

TEST(Camera, ZoomAboutCursorKeepsPointUnderIt) {
    Camera cam;
    cam.center = {100, 50};
    cam.zoom = 1.3;
    Vec2 cursor{200, 640};
    Vec2 before = cam.ScreenToWorld(cursor);
    cam.ZoomAbout(cursor, 1.15);
    EXPECT_NEAR(cam.zoom, 1.3 * 1.15, 1e-12);
    Vec2 after = cam.ScreenToWorld(cursor);
    EXPECT_NEAR(after.x, before.x, 1e-9);
    EXPECT_NEAR(after.y, before.y, 1e-9);
    cam.ZoomAbout(cursor, 1.0 / 3.0);
    after = cam.ScreenToWorld(cursor);
    EXPECT_NEAR(after.x, before.x, 1e-9);
    EXPECT_NEAR(after.y, before.y, 1e-9);
}

TEST(Camera, ZoomIsClampedAndIgnoresBadFactors) {
    Camera cam;
    cam.ZoomAbout({0, 0}, 1e9);
    EXPECT_DOUBLE_EQ(cam.zoom, Camera::MaxZoom);
    cam.ZoomAbout({0, 0}, 0.0);
    cam.ZoomAbout({0, 0}, -2.0);
    EXPECT_DOUBLE_EQ(cam.zoom, Camera::MaxZoom);
}

TEST(Camera, PanMovesWorldWithMouse) {
    Camera cam;
    cam.zoom = 2;
    Vec2 grabbed = cam.ScreenToWorld({300, 300});
    cam.PanByScreen({40, -20});
    Vec2 now = cam.WorldToScreen(grabbed);
    EXPECT_NEAR(now.x, 340, 1e-9);
    EXPECT_NEAR(now.y, 280, 1e-9);
}

TEST(Camera, FitShowsWholeBoxWithMargin) {
    Camera cam;
    cam.viewport = {800, 600};
    sse::Box box;
    box.Add({-100, -50});
    box.Add({300, 150});
    cam.Fit(box, 20);
    Vec2 a = cam.WorldToScreen(box.min), b = cam.WorldToScreen(box.max);
    const double side = 20 * Camera::FitSideMarginRatio;  // wider margins at the sides, for labels
    EXPECT_GE(a.x, side - 1e-9);
    EXPECT_GE(a.y, 20 - 1e-9);
    EXPECT_LE(b.x, 800 - side + 1e-9);
    EXPECT_LE(b.y, 580 + 1e-9);
    // The tighter dimension touches the margin.
    EXPECT_NEAR(a.x, side, 1e-6);
}

TEST(CameraAnimation, EndsExactlyAtTarget) {
    Camera from, to;
    to.center = {500, -200};
    to.zoom = 4;
    sse::CameraAnimation anim;
    anim.Start(from, to, 0.5);
    Camera cam = from;
    EXPECT_TRUE(anim.Advance(0.25, cam));
    EXPECT_GT(cam.center.x, 0);
    EXPECT_LT(cam.center.x, 500);
    EXPECT_FALSE(anim.Advance(0.3, cam));
    EXPECT_DOUBLE_EQ(cam.center.x, 500);
    EXPECT_DOUBLE_EQ(cam.zoom, 4);
    EXPECT_DOUBLE_EQ(sse::EaseInOutCubic(0), 0);
    EXPECT_DOUBLE_EQ(sse::EaseInOutCubic(1), 1);
    EXPECT_DOUBLE_EQ(sse::EaseInOutCubic(0.5), 0.5);
}
