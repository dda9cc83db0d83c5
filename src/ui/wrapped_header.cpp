// wrapped_header.cpp: see wrapped_header.h.
#include "ui/wrapped_header.h"

#include <string>

namespace sse::ui {

bool WrappedHeader(const char* text, const char* id, ImGuiTreeNodeFlags flags) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float font = ImGui::GetFontSize();
    // Where ImGui puts a framed header's label: after the arrow (font size) and three frame paddings.
    const float text_x = font + style.FramePadding.x * 3;
    const float wrap = ImGui::GetContentRegionAvail().x - text_x - style.FramePadding.x;
    const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, wrap > font ? wrap : font);
    if (size.y < font * 1.5f) return ImGui::CollapsingHeader((std::string(text) + "###" + id).c_str(), flags);
    // Several lines: an unlabelled header made as tall as the wrapped text (more frame padding), the text drawn in it.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, style.FramePadding.y + (size.y - font) * 0.5f));
    const bool open = ImGui::CollapsingHeader((std::string("###") + id).c_str(), flags);
    ImGui::PopStyleVar();
    const ImVec2 at = ImGui::GetItemRectMin();
    const float top = at.y + (ImGui::GetItemRectSize().y - size.y) * 0.5f;
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), font, ImVec2(at.x + text_x, top), ImGui::GetColorU32(ImGuiCol_Text), text,
                                        nullptr, wrap);
    return open;
}

void HintBesideOrBelow(const char* text) {
    const float width = ImGui::CalcTextSize(text).x;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", text);
    ImGui::PopTextWrapPos();
}

}  // namespace sse::ui
