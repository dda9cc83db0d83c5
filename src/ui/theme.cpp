// theme.cpp: see theme.h.
#include "ui/theme.h"

#include "core/palette.h"
#include "core/vocabulary.h"

namespace sse::ui {

namespace {
const Palette LightPalette = {IM_COL32(250, 250, 247, 255), IM_COL32(90, 96, 110, 150), IM_COL32(20, 24, 32, 235),
                              IM_COL32(20, 24, 32, 255),    IM_COL32(250, 250, 247, 200), IM_COL32(213, 94, 0, 255),
                              IM_COL32(240, 242, 246, 255), IM_COL32(246, 247, 249, 255), IM_COL32(90, 96, 110, 255),
                              IM_COL32(255, 255, 255, 255), IM_COL32(170, 176, 186, 255), IM_COL32(226, 229, 234, 255)};
const Palette DarkPalette = {IM_COL32(24, 26, 31, 255),    IM_COL32(170, 176, 190, 140), IM_COL32(245, 245, 245, 240),
                             IM_COL32(235, 237, 240, 255), IM_COL32(24, 26, 31, 210),    IM_COL32(240, 150, 60, 255),
                             IM_COL32(32, 35, 42, 255),    IM_COL32(28, 30, 36, 255),    IM_COL32(170, 176, 190, 255),
                             IM_COL32(24, 26, 31, 255),    IM_COL32(96, 102, 116, 255),  IM_COL32(44, 47, 55, 255)};
// High contrast: pure black on white, heavy links, for projectors that wash colours out.
const Palette HighContrastPalette = {IM_COL32(255, 255, 255, 255), IM_COL32(0, 0, 0, 200),     IM_COL32(0, 0, 0, 255),
                                     IM_COL32(0, 0, 0, 255),       IM_COL32(255, 255, 255, 235), IM_COL32(200, 0, 0, 255),
                                     IM_COL32(235, 235, 235, 255), IM_COL32(255, 255, 255, 255), IM_COL32(0, 0, 0, 255),
                                     IM_COL32(0, 0, 0, 255),       IM_COL32(0, 0, 0, 170),       IM_COL32(190, 190, 190, 255)};
const Palette* s_palette = &LightPalette;
}  // namespace

const Palette& CurrentPalette() { return *s_palette; }

void ApplyTheme(const std::string& theme, float scale) {
    ImGuiStyle style;  // a fresh style: ScaleAllSizes multiplies, so never apply it twice to the same style
    switch (ParseEnum<Theme>(theme).value_or(Theme::Light)) {
        case Theme::Dark:
            ImGui::StyleColorsDark(&style);
            s_palette = &DarkPalette;
            break;
        case Theme::HighContrast: {
            ImGui::StyleColorsLight(&style);
            ImVec4* c = style.Colors;
            c[ImGuiCol_Text] = ImVec4(0, 0, 0, 1);
            c[ImGuiCol_TextDisabled] = ImVec4(0.15f, 0.15f, 0.15f, 1);
            c[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
            c[ImGuiCol_Border] = ImVec4(0, 0, 0, 1);
            c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
            c[ImGuiCol_Header] = ImVec4(1, 0.85f, 0, 1);
            c[ImGuiCol_HeaderHovered] = ImVec4(1, 0.75f, 0, 1);
            c[ImGuiCol_Button] = ImVec4(0.9f, 0.9f, 0.9f, 1);
            c[ImGuiCol_CheckMark] = ImVec4(0, 0, 0, 1);
            c[ImGuiCol_TextLink] = ImVec4(0, 0, 0.8f, 1);
            style.FrameBorderSize = 1.0f;
            style.WindowBorderSize = 2.0f;
            s_palette = &HighContrastPalette;
            break;
        }
        case Theme::Light:
            ImGui::StyleColorsLight(&style);
            s_palette = &LightPalette;
            break;
    }
    // Corners (docs/style.md): controls 4 px, floating windows (popups, tooltips, the caption) 6 px; docked panels
    // stay square, as they meet the screen's edges.
    style.FrameRounding = style.GrabRounding = style.TabRounding = 4.0f;
    style.PopupRounding = style.ChildRounding = 6.0f;
    style.ScaleAllSizes(scale);
    style.FontSizeBase = BaseFontSize;
    style.FontScaleMain = scale;
    ImGui::GetStyle() = style;
}

ImU32 ActorKindColor(ActorKind kind) {
    const Rgb c = ActorKindRgb(kind);  // core's palette: exports (GEXF, SVG) use the same colours
    return IM_COL32(c.r, c.g, c.b, 255);
}

ImU32 TerritoryRingColor(int country) {
    // Paul Tol's "muted" scheme: darker and duller than the kinds' Okabe-Ito fills, so a ring reads as a
    // second attribute; the territory code beside the label carries the same information in text.
    static const ImU32 ring[kTerritoryRingColours] = {
        IM_COL32(51, 34, 136, 255),   // indigo
        IM_COL32(204, 102, 119, 255), // rose
        IM_COL32(17, 119, 51, 255),   // green
        IM_COL32(221, 204, 119, 255), // sand
        IM_COL32(136, 34, 85, 255),   // wine
        IM_COL32(136, 204, 238, 255), // cyan
        IM_COL32(153, 153, 51, 255),  // olive
        IM_COL32(170, 68, 153, 255),  // purple
    };
    return country < 0 ? IM_COL32(0, 0, 0, 0) : ring[country % kTerritoryRingColours];
}

}  // namespace sse::ui
