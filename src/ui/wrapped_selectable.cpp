// wrapped_selectable.cpp: see wrapped_selectable.h.
#include "ui/wrapped_selectable.h"

#include <algorithm>

#include "imgui.h"
#include "ui/phone_layout.h"

namespace sse::ui {

bool WrappedSelectable(const char* id, const std::string& text, bool selected) {
    const float wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = std::max(size.y, TouchRowHeight());  // thumb-sized in a phone's sheet
    bool clicked = ImGui::Selectable(id, selected, 0, ImVec2(wrap, h));
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x, pos.y + (h - size.y) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                                        text.c_str(), nullptr, wrap);
    return clicked;
}

}  // namespace sse::ui
