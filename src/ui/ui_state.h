// ui_state.h: what the UI remembers between frames (open panels, drags, text boxes). No decisions here.
#pragma once

#include <map>
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
    // The table's cells in edit mode (table_cells.cpp): typing into the current cell, a paste waiting for it.
    bool table_typing = false;    // the current cell's text box (or word list) is open
    bool table_focus = false;     // put the keyboard in it next frame
    char table_buffer[1024] = "";
    bool table_paste_pending = false;  // the page's paste event (web) left cells for the current cell
    std::string table_paste;
    std::string table_command;    // a typed cell's paste-cells, run once the table is drawn (table_cells.cpp)
    int dragging_actor = -1;      // actor being dragged, -1 for none
    bool pressed_on_actor = false;
    int fingers = 0;  // fingers on a touch screen now (platform/touch_gestures.cpp); two or more: the gesture pans
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
    bool figure_transparent = false;   // Export figure as PNG: without the canvas's background (figure_menu.h)
    CanvasCache canvas;           // the canvas's display list and buffers, kept between frames for their memory
    // Editing (issue 16; edit_ui.cpp, edit_form.cpp, edit_gestures.cpp).
    int linking_from = -1;        // the actor a link drag started from (edit mode), -1 for none
    bool boxing = false;          // a Shift+drag from the background draws a selection box (edit mode)
    float box_x0 = 0, box_y0 = 0; // where that box started, in screen pixels
    bool release_is_not_a_click = false;  // the press was a double-click that made an actor
    int last_press_frame = -100;  // the canvas's last press (frame, time, place), to tell a double-click
    double last_press_time = -100;
    float last_press_x = 0, last_press_y = 0;
    bool double_press = false;    // this frame's press is the second of a double-click
    float drag_world_x = 0, drag_world_y = 0;  // last world point of an actor drag (moves a multi-selection along)
    std::string naming_actor;     // the actor whose name box is open after a double-click ("" for none)
    char name_buffer[256] = "";
    bool name_focus = false;      // put the keyboard in the name box next frame
    std::string relation_link;    // the link just drawn, whose relation chooser is open ("" for none)
    float relation_x = 0, relation_y = 0;  // where the chooser opens (screen)
    std::string edit_link;        // the link whose form the details panel shows in edit mode ("" for the actor's)
    std::string form_subject;     // "actor:<id>" / "link:<id>": whose values form_text holds
    int form_revision = -1;       // the document revision form_text was read at
    std::map<std::string, std::string> form_text;   // field -> the text being typed
    std::map<std::string, std::string> form_error;  // field -> the rule's message for that text ("" when valid)
    std::map<std::string, double> form_check_due;   // field -> when its waiting as-typed check runs (large maps; 0: none)
    std::string caption_subject;  // "<tour>:<step>" the caption editor's texts belong to
    int caption_revision = -1;
    std::map<std::string, std::string> caption_text, caption_error;
    bool save_as_open = false;    // the desktop's own "Save as" file-name prompt
    char save_as[512] = "";
    bool quit_requested = false;  // the window was closed with unsaved changes: ask first (desktop)
    bool quit_confirmed = false;  // the user chose to quit anyway (or saved): the platform ends the loop
    bool desktop = false;         // set by the platform: Save writes files, quitting asks
    // The compact layout of phones (phone_layout.cpp): a swipe in progress (0 none, 1 a sheet's title, 2 the tour
    // caption) and where it started, how far the sheet follows the finger down, menus to open next frame.
    int swipe_on = 0;
    float swipe_x = 0, swipe_y = 0, sheet_drag = 0;
    bool open_view_menu = false, open_data_menu = false;
    unsigned scroll_window = 0;   // the window a finger drags to scroll (ImGuiID), 0 for none
    float scroll_from_y = 0, swipe_scroll = 0;  // where that drag began; the caption's scroll when a swipe began
    bool scrolling = false;       // the drag went far enough to be a scroll, not a tap
};

}  // namespace sse::ui
