// figure_png.h: the PNG figure export (issue 15): the view drawn again (ui/figure_view.h) into an offscreen
// framebuffer (OpenGL 3 on the desktop, WebGL2 in the page) at 1x, 2x or 4x the canvas's size, read back and
// encoded with core's PNG writer. Not a screenshot: text is rasterised at the higher density (Dear ImGui 1.92
// dynamic fonts) and lines are tessellated for it, so a 4x figure is as sharp as a 4x screen.
#pragma once

#include <string>

#include "ui/ui_state.h"

namespace platform {

// Registers the renderer for core's PNG formats (figure_formats.h); `ui` gives the interface scale and the
// canvas's font. Call once the GL context and ImGui's OpenGL backend are ready.
void EnableFigurePng(const sse::ui::UiState* ui);

}  // namespace platform
