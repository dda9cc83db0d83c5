// screen_actors.h: where each actor of the display list is on screen this frame (centre and radius in pixels),
// computed once per frame for the links, actors and labels that all read it (each link reads both its ends).
#pragma once

#include <vector>

#include "core/camera.h"
#include "core/display_list.h"
#include "imgui.h"

namespace sse::ui {

struct ScreenActors {
    std::vector<ImVec2> centre;  // per DisplayList::actors entry, screen pixels
    std::vector<float> radius;   // per DisplayList::actors entry, screen pixels

    // Recomputes both from the list's world positions and radii through the camera.
    void Update(const DisplayList& list, const Camera& cam) {
        centre.resize(list.actors.size());
        radius.resize(list.actors.size());
        for (size_t i = 0; i < list.actors.size(); ++i) {
            const Vec2 s = cam.WorldToScreen(list.actors[i].pos);
            centre[i] = ImVec2((float)s.x, (float)s.y);
            radius[i] = (float)(list.actors[i].radius * cam.zoom);
        }
    }
};

}  // namespace sse::ui
