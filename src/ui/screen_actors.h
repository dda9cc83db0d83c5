// screen_actors.h: where each actor is on screen this frame (centre and radius in pixels), computed once per
// frame for the links, actors and labels that all read it (each link reads both its ends).
#pragma once

#include <vector>

#include "core/explorer.h"
#include "imgui.h"

namespace sse::ui {

struct ScreenActors {
    std::vector<ImVec2> centre;  // per actor, screen pixels
    std::vector<float> radius;   // per actor, screen pixels

    // Recomputes both from the Explorer's positions, radii and camera.
    void Update(const Explorer& ex) {
        const Camera& cam = ex.View();
        const std::vector<Vec2>& pos = ex.Positions();
        centre.resize(pos.size());
        radius.resize(pos.size());
        for (size_t a = 0; a < pos.size(); ++a) {
            const Vec2 s = cam.WorldToScreen(pos[a]);
            centre[a] = ImVec2((float)s.x, (float)s.y);
            radius[a] = (float)(ex.ActorRadius((int)a) * cam.zoom);
        }
    }
};

}  // namespace sse::ui
