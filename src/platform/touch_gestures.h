// touch_gestures.h: two fingers on a touch screen move the map as on any phone map: their midpoint pans, the change in
// their distance zooms about that midpoint. (SDL turns the first finger into the mouse; the canvas leaves its drag
// alone while two fingers are down, so the first finger alone neither pans twice nor pans a pinch.)
#pragma once

#include <SDL.h>

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace platform {

// Feeds one SDL event (finger down, move, up); updates ui.fingers and, with two fingers down, the camera.
void HandleTouch(const SDL_Event& e, sse::Explorer& ex, sse::ui::UiState& ui, float display_w, float display_h);

}  // namespace platform
