// canvas_labels.cpp: see canvas_labels.h.
#include "ui/canvas_labels.h"

#include <string>

#include "ui/theme.h"

namespace sse::ui {

namespace {
constexpr float LabelFontSize = 14.0f;  // pixels at 100% UI scale
constexpr float CodeSizeRatio = 0.8f;   // the territory code's text size, relative to the name's

// Places and draws one label; false when it has no room. `forced` labels always go.
bool PlaceLabel(ImDrawList* dl, const DisplayList& list, const ScreenActors& sa, DisplayLabel label, bool forced,
                ImFont* font, float size, const LabelMeasures& measures, LabelGrid& placed, std::vector<int>& drawn,
                std::vector<float>& widths) {
    const ImVec2 c = sa.centre[(size_t)label.slot];
    const float r = sa.radius[(size_t)label.slot];
    // Every label box contains the point just under its actor: if a placed box covers it, this label
    // cannot be placed, whatever its width.
    if (!forced && placed.Covers(ImVec2(c.x, c.y + r + 3))) return false;
    const ImVec2 ts = measures.Name(label.actor);
    // The territory code follows the name, smaller and dimmer: "ACCIÓ ES-CT". (The actor's entry is read only
    // for a label that gets placed: most of thousands do not, and the entries are read in label order, not in
    // memory order.)
    const bool code = list.territory_codes && measures.CodeWidth(label.actor) > 0;
    const float code_size = size * CodeSizeRatio, gap = size * 0.35f;
    const float w = ts.x + (code ? gap + measures.CodeWidth(label.actor) : 0);
    const LabelBox box{ImVec2(c.x - w * 0.5f - 2, c.y + r + 2), ImVec2(c.x + w * 0.5f + 2, c.y + r + 4 + ts.y)};
    if (!forced && placed.Overlaps(box)) return false;
    placed.Add(box);
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    if (box.max.x < clip_min.x || box.min.x > clip_max.x || box.max.y < clip_min.y || box.min.y > clip_max.y)
        return true;  // placed (it keeps its space) but off the canvas: nothing to draw
    drawn.push_back(label.actor);
    widths.push_back(box.max.x - box.min.x);
    const DisplayActor& d = list.actors[(size_t)label.slot];
    const std::string& text = *d.label;
    const Palette& pal = CurrentPalette();
    dl->AddRectFilled(box.min, box.max, pal.label_backdrop, 3.0f);
    dl->AddText(font, size, ImVec2(box.min.x + 2, box.min.y + 1), pal.label, text.data(), text.data() + text.size());
    if (code) {
        const std::string& s = *d.code;
        dl->AddText(font, code_size, ImVec2(box.min.x + 2 + ts.x + gap, box.min.y + 1 + (size - code_size) * 0.7f),
                    pal.band_label, s.data(), s.data() + s.size());
    }
    return true;
}
}  // namespace

void DrawLabels(ImDrawList* dl, const Explorer& ex, const DisplayList& list, const ScreenActors& sa, float scale,
                ImFont* font, LabelCache& cache) {
    const float size = LabelFontSize * scale;
    cache.measures.Update(ex, font, size, size * CodeSizeRatio);
    cache.placed.Reset(dl->GetClipRectMin(), dl->GetClipRectMax());
    cache.drawn.clear();
    cache.drawn_widths.clear();
    cache.drawn_size = size;
    // The list's order: forced labels (selected, hovered) first, then by priority (display_list.h).
    const int n = (int)list.label_order.size();
    for (int k = 0; k < n; ++k)
        PlaceLabel(dl, list, sa, list.label_order[(size_t)k], k < list.forced_labels, font, size, cache.measures,
                   cache.placed, cache.drawn, cache.drawn_widths);
}

}  // namespace sse::ui
