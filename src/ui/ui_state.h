// ui_state.h: what the UI remembers between frames (open panels, drags, text boxes). No decisions here.
#pragma once

#include <string>

#include "ui/canvas_cache.h"

namespace sse::ui {

struct UiState {
    bool show_diagnostics = true;
    std::string last_subject;     // Explorer::DetailsSubject last frame: a new one reopens the details panel
    char search[128] = "";
    bool focus_search = false;    // put the keyboard in the search box
    bool typeahead_hovered = false;  // keep the type-ahead list open while the mouse is on it
    char table_filter[64] = "";
    int dragging_actor = -1;      // actor being dragged, -1 for none
    bool pressed_on_actor = false;
    float press_x = 0, press_y = 0;  // where the mouse went down (screen), to tell a click from a drag
    float ui_scale = 1.0f;        // UI text scale (1 = 100%)
    int applied_scale = 0;        // scale and theme last applied to the ImGui style
    std::string applied_theme;
    bool remember_no_welcome = false;  // "don't show again" ticked: the platform saves it
    float caption_height = 0;     // the tour caption's height last frame (the camera keeps clear of it)
    float toolbar_bottom = 0;     // where the toolbar (one or more rows) ends, in pixels
    bool copy_link_requested = false;  // the platform copies the view's link
    std::string copy_text;        // the platform copies this text to the clipboard, then clears it (Share panel)
    bool open_requested = false;       // Data > Open…: the platform shows its file picker
    std::string export_requested;      // Data > Export: "json", "csv", "csv:<table>" or "template" (Explorer::ExportData)
    CanvasCache canvas;           // the canvas's display list and buffers, kept between frames for their memory
};

}  // namespace sse::ui
