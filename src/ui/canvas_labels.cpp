// canvas_labels.cpp: see canvas_labels.h.
#include "ui/canvas_labels.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "ui/theme.h"

namespace sse::ui {

namespace {
constexpr float LabelFontSize = 14.0f;  // pixels at 100% UI scale
constexpr float CodeSizeRatio = 0.8f;   // the territory code's text size, relative to the name's

struct LabelBox {
    ImVec2 min, max;
    bool Overlaps(const LabelBox& o) const {
        return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
    }
    bool StrictlyContains(ImVec2 p) const { return min.x < p.x && p.x < max.x && min.y < p.y && p.y < max.y; }
};

// The placed labels, listed in a uniform grid of screen cells (the canvas; boxes beyond it land in the border
// cells), so that a new label is compared with its neighbours only: O(labels) instead of O(labels^2), and the
// same answers as comparing with every placed label.
class LabelGrid {
public:
    void Reset(ImVec2 min, ImVec2 max) {
        m_min = min;
        m_nx = std::clamp((int)((max.x - min.x) / Cell) + 1, 1, 256);
        m_ny = std::clamp((int)((max.y - min.y) / Cell) + 1, 1, 256);
        if (m_cells.size() < (size_t)(m_nx * m_ny)) m_cells.resize((size_t)(m_nx * m_ny));
        for (auto& c : m_cells) c.clear();
        m_boxes.clear();
    }
    bool Overlaps(const LabelBox& b) const {
        int x0, y0, x1, y1;
        Range(b.min, b.max, x0, y0, x1, y1);
        for (int cy = y0; cy <= y1; ++cy)
            for (int cx = x0; cx <= x1; ++cx)
                for (int i : m_cells[(size_t)(cy * m_nx + cx)])
                    if (m_boxes[(size_t)i].Overlaps(b)) return true;
        return false;
    }
    bool Covers(ImVec2 p) const {  // p strictly inside a placed box
        int x0, y0, x1, y1;
        Range(p, p, x0, y0, x1, y1);
        for (int i : m_cells[(size_t)(y0 * m_nx + x0)])
            if (m_boxes[(size_t)i].StrictlyContains(p)) return true;
        return false;
    }
    void Add(const LabelBox& b) {
        int x0, y0, x1, y1;
        Range(b.min, b.max, x0, y0, x1, y1);
        for (int cy = y0; cy <= y1; ++cy)
            for (int cx = x0; cx <= x1; ++cx) m_cells[(size_t)(cy * m_nx + cx)].push_back((int)m_boxes.size());
        m_boxes.push_back(b);
    }

private:
    static constexpr float Cell = 32.0f;
    int CellX(float x) const { return std::clamp((int)std::floor((x - m_min.x) / Cell), 0, m_nx - 1); }
    int CellY(float y) const { return std::clamp((int)std::floor((y - m_min.y) / Cell), 0, m_ny - 1); }
    void Range(ImVec2 a, ImVec2 b, int& x0, int& y0, int& x1, int& y1) const {
        x0 = CellX(a.x);
        y0 = CellY(a.y);
        x1 = CellX(b.x);
        y1 = CellY(b.y);
    }
    ImVec2 m_min;
    int m_nx = 1, m_ny = 1;
    std::vector<std::vector<int>> m_cells;
    std::vector<LabelBox> m_boxes;
};

// Text sizes of every actor's label at one font and size, kept between frames: measuring thousands of names
// every frame was a fifth of a frame at 5,000 actors. Measured again when the data set, font or size changes.
class LabelMeasures {
public:
    void Update(const Explorer& ex, ImFont* font, float size, float code_size) {
        const Dataset& data = ex.Data();
        if (ex.DataGeneration() == m_generation && font == m_font && size == m_size && code_size == m_code_size &&
            m_name.size() == data.actors.size())
            return;
        m_generation = ex.DataGeneration();
        m_font = font;
        m_size = size;
        m_code_size = code_size;
        m_name.resize(data.actors.size());
        m_code_w.resize(data.actors.size());
        for (size_t a = 0; a < data.actors.size(); ++a) {
            const Actor& actor = data.actors[a];
            const std::string& text = actor.short_name.empty() ? actor.name : actor.short_name;
            m_name[a] = font->CalcTextSizeA(size, 1e9f, 0, text.data(), text.data() + text.size());
            const std::string& code = ex.Cues().code[a];
            m_code_w[a] = code.empty() ? 0 : font->CalcTextSizeA(code_size, 1e9f, 0, code.data(), code.data() + code.size()).x;
        }
    }
    ImVec2 Name(int a) const { return m_name[(size_t)a]; }
    float CodeWidth(int a) const { return m_code_w[(size_t)a]; }

private:
    int m_generation = -1;
    ImFont* m_font = nullptr;
    float m_size = 0, m_code_size = 0;
    std::vector<ImVec2> m_name;
    std::vector<float> m_code_w;
};

// The actors in the order their labels claim space: in focus first, then by degree (ties by index). Sorting
// thousands every frame cost as much as drawing the labels: the sorted order is kept while the candidates and
// their priorities stay the same (compared in O(n)). The selected and hovered actors go first in DrawLabels.
class LabelOrder {
public:
    const std::vector<int>& Update(const Explorer& ex) {
        const Dataset& data = ex.Data();
        m_keys.clear();
        for (int a = 0; a < (int)data.actors.size(); ++a) {
            if (!ex.ActorVisible(a) || ex.ActorFaded(a)) continue;
            m_keys.push_back({-(ex.Degree()[a] + (ex.ActorInFocus(a) ? 1e3 : 0)), a});
        }
        if (m_keys != m_last_keys) {
            m_last_keys = m_keys;
            std::sort(m_keys.begin(), m_keys.end());
            m_order.clear();
            for (const auto& k : m_keys) m_order.push_back(k.second);
        }
        return m_order;
    }

private:
    std::vector<std::pair<double, int>> m_keys, m_last_keys;
    std::vector<int> m_order;
};

// Places and draws one actor's label; false when it has no room. `forced` labels (selected, hovered) always go.
bool PlaceLabel(ImDrawList* dl, const Explorer& ex, const ScreenActors& sa, int a, bool forced, ImFont* font, float size,
                const LabelMeasures& measures, LabelGrid& placed) {
    const ImVec2 c = sa.centre[(size_t)a];
    const float r = sa.radius[(size_t)a];
    // Every label box contains the point just under its actor: if a placed box covers it, this label
    // cannot be placed, whatever its width.
    if (!forced && placed.Covers(ImVec2(c.x, c.y + r + 3))) return false;
    const ImVec2 ts = measures.Name(a);
    // The territory code follows the name, smaller and dimmer: "ACCIÓ ES-CT".
    const bool code = ex.presentation.territory_cue && measures.CodeWidth(a) > 0;
    const float code_size = size * CodeSizeRatio, gap = size * 0.35f;
    const float w = ts.x + (code ? gap + measures.CodeWidth(a) : 0);
    const LabelBox box{ImVec2(c.x - w * 0.5f - 2, c.y + r + 2), ImVec2(c.x + w * 0.5f + 2, c.y + r + 4 + ts.y)};
    if (!forced && placed.Overlaps(box)) return false;
    placed.Add(box);
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    if (box.max.x < clip_min.x || box.min.x > clip_max.x || box.max.y < clip_min.y || box.min.y > clip_max.y)
        return true;  // placed (it keeps its space) but off the canvas: nothing to draw
    const Actor& actor = ex.Data().actors[a];
    const std::string& text = actor.short_name.empty() ? actor.name : actor.short_name;
    dl->AddRectFilled(box.min, box.max, CurrentPalette().label_backdrop, 3.0f);
    dl->AddText(font, size, ImVec2(box.min.x + 2, box.min.y + 1), CurrentPalette().label, text.data(), text.data() + text.size());
    if (code) {
        const std::string& s = ex.Cues().code[a];
        dl->AddText(font, code_size, ImVec2(box.min.x + 2 + ts.x + gap, box.min.y + 1 + (size - code_size) * 0.7f),
                    CurrentPalette().band_label, s.data(), s.data() + s.size());
    }
    return true;
}
}  // namespace

void DrawLabels(ImDrawList* dl, const Explorer& ex, const ScreenActors& sa, float scale) {
    static LabelMeasures measures;  // kept between frames (see the classes)
    static LabelOrder order;
    static LabelGrid placed;
    ImFont* font = ImGui::GetFont();
    const float size = LabelFontSize * scale;
    measures.Update(ex, font, size, size * CodeSizeRatio);
    placed.Reset(dl->GetClipRectMin(), dl->GetClipRectMax());
    // The selected actor, then the hovered one (even when faded), claim space first; then the others in order.
    const int selected = ex.Selected(), hovered = ex.Hovered();
    const int n = (int)ex.Data().actors.size();
    if (selected >= 0 && selected < n && ex.ActorVisible(selected) && (!ex.ActorFaded(selected) || selected == hovered))
        PlaceLabel(dl, ex, sa, selected, true, font, size, measures, placed);
    if (hovered >= 0 && hovered < n && hovered != selected && ex.ActorVisible(hovered))
        PlaceLabel(dl, ex, sa, hovered, true, font, size, measures, placed);
    for (int a : order.Update(ex))
        if (a != selected && a != hovered) PlaceLabel(dl, ex, sa, a, false, font, size, measures, placed);
}

}  // namespace sse::ui
