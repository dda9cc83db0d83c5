// figure_menu.cpp: see figure_menu.h.
#include "ui/figure_menu.h"

#include <string>

#include "core/figure_formats.h"
#include "imgui.h"
#include "ui/tr.h"

namespace sse::ui {

void FigurePngMenu(UiState& ui, const char* id) {
    if (!ImGui::BeginMenu(Titled(Tr("data.export_png", "Export figure as PNG"), id).c_str())) return;
    // The formats' own table names what each item writes: one row per scale, with or without the background.
    for (const FigureFormat& f : FigureFormats()) {
        if (f.extension[0] != 'p' || f.background == ui.figure_transparent) continue;  // "png"
        const std::string label = TrF("data.png_scale", "{scale}× the screen's size", {{"scale", std::to_string(f.scale)}});
        if (ImGui::MenuItem(Titled(label.c_str(), f.name).c_str())) ui.export_requested = f.name;
    }
    ImGui::Separator();
    // Stays open when ticked, so that a size can be chosen next.
    ImGui::PushItemFlag(ImGuiItemFlags_AutoClosePopups, false);
    ImGui::MenuItem(Titled(Tr("data.png_transparent", "Transparent background"), "transparent").c_str(), nullptr,
                    &ui.figure_transparent);
    ImGui::PopItemFlag();
    ImGui::EndMenu();
}

}  // namespace sse::ui
