// touch_gestures.cpp: see touch_gestures.h.
#include "touch_gestures.h"

#include <algorithm>

namespace platform {

namespace {
// The two fingers' midpoint at the last gesture event (screen pixels); invalid when the finger count changed since,
// so that a finger landing or lifting does not read as a jump of the midpoint.
bool s_have_centre = false;
float s_centre_x = 0, s_centre_y = 0;
}  // namespace

void HandleTouch(const SDL_Event& e, sse::Explorer& ex, sse::ui::UiState& ui, float display_w, float display_h) {
    if (e.type == SDL_FINGERDOWN || e.type == SDL_FINGERUP) {
        ui.fingers = std::max(0, ui.fingers + (e.type == SDL_FINGERDOWN ? 1 : -1));
        s_have_centre = false;
        ex.RequestRedraw();
        return;
    }
    if (e.type != SDL_MULTIGESTURE || e.mgesture.numFingers != 2) return;
    const float x = e.mgesture.x * display_w, y = e.mgesture.y * display_h;
    sse::Camera& cam = ex.View();
    if (s_have_centre) cam.PanByScreen({x - s_centre_x, y - s_centre_y});
    s_centre_x = x;
    s_centre_y = y;
    s_have_centre = true;
    if (e.mgesture.dDist != 0) cam.ZoomAbout(sse::Vec2{x, y}, 1.0 + e.mgesture.dDist * 4.0);
    ex.RequestRedraw();
}

}  // namespace platform
