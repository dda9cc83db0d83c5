// toolbar_button.cpp: see toolbar_button.h.
#include "ui/toolbar_button.h"

#include <string>

#include "imgui.h"
#include "ui/icons.h"

namespace sse::ui {

const char* LayoutIcon(LayoutKind kind) {
    switch (kind) {
        case LayoutKind::Levels: return icon::Levels;
        case LayoutKind::Geographic: return icon::Map;
        case LayoutKind::Force: return icon::Force;
        case LayoutKind::Ego: return icon::Ego;
    }
    return icon::Levels;
}

void ToolbarNextItem(float width, float spacing) {
    const float sp = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
    const float right = ImGui::GetItemRectMax().x + sp + width;
    if (right < ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - ImGui::GetStyle().WindowPadding.x) ImGui::SameLine(0, sp);
}

float ToolbarButtonWidth(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2; }

std::string ToolbarLabel(const char* icon, const char* word, const char* id, bool with_word) {
    std::string label = icon;
    if (with_word) label += std::string(" ") + word;
    return label + "###" + id;
}

void RecordToolbarTarget(Explorer& ex, const char* id) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ex.ui_targets.push_back({std::string("toolbar.") + id, a.x, a.y, b.x - a.x, b.y - a.y});
}

void ToolbarTooltip(const char* word, const char* tip, bool with_word) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) return;
    if (with_word && !tip) return;  // the word is on the button already
    if (with_word) ImGui::SetTooltip("%s", tip);
    else if (tip) ImGui::SetTooltip("%s\n%s", word, tip);
    else ImGui::SetTooltip("%s", word);
}

bool ToolbarButton(Explorer& ex, const char* icon, const char* word, const char* id, const char* tip, bool with_word, float spacing) {
    const std::string label = ToolbarLabel(icon, word, id, with_word);
    ToolbarNextItem(ToolbarButtonWidth(label.c_str()), spacing);
    const bool pressed = ImGui::Button(label.c_str());
    RecordToolbarTarget(ex, id);
    ToolbarTooltip(word, tip, with_word);
    return pressed;
}

}  // namespace sse::ui
