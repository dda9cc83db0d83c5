// screen_layout.h: which layout the screen gets. Phones (narrower than CompactWidth CSS pixels) and touch screens
// get the compact layout: the canvas takes the screen, the panels open one at a time as sheets over it, the
// toolbar is one row. The decision lives here (core); the ui only draws what it is told.
#pragma once

#include <string>
#include <vector>

namespace sse {

// The screen the app is drawn on, in CSS pixels, and whether its main pointer is a finger.
struct Screen {
    double width = 0, height = 0;
    bool touch = false;    // the page's primary pointer is coarse (a finger), or the `touch on` command
    bool compact = false;  // decided by CompactLayout from the three above
};

// Below this width (CSS pixels) the layout is compact even with a mouse.
constexpr double CompactWidth = 600;
// Thumb-sized: the least height and width (CSS pixels) of anything a finger taps in the compact layout.
constexpr double TouchTargetSize = 44;
// A long press (the finger held still this long) shows what hovering shows.
constexpr double LongPressSeconds = 0.5;

// True when a screen of this size and pointer gets the compact layout: narrower than CompactWidth, or touched.
// A size of 0 (not yet known) is not compact unless touched.
bool CompactLayout(double width, double height, bool touch);

// A control the UI drew this frame, by a stable name ("menu", "menu.sidebar", "sheet.handle", "tour.next"), with
// its rectangle in CSS pixels: state().targets, so scripts tap what a finger would, and tests measure their size.
struct UiTarget {
    std::string name;
    double x = 0, y = 0, w = 0, h = 0;
};

}  // namespace sse
