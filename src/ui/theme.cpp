// theme.cpp: see theme.h.
#include "ui/theme.h"

#include "core/palette.h"
#include "core/vocabulary.h"

namespace sse::ui {

namespace {
ImU32 Col(Rgba c) { return IM_COL32(c.r, c.g, c.b, c.a); }
// The canvas colours are core's (palette.h), which the SVG export reads too.
Palette FromCore(const CanvasPalette& p) {
    return {Col(p.background), Col(p.link),       Col(p.link_highlight), Col(p.label),      Col(p.label_backdrop),
            Col(p.selection),  Col(p.band_a),     Col(p.band_b),         Col(p.band_label), Col(p.outline),
            Col(p.land),       Col(p.graticule)};
}
const Palette LightPalette = FromCore(CanvasPaletteFor("light"));
const Palette DarkPalette = FromCore(CanvasPaletteFor("dark"));
const Palette HighContrastPalette = FromCore(CanvasPaletteFor("high-contrast"));
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
    if (country < 0) return IM_COL32(0, 0, 0, 0);
    const Rgb c = TerritoryRingRgb(country);  // core's, shared with the SVG export
    return IM_COL32(c.r, c.g, c.b, 255);
}

}  // namespace sse::ui
