// touch_gestures.cpp: see touch_gestures.h.
#include "touch_gestures.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace platform {

namespace {
// The fingers down now, in screen pixels, tracked from their own events (SDL's gesture events start only at the
// first move, so they lose the first step of every gesture).
struct Finger {
    SDL_FingerID id;
    float x, y;
};
std::vector<Finger> s_fingers;

struct Pair {
    float cx, cy, distance;
};
Pair Measure() {
    const Finger &a = s_fingers[0], &b = s_fingers[1];
    return {(a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f, std::hypot(a.x - b.x, a.y - b.y)};
}
}  // namespace

void HandleTouch(const SDL_Event& e, sse::Explorer& ex, sse::ui::UiState& ui, float display_w, float display_h) {
    if (e.type != SDL_FINGERDOWN && e.type != SDL_FINGERUP && e.type != SDL_FINGERMOTION) return;
    const SDL_FingerID id = e.tfinger.fingerId;
    const float x = e.tfinger.x * display_w, y = e.tfinger.y * display_h;
    auto it = std::find_if(s_fingers.begin(), s_fingers.end(), [id](const Finger& f) { return f.id == id; });
    if (e.type == SDL_FINGERDOWN) {
        if (it == s_fingers.end()) s_fingers.push_back({id, x, y});
    } else if (e.type == SDL_FINGERUP) {
        if (it != s_fingers.end()) s_fingers.erase(it);
    } else if (it != s_fingers.end()) {
        // Exactly two fingers: the map follows their midpoint and grows or shrinks with their spread about it.
        const bool pair = s_fingers.size() == 2;
        const Pair before = pair ? Measure() : Pair{};
        it->x = x;
        it->y = y;
        if (pair) {
            const Pair after = Measure();
            ex.Apply(sse::ActPoint(sse::ViewVerb::Pan, after.cx - before.cx, after.cy - before.cy));
            if (before.distance > 1 && after.distance > 1) ex.Apply(sse::ActZoomAbout(after.distance / before.distance, after.cx, after.cy));
        }
    }
    ui.fingers = (int)s_fingers.size();
    ex.RequestRedraw();
}

}  // namespace platform
