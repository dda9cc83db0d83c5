// wrapped_selectable.cpp: see wrapped_selectable.h.
#include "ui/wrapped_selectable.h"

#include "imgui.h"

namespace sse::ui {

bool WrappedSelectable(const char* id, const std::string& text, bool selected) {
    const float wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::Selectable(id, selected, 0, ImVec2(wrap, size.y));
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, ImGui::GetColorU32(ImGuiCol_Text),
                                        text.c_str(), nullptr, wrap);
    return clicked;
}

}  // namespace sse::ui
