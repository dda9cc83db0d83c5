// imconfig_app.h: our Dear ImGui compile-time settings, used by every translation unit that includes imgui.h
// (ImGui itself, its backends, the ui library and the app). Set through IMGUI_USER_CONFIG in CMake.
#pragma once

// WebGL has no vertex-offset draw support, and a labelled network of ~1,000 actors exceeds 65,536 vertices.
#define ImDrawIdx unsigned int
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS

#ifdef __EMSCRIPTEN__
// Debian's Emscripten 3.1.6 <emscripten/em_js.h> uses EMSCRIPTEN_KEEPALIVE without including em_macros.h,
// and imgui_impl_sdl2.cpp includes only em_js.h.
#include <emscripten/em_macros.h>
// The web build ships no ImGui debug tools (metrics window, debug log, ID stack tool): nothing opens them, and
// they weigh on the download. The desktop build keeps them for development.
#define IMGUI_DISABLE_DEBUG_TOOLS
#endif
