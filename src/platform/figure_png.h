// figure_png.h: the PNG figure export (issue 15): the view drawn again (ui/figure_view.h) into an offscreen
// framebuffer (OpenGL 3 on the desktop, WebGL2 in the page) at 1x, 2x or 4x the canvas's size, read back and
// encoded with core's PNG writer. Not a screenshot: text is rasterised at the higher density (Dear ImGui 1.92
// dynamic fonts) and lines are tessellated for it, so a 4x figure is as sharp as a 4x screen.
#pragma once

#include <string>

#include <SDL.h>

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace platform {

// Registers the renderer for core's PNG formats (figure_formats.h); `ui` gives the interface scale and the
// canvas's font. Call once the GL context and ImGui's OpenGL backend are ready.
void EnableFigurePng(const sse::ui::UiState* ui);

#ifndef __EMSCRIPTEN__
// --screenshot: the window's last frame as a PNG file (opaque), as the screen shows it, panels and all.
void SaveScreenshot(SDL_Window* window, const std::string& path);
// --export / --convert to a figure: the view in the format the file's extension names (.svg, .png) at `scale`,
// written atomically as the Export menu writes it; false (and a message on stderr) when it could not be.
bool SaveFigure(const sse::Explorer& ex, const std::string& path, int scale, bool transparent);
#endif

}  // namespace platform
