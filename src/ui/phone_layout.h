// phone_layout.h: the compact layout of phones and touch screens (core decides when: Explorer::Compact()). The
// canvas takes the screen under a one-row toolbar (menu, search, layout); the Explore panel, details and table
// open one at a time as sheets from the bottom, closed by a swipe down on their title or a tap outside; the tour
// caption follows a swipe left or right and hides with a swipe down. Every control is at least thumb-sized.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Larger frames and spacing for fingers (compact layout only); pair with PopTouchStyle.
void PushTouchStyle(const Explorer& ex, const UiState& ui);
void PopTouchStyle(const Explorer& ex);

// The compact layout's toolbar, sheets and their gestures, and the camera insets they leave (instead of the
// desktop's toolbar and docked panels).
void DrawCompactPanels(Explorer& ex, UiState& ui);

// In the compact layout, the tour caption hidden by a swipe down: a one-line bar with previous, next and "show".
// Returns false (drawing nothing) when the full caption is to be drawn instead.
bool DrawTourBar(Explorer& ex, UiState& ui);

// Swipes on the tour caption (compact layout): left for the next step, right for the previous, down to hide it.
void TourCaptionGestures(Explorer& ex, UiState& ui);

// Overrides the next window's place with a bottom sheet when the layout is compact (call just before Begin).
void PlaceSheet(const Explorer& ex, const UiState& ui, Panel panel);

// Records the last item drawn as a touch target (state().targets) under a stable name.
void RecordTarget(Explorer& ex, const char* name);

// The least height of a row a finger taps in a sheet (TouchTargetSize at the UI scale) while the touch style is
// pushed, else 0 (desktop rows keep the text's height).
float TouchRowHeight();

// Compact layout: records the last item as the touch target "row.<n>" (n counts the frame's rows), so a test can
// check that every row of a sheet is thumb-sized; does nothing on the desktop.
void RecordRow(Explorer& ex);

// Touch screens: true while the finger pressed on the canvas (`active`) has been held still for LongPressSeconds:
// hovering shows then (the hover card), and the release does not count as a tap.
bool LongPress(const Explorer& ex, UiState& ui, bool active);

}  // namespace sse::ui
