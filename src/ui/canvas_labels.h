// canvas_labels.h: the actors' labels on the network canvas, placed so that none overlap.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/display_list.h"
#include "core/explorer.h"
#include "imgui.h"
#include "ui/screen_actors.h"

namespace sse::ui {

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
            m_name.size() == data.actors.size() && m_language == LabelLanguageStamp(ex))
            return;
        m_generation = ex.DataGeneration();
        m_language = LabelLanguageStamp(ex);
        m_font = font;
        m_size = size;
        m_code_size = code_size;
        m_name.resize(data.actors.size());
        m_code_w.resize(data.actors.size());
        for (size_t a = 0; a < data.actors.size(); ++a) {
            const Actor& actor = data.actors[a];
            const std::string& text = ActorLabel(ex, actor);
            m_name[a] = font->CalcTextSizeA(size, 1e9f, 0, text.data(), text.data() + text.size());
            const std::string& code = ex.Cues().code[a];
            m_code_w[a] = code.empty() ? 0 : font->CalcTextSizeA(code_size, 1e9f, 0, code.data(), code.data() + code.size()).x;
        }
    }
    ImVec2 Name(int a) const { return m_name[(size_t)a]; }
    float CodeWidth(int a) const { return m_code_w[(size_t)a]; }

private:
    int m_generation = -1;
    size_t m_language = 0;  // LabelLanguageStamp
    ImFont* m_font = nullptr;
    float m_size = 0, m_code_size = 0;
    std::vector<ImVec2> m_name;
    std::vector<float> m_code_w;
};

// What the labels keep between frames: their sizes, and the grid of placed boxes (its memory).
struct LabelCache {
    LabelMeasures measures;
    LabelGrid placed;
    std::vector<int> drawn;  // the actors whose labels were drawn (on the canvas), in drawing order: the SVG export's
    std::vector<float> drawn_widths;  // their backdrops' widths
    float drawn_size = 14;   // and their font size in pixels
};

// Draws the labels of the list's actors (name, then the territory code when the list has one) under their actors,
// in the list's label order: the forced ones (selected, hovered) always, the others only where they overlap
// no label placed before them.
void DrawLabels(ImDrawList* dl, const Explorer& ex, const DisplayList& list, const ScreenActors& sa, float scale,
                ImFont* font, LabelCache& cache);

}  // namespace sse::ui
