// graph_canvas.cpp: see graph_canvas.h. Follows Dear ImGui's "Canvas" demo pattern: an InvisibleButton
// catches the input, an ImDrawList draws the picture.
#include "ui/graph_canvas.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"  // ImRsqrt, as ImGui's own line drawing uses
#include "ui/map_backdrop.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {
constexpr float LabelFontSize = 14.0f;   // pixels at 100% UI scale
constexpr float ClickSlop = 4.0f;        // pixels the mouse may move and still count as a click
constexpr float WheelZoomStep = 1.15f;   // zoom factor per wheel notch

ImVec2 ToIm(Vec2 v) { return ImVec2((float)v.x, (float)v.y); }

// A convex polygon filled and outlined in one go, as ImGui's anti-aliased fill followed by its closed thick
// anti-aliased stroke (ImDrawList::AddPolyline, thickness above one pixel) would draw it, but written directly
// into the vertex buffer: thousands of actors per frame. The fill stops at the stroke's centre line with no
// fringe of its own (the stroke's solid core and inner fringe cover that edge), so 5 vertices per point instead
// of ImGui's 6. Falls back to ImGui's calls where its other paths apply (no anti-aliasing, thin strokes).
void AddFilledOutlinedConvex(ImDrawList* dl, const ImVec2* pts, int n, ImU32 fill, ImU32 outline, float thickness) {
    const float aa = dl->_FringeScale;
    const bool fill_aa = (dl->Flags & ImDrawListFlags_AntiAliasedFill) != 0, lines_aa = (dl->Flags & ImDrawListFlags_AntiAliasedLines) != 0;
    const float t = std::max(thickness, 1.0f);
    const bool textured = (dl->Flags & ImDrawListFlags_AntiAliasedLinesUseTex) && (int)t < IM_DRAWLIST_TEX_LINES_WIDTH_MAX &&
                          t - (float)(int)t <= 0.00001f && aa == 1.0f;
    if (n < 3 || !fill_aa || !lines_aa || textured || !(thickness > aa) || (outline & IM_COL32_A_MASK) == 0) {
        dl->AddConvexPolyFilled(pts, n, fill);
        dl->AddPolyline(pts, n, outline, ImDrawFlags_Closed, thickness);
        return;
    }
    const bool has_fill = (fill & IM_COL32_A_MASK) != 0;
    const int fill_vtx = has_fill ? n : 0, fill_idx = has_fill ? (n - 2) * 3 : 0;
    dl->PrimReserve(fill_idx + n * 18, fill_vtx + n * 4);
    const ImVec2 uv = dl->_Data->TexUvWhitePixel;
    ImDrawVert* v = dl->_VtxWritePtr;
    ImDrawIdx* idx = dl->_IdxWritePtr;
    unsigned int base = dl->_VtxCurrentIdx;
    if (has_fill) {
        for (int k = 0; k < n; ++k) {
            v[k].pos = pts[k];
            v[k].uv = uv;
            v[k].col = fill;
        }
        for (int k = 2; k < n; ++k, idx += 3) {
            idx[0] = (ImDrawIdx)base;
            idx[1] = (ImDrawIdx)(base + k - 1);
            idx[2] = (ImDrawIdx)(base + k);
        }
        v += n;
        base += n;
    }
    // Edge normals, then at each point the averaged normal scaled as ImGui does (IM_FIXNORMAL2F).
    const ImU32 col_trans = outline & ~IM_COL32_A_MASK;
    const float hi = (t - aa) * 0.5f, ho = hi + aa;
    auto edge_normal = [&](int i) {
        const ImVec2 a = pts[i], b = pts[i + 1 == n ? 0 : i + 1];
        float dx = b.x - a.x, dy = b.y - a.y, d2 = dx * dx + dy * dy;
        if (d2 > 0.0f) {
            float inv = ImRsqrt(d2);
            dx *= inv;
            dy *= inv;
        }
        return ImVec2(dy, -dx);
    };
    ImVec2 prev = edge_normal(n - 1);
    for (int i = 0; i < n; ++i, v += 4) {
        const ImVec2 cur = edge_normal(i);
        float mx = (prev.x + cur.x) * 0.5f, my = (prev.y + cur.y) * 0.5f, m2 = mx * mx + my * my;
        if (m2 > 0.000001f) {
            float inv2 = std::min(1.0f / m2, 100.0f);
            mx *= inv2;
            my *= inv2;
        }
        prev = cur;
        const ImVec2 p = pts[i];
        v[0].pos = ImVec2(p.x + mx * ho, p.y + my * ho);
        v[1].pos = ImVec2(p.x + mx * hi, p.y + my * hi);
        v[2].pos = ImVec2(p.x - mx * hi, p.y - my * hi);
        v[3].pos = ImVec2(p.x - mx * ho, p.y - my * ho);
        v[0].uv = v[1].uv = v[2].uv = v[3].uv = uv;
        v[0].col = v[3].col = col_trans;
        v[1].col = v[2].col = outline;
        const unsigned int i1 = base + 4 * (unsigned int)i, i2 = base + 4 * (unsigned int)(i + 1 == n ? 0 : i + 1);
        const unsigned int pattern[18] = {i2 + 1, i1 + 1, i1 + 2, i1 + 2, i2 + 2, i2 + 1, i2 + 1, i1 + 1, i1 + 0,
                                          i1 + 0, i2 + 0, i2 + 1, i2 + 2, i1 + 2, i1 + 3, i1 + 3, i2 + 3, i2 + 2};
        for (int k = 0; k < 18; ++k) idx[k] = (ImDrawIdx)pattern[k];
        idx += 18;
    }
    dl->_VtxWritePtr = v;
    dl->_IdxWritePtr = idx;
    dl->_VtxCurrentIdx = base + 4 * (unsigned int)n;
}

void DrawShape(ImDrawList* dl, ActorShape shape, ImVec2 c, float r, ImU32 fill, ImU32 outline, float thickness) {
    if (r < 0.5f) return;  // as ImGui: nothing visible
    ImVec2 p[IM_DRAWLIST_ARCFAST_TABLE_SIZE];
    int n = 0;
    switch (shape) {
        case ActorShape::Circle: {
            // ImGui's automatic circle: the samples of its unit-circle table, on the stroke's line (radius - 0.5).
            const int step = std::clamp(IM_DRAWLIST_ARCFAST_SAMPLE_MAX / dl->_CalcCircleAutoSegmentCount(r), 1,
                                        IM_DRAWLIST_ARCFAST_TABLE_SIZE / 4);
            const float rc = r - 0.5f;
            for (int k = 0; k < IM_DRAWLIST_ARCFAST_SAMPLE_MAX; k += step, ++n) {
                const ImVec2 u = dl->_Data->ArcFastVtx[k];
                p[n] = ImVec2(c.x + u.x * rc, c.y + u.y * rc);
            }
            break;
        }
        case ActorShape::Square: {
            float s = r * 0.88f - 0.5f;  // the stroke's line, half a pixel inside the square (as ImGui's AddRect)
            p[0] = ImVec2(c.x - s, c.y - s);
            p[1] = ImVec2(c.x + s, c.y - s);
            p[2] = ImVec2(c.x + s, c.y + s);
            p[3] = ImVec2(c.x - s, c.y + s);
            n = 4;
            break;
        }
        case ActorShape::Diamond:
            p[0] = ImVec2(c.x, c.y - r);
            p[1] = ImVec2(c.x + r, c.y);
            p[2] = ImVec2(c.x, c.y + r);
            p[3] = ImVec2(c.x - r, c.y);
            n = 4;
            break;
        case ActorShape::Triangle:
            p[0] = ImVec2(c.x, c.y - r);
            p[1] = ImVec2(c.x + r * 0.93f, c.y + r * 0.6f);
            p[2] = ImVec2(c.x - r * 0.93f, c.y + r * 0.6f);
            n = 3;
            break;
        case ActorShape::Hexagon: {
            const float rc = r - 0.5f;  // as ImGui's AddNgon
            for (int k = 0; k < 6; ++k, ++n) {
                const float a = (float)k * (2.0f * IM_PI / 6.0f);
                p[n] = ImVec2(c.x + ImCos(a) * rc, c.y + ImSin(a) * rc);
            }
            break;
        }
    }
    AddFilledOutlinedConvex(dl, p, n, fill, outline, thickness);
}

ImU32 WithAlpha(ImU32 col, float alpha) {
    ImU32 a = (ImU32)(((col >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    return (col & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

constexpr float FadedAlpha = 0.13f;  // what a filter in showcase mode or the focus leaves in the background

// Points along a link: straight, or a quadratic curve bowed sideways by `bow` pixels.
void LinkPath(ImVec2 a, ImVec2 b, float bow, std::vector<ImVec2>& out) {
    out.clear();
    if (std::fabs(bow) < 0.5f) {
        out.push_back(a);
        out.push_back(b);
        return;
    }
    float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    if (len < 1e-3f) len = 1e-3f;
    ImVec2 ctrl((a.x + b.x) * 0.5f - dy / len * bow, (a.y + b.y) * 0.5f + dx / len * bow);
    const int segments = 20;
    for (int i = 0; i <= segments; ++i) {
        float t = (float)i / segments, u = 1 - t;
        out.push_back(ImVec2(u * u * a.x + 2 * u * t * ctrl.x + t * t * b.x, u * u * a.y + 2 * u * t * ctrl.y + t * t * b.y));
    }
}

// Draws line segments (pairs of ends in `ends`) exactly as one ImDrawList::AddLine() call per segment would: same
// vertices, indices and order (Dear ImGui 1.92's AddPolyline, anti-aliased path for widths above one pixel that
// are not whole numbers, the case of link strokes), but with one reservation for all segments instead of a call
// chain per segment. The dashes of thousands of links made that chain the largest cost of a frame. Other cases
// (whole-pixel widths use ImGui's textured lines; no anti-aliasing) simply call AddLine.

// Outward unit normal of each edge i -> i+1 of a closed convex polygon (as ImDrawList::AddConvexPolyFilled),
// for the anti-aliased fringe.
void EdgeNormals(const ImVec2* p, int count, ImVec2* normals) {
    for (int i0 = count - 1, i1 = 0; i1 < count; i0 = i1++) {
        float dx = p[i1].x - p[i0].x, dy = p[i1].y - p[i0].y, d2 = dx * dx + dy * dy;
        if (d2 > 0.0f) {
            float inv = ImRsqrt(d2);
            dx *= inv;
            dy *= inv;
        }
        normals[i0] = ImVec2(dy, -dx);
    }
}
void AddLines(ImDrawList* dl, const ImVec2* ends, int segments, ImU32 col, float thickness) {
    if (segments <= 0 || (col & IM_COL32_A_MASK) == 0) return;
    const float aa = dl->_FringeScale, t = std::max(thickness, 1.0f);
    const bool textured = (dl->Flags & ImDrawListFlags_AntiAliasedLinesUseTex) && (int)t < IM_DRAWLIST_TEX_LINES_WIDTH_MAX &&
                          t - (float)(int)t <= 0.00001f && aa == 1.0f;
    if (!(dl->Flags & ImDrawListFlags_AntiAliasedLines) || textured || !(thickness > aa)) {
        for (int s = 0; s < segments; ++s) dl->AddLine(ends[2 * s], ends[2 * s + 1], col, thickness);
        return;
    }
    const ImVec2 uv = dl->_Data->TexUvWhitePixel;
    const ImU32 col_trans = col & ~IM_COL32_A_MASK;
    const float hi = (t - aa) * 0.5f, ho = hi + aa;  // half widths of the solid core and of the whole stroke
    dl->PrimReserve(segments * 18, segments * 8);
    ImDrawVert* v = dl->_VtxWritePtr;
    ImDrawIdx* idx = dl->_IdxWritePtr;
    unsigned int i1 = dl->_VtxCurrentIdx;
    for (int s = 0; s < segments; ++s, i1 += 8, v += 8, idx += 18) {
        const ImVec2 p0(ends[2 * s].x + 0.5f, ends[2 * s].y + 0.5f), p1(ends[2 * s + 1].x + 0.5f, ends[2 * s + 1].y + 0.5f);
        float dx = p1.x - p0.x, dy = p1.y - p0.y;
        float d2 = dx * dx + dy * dy;
        if (d2 > 0.0f) {
            float inv = ImRsqrt(d2);
            dx *= inv;
            dy *= inv;
        }
        const float nx = dy, ny = -dx;  // the segment's normal, used as is at the first end...
        float mx = (nx + nx) * 0.5f, my = (ny + ny) * 0.5f;  // ...and "averaged" then rescaled at the last one
        float m2 = mx * mx + my * my;
        if (m2 > 0.000001f) {
            float inv2 = std::min(1.0f / m2, 100.0f);
            mx *= inv2;
            my *= inv2;
        }
        const ImVec2 q[8] = {ImVec2(p0.x + nx * ho, p0.y + ny * ho), ImVec2(p0.x + nx * hi, p0.y + ny * hi),
                             ImVec2(p0.x - nx * hi, p0.y - ny * hi), ImVec2(p0.x - nx * ho, p0.y - ny * ho),
                             ImVec2(p1.x + mx * ho, p1.y + my * ho), ImVec2(p1.x + mx * hi, p1.y + my * hi),
                             ImVec2(p1.x - mx * hi, p1.y - my * hi), ImVec2(p1.x - mx * ho, p1.y - my * ho)};
        const unsigned int i2 = i1 + 4;
        const unsigned int pattern[18] = {i2 + 1, i1 + 1, i1 + 2, i1 + 2, i2 + 2, i2 + 1, i2 + 1, i1 + 1, i1 + 0,
                                          i1 + 0, i2 + 0, i2 + 1, i2 + 2, i1 + 2, i1 + 3, i1 + 3, i2 + 3, i2 + 2};
        for (int k = 0; k < 18; ++k) idx[k] = (ImDrawIdx)pattern[k];
        for (int k = 0; k < 8; ++k) {
            v[k].pos = q[k];
            v[k].uv = uv;
            v[k].col = (k & 3) == 0 || (k & 3) == 3 ? col_trans : col;
        }
    }
    dl->_VtxWritePtr = v;
    dl->_IdxWritePtr = idx;
    dl->_VtxCurrentIdx = i1;
}

// Draws a polyline solid or dashed: vertical links are dashed so they differ from horizontal ones without colour.
void StrokePath(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 col, float thickness, bool dashed) {
    if (!dashed) {
        if (pts.size() == 2) AddLines(dl, pts.data(), 1, col, thickness);  // a straight link: the same as AddLine
        else dl->AddPolyline(pts.data(), (int)pts.size(), col, ImDrawFlags_None, thickness);
        return;
    }
    static std::vector<ImVec2> dashes;  // ends of the dashes, drawn at once (scratch, reused)
    dashes.clear();
    const float dash = 7.0f + thickness, gap = 5.0f + thickness;
    float phase = 0;  // distance into the current dash+gap period
    int budget = 4000;  // segments drawn for one link at most, even when zoomed far in
    for (size_t i = 1; i < pts.size() && budget > 0; ++i) {
        ImVec2 p = pts[i - 1], q = pts[i];
        float dx = q.x - p.x, dy = q.y - p.y, len = std::sqrt(dx * dx + dy * dy), at = 0;
        while (at < len && budget-- > 0) {
            float in_dash = phase < dash;
            float step = std::min(len - at, in_dash ? dash - phase : dash + gap - phase);
            if (in_dash) {
                dashes.push_back(ImVec2(p.x + dx * at / len, p.y + dy * at / len));
                dashes.push_back(ImVec2(p.x + dx * (at + step) / len, p.y + dy * (at + step) / len));
            }
            at += step;
            phase += step;
            if (phase >= dash + gap) phase = 0;
        }
    }
    AddLines(dl, dashes.data(), (int)dashes.size() / 2, col, thickness);
}

// The point where the path leaves a disc of radius r around its end (from_end) or its start, and the direction there.
ImVec2 ExitPoint(const std::vector<ImVec2>& pts, float r, bool from_end, ImVec2& dir) {
    ImVec2 c = from_end ? pts.back() : pts.front();
    int n = (int)pts.size();
    for (int k = 1; k < n; ++k) {
        ImVec2 p = from_end ? pts[n - 1 - k] : pts[k];
        float dx = p.x - c.x, dy = p.y - c.y, d = std::sqrt(dx * dx + dy * dy);
        if (d >= r || k == n - 1) {
            float s = d > 1e-3f ? r / d : 0;
            dir = ImVec2(-dx / (d > 1e-3f ? d : 1), -dy / (d > 1e-3f ? d : 1));  // pointing into the actor
            return ImVec2(c.x + dx * std::min(s, 1.0f), c.y + dy * std::min(s, 1.0f));
        }
    }
    dir = ImVec2(1, 0);
    return c;
}

// Exactly what ImDrawList::AddTriangleFilled(a, b, c, col) emits with anti-aliased fill (ImGui 1.92's
// AddConvexPolyFilled for 3 points), written directly: thousands of arrow heads per frame.
void AddTriangleFilledAA(ImDrawList* dl, ImVec2 a, ImVec2 b, ImVec2 c, ImU32 col) {
    if (!(dl->Flags & ImDrawListFlags_AntiAliasedFill)) {
        dl->AddTriangleFilled(a, b, c, col);
        return;
    }
    if ((col & IM_COL32_A_MASK) == 0) return;
    const ImVec2 uv = dl->_Data->TexUvWhitePixel;
    const ImU32 col_trans = col & ~IM_COL32_A_MASK;
    const float half_aa = dl->_FringeScale * 0.5f;
    const ImVec2 p[3] = {a, b, c};
    ImVec2 n[3];
    EdgeNormals(p, 3, n);
    dl->PrimReserve(3 + 18, 6);
    ImDrawVert* v = dl->_VtxWritePtr;
    ImDrawIdx* idx = dl->_IdxWritePtr;
    const unsigned int inner = dl->_VtxCurrentIdx, outer = inner + 1;
    idx[0] = (ImDrawIdx)inner;
    idx[1] = (ImDrawIdx)(inner + 2);
    idx[2] = (ImDrawIdx)(inner + 4);
    idx += 3;
    for (int i0 = 2, i1 = 0; i1 < 3; i0 = i1++) {
        float mx = (n[i0].x + n[i1].x) * 0.5f, my = (n[i0].y + n[i1].y) * 0.5f, m2 = mx * mx + my * my;
        if (m2 > 0.000001f) {
            float inv2 = std::min(1.0f / m2, 100.0f);
            mx *= inv2;
            my *= inv2;
        }
        mx *= half_aa;
        my *= half_aa;
        v[0].pos = ImVec2(p[i1].x - mx, p[i1].y - my);
        v[0].uv = uv;
        v[0].col = col;
        v[1].pos = ImVec2(p[i1].x + mx, p[i1].y + my);
        v[1].uv = uv;
        v[1].col = col_trans;
        v += 2;
        const unsigned int k1 = (unsigned int)i1 << 1, k0 = (unsigned int)i0 << 1;
        idx[0] = (ImDrawIdx)(inner + k1);
        idx[1] = (ImDrawIdx)(inner + k0);
        idx[2] = (ImDrawIdx)(outer + k0);
        idx[3] = (ImDrawIdx)(outer + k0);
        idx[4] = (ImDrawIdx)(outer + k1);
        idx[5] = (ImDrawIdx)(inner + k1);
        idx += 6;
    }
    dl->_VtxWritePtr = v;
    dl->_IdxWritePtr = idx;
    dl->_VtxCurrentIdx = inner + 6;
}

void DrawArrowHead(ImDrawList* dl, ImVec2 tip, ImVec2 dir, float size, ImU32 col) {
    ImVec2 base(tip.x - dir.x * size, tip.y - dir.y * size);
    AddTriangleFilledAA(dl, tip, ImVec2(base.x - dir.y * size * 0.5f, base.y + dir.x * size * 0.5f),
                        ImVec2(base.x + dir.y * size * 0.5f, base.y - dir.x * size * 0.5f), col);
}

void DrawLinks(ImDrawList* dl, const Explorer& ex) {
    const Dataset& data = ex.Data();
    const Camera& cam = ex.View();
    static std::vector<ImVec2> path;  // scratch, reused every frame (no allocation, no cleanup in the loop)
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    // Two passes: faded links first, so highlighted ones are drawn on top.
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < (int)data.links.size(); ++i) {
            const Link& l = data.links[i];
            if (!ex.LinkVisible(i) || l.from < 0 || l.to < 0) continue;
            bool faded = ex.LinkFaded(i), hot = ex.LinkInFocus(i);
            if ((pass == 0) != faded) continue;
            ImVec2 a = ToIm(cam.WorldToScreen(ex.Positions()[l.from]));
            ImVec2 b = ToIm(cam.WorldToScreen(ex.Positions()[l.to]));
            float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
            if (len < 1) continue;
            // Bow: parallel links apart; links along one band of the levels layout arc over the actors between.
            float bow = ex.LinkBend(i) * 22.0f;
            if (ex.Layout() == LayoutKind::Levels && std::fabs(dy) < 1 && len > 90) bow += (l.from < l.to ? -1 : 1) * std::min(0.18f * len, 90.0f) * (dx > 0 ? 1 : -1);
            // Off the canvas (the curve stays within |bow| of its ends' box, arrow heads within ~30 px): nothing to draw.
            float reach = std::fabs(bow) + 40.0f;
            if (std::max(a.x, b.x) + reach < clip_min.x || std::min(a.x, b.x) - reach > clip_max.x ||
                std::max(a.y, b.y) + reach < clip_min.y || std::min(a.y, b.y) - reach > clip_max.y)
                continue;
            LinkPath(a, b, bow, path);
            ImU32 col = hot ? CurrentPalette().link_highlight : CurrentPalette().link;
            if (faded) col = WithAlpha(col, FadedAlpha * 1.5f);
            float thickness = (float)(0.8 + 0.5 * l.weight) * (hot ? 1.4f : 1.0f);
            StrokePath(dl, path, col, thickness, l.kind == LinkKind::Vertical);
            // Arrow heads stop at the actor's edge: outward points at 'to', inward at 'from', both at each end.
            float rb = (float)(ex.ActorRadius(l.to) * cam.zoom) + 1, ra = (float)(ex.ActorRadius(l.from) * cam.zoom) + 1;
            float head = 6.0f + thickness * 1.5f;
            ImVec2 dir;
            if (l.direction != Direction::Inward) {
                ImVec2 tip = ExitPoint(path, rb, true, dir);
                DrawArrowHead(dl, tip, dir, head, col);
            }
            if (l.direction != Direction::Outward) {
                ImVec2 tip = ExitPoint(path, ra, false, dir);
                DrawArrowHead(dl, tip, dir, head, col);
            }
        }
}

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

// Labels never overlap: the selected, hovered and best-connected actors claim space first.
void DrawLabels(ImDrawList* dl, const Explorer& ex, float scale) {
    const Dataset& data = ex.Data();
    const Camera& cam = ex.View();
    static std::vector<std::pair<double, int>> order;  // scratch, reused every frame
    static LabelGrid placed;
    order.clear();
    for (int a = 0; a < (int)data.actors.size(); ++a) {
        if (!ex.ActorVisible(a) || (ex.ActorFaded(a) && a != ex.Hovered())) continue;
        double priority = ex.Degree()[a] + (ex.ActorInFocus(a) ? 1e3 : 0);
        if (a == ex.Hovered()) priority += 1e6;
        if (a == ex.Selected()) priority += 2e6;
        order.push_back({-priority, a});
    }
    std::sort(order.begin(), order.end());
    ImFont* font = ImGui::GetFont();
    float size = LabelFontSize * scale;
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    placed.Reset(clip_min, clip_max);
    for (auto& [neg, a] : order) {
        const Actor& actor = data.actors[a];
        ImVec2 c = ToIm(cam.WorldToScreen(ex.Positions()[a]));
        float r = (float)(ex.ActorRadius(a) * cam.zoom);
        bool forced = a == ex.Selected() || a == ex.Hovered();
        // Every label box contains the point just under its actor: if a placed box covers it, this label
        // cannot be placed, whatever its width (so its text is not even measured).
        if (!forced && placed.Covers(ImVec2(c.x, c.y + r + 3))) continue;
        const std::string& text = actor.short_name.empty() ? actor.name : actor.short_name;
        ImVec2 ts = font->CalcTextSizeA(size, 1e9f, 0, text.c_str());
        // The territory code follows the name, smaller and dimmer: "ACCIÓ ES-CT".
        const std::string* code = ex.presentation.territory_cue && !ex.Cues().code[a].empty() ? &ex.Cues().code[a] : nullptr;
        const float code_size = size * 0.8f, gap = size * 0.35f;
        const float code_w = code ? gap + font->CalcTextSizeA(code_size, 1e9f, 0, code->c_str()).x : 0;
        const float w = ts.x + code_w;
        LabelBox box{ImVec2(c.x - w * 0.5f - 2, c.y + r + 2), ImVec2(c.x + w * 0.5f + 2, c.y + r + 4 + ts.y)};
        if (!forced && placed.Overlaps(box)) continue;
        placed.Add(box);
        if (box.max.x < clip_min.x || box.min.x > clip_max.x || box.max.y < clip_min.y || box.min.y > clip_max.y)
            continue;  // placed (it keeps its space) but off the canvas: nothing to draw
        dl->AddRectFilled(box.min, box.max, CurrentPalette().label_backdrop, 3.0f);
        dl->AddText(font, size, ImVec2(box.min.x + 2, box.min.y + 1), CurrentPalette().label, text.c_str());
        if (code)
            dl->AddText(font, code_size, ImVec2(box.min.x + 2 + ts.x + gap, box.min.y + 1 + (size - code_size) * 0.7f),
                        CurrentPalette().band_label, code->c_str());
    }
}

void DrawActors(ImDrawList* dl, const Explorer& ex) {
    const Dataset& data = ex.Data();
    const Camera& cam = ex.View();
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    for (int a = 0; a < (int)data.actors.size(); ++a) {
        if (!ex.ActorVisible(a)) continue;
        const Actor& actor = data.actors[a];
        ImVec2 c = ToIm(cam.WorldToScreen(ex.Positions()[a]));
        float r = (float)(ex.ActorRadius(a) * cam.zoom);
        float reach = r + 12;  // territory ring, selection ring and outline included
        if (c.x + reach < clip_min.x || c.x - reach > clip_max.x || c.y + reach < clip_min.y || c.y - reach > clip_max.y)
            continue;  // off the canvas
        bool selected = a == ex.Selected(), hovered = a == ex.Hovered();
        float alpha = ex.ActorFaded(a) && !hovered ? FadedAlpha * 1.6f : 1.0f;
        // Territory ring: the country's colour just outside the shape (none above country level).
        // Thinner with smaller actors, and left out when an actor is a speck, so it never outweighs the shape.
        const bool ring = ex.presentation.territory_cue && ex.Cues().country[a] >= 0 && r >= 4.0f;
        const float ring_w = std::min(2.5f, r * 0.3f);
        if (ring) dl->AddCircle(c, r + 1.5f + ring_w * 0.5f, WithAlpha(TerritoryRingColor(ex.Cues().country[a]), alpha), 0, ring_w);
        if (selected) dl->AddCircle(c, r + (ring ? 4.0f + ring_w : 6.0f), CurrentPalette().selection, 0, 3.0f);
        DrawShape(dl, ActorKindShape(actor.kind), c, r, WithAlpha(ActorKindColor(actor.kind), alpha),
                  WithAlpha(hovered ? CurrentPalette().label : CurrentPalette().outline, alpha), hovered ? 2.5f : 1.5f);
    }
}

// Many small filled circles of one radius (the minimap's dots), looking as ImDrawList::AddCircleFilled draws
// them (its automatic segment count, anti-aliased fringe), but with the circle's outline and fringe offsets
// computed once: thousands of dots per frame.
class DotShape {
public:
    DotShape(ImDrawList* dl, float r) {
        m_ok = r >= 0.5f && (dl->Flags & ImDrawListFlags_AntiAliasedFill);
        if (!m_ok) {
            m_r = r;
            return;
        }
        const int step = std::clamp(IM_DRAWLIST_ARCFAST_SAMPLE_MAX / dl->_CalcCircleAutoSegmentCount(r), 1,
                                    IM_DRAWLIST_ARCFAST_TABLE_SIZE / 4);
        ImVec2 p[IM_DRAWLIST_ARCFAST_TABLE_SIZE], nrm[IM_DRAWLIST_ARCFAST_TABLE_SIZE];
        for (int k = 0; k < IM_DRAWLIST_ARCFAST_SAMPLE_MAX; k += step, ++m_n)
            p[m_n] = ImVec2(dl->_Data->ArcFastVtx[k].x * r, dl->_Data->ArcFastVtx[k].y * r);
        EdgeNormals(p, m_n, nrm);
        const float half_aa = dl->_FringeScale * 0.5f;
        for (int i0 = m_n - 1, i1 = 0; i1 < m_n; i0 = i1++) {
            float mx = (nrm[i0].x + nrm[i1].x) * 0.5f, my = (nrm[i0].y + nrm[i1].y) * 0.5f, m2 = mx * mx + my * my;
            if (m2 > 0.000001f) {
                float inv2 = std::min(1.0f / m2, 100.0f);
                mx *= inv2;
                my *= inv2;
            }
            m_inner[i1] = ImVec2(p[i1].x - mx * half_aa, p[i1].y - my * half_aa);
            m_outer[i1] = ImVec2(p[i1].x + mx * half_aa, p[i1].y + my * half_aa);
        }
    }
    void Add(ImDrawList* dl, ImVec2 c, ImU32 col) const {
        if ((col & IM_COL32_A_MASK) == 0) return;
        if (!m_ok) {
            dl->AddCircleFilled(c, m_r, col);
            return;
        }
        const int n = m_n;
        dl->PrimReserve((n - 2) * 3 + n * 6, n * 2);
        const ImVec2 uv = dl->_Data->TexUvWhitePixel;
        const ImU32 col_trans = col & ~IM_COL32_A_MASK;
        ImDrawVert* v = dl->_VtxWritePtr;
        ImDrawIdx* idx = dl->_IdxWritePtr;
        const unsigned int inner = dl->_VtxCurrentIdx, outer = inner + 1;
        for (int i = 2; i < n; ++i, idx += 3) {
            idx[0] = (ImDrawIdx)inner;
            idx[1] = (ImDrawIdx)(inner + ((i - 1) << 1));
            idx[2] = (ImDrawIdx)(inner + (i << 1));
        }
        for (int i0 = n - 1, i1 = 0; i1 < n; i0 = i1++, v += 2, idx += 6) {
            v[0].pos = ImVec2(c.x + m_inner[i1].x, c.y + m_inner[i1].y);
            v[0].uv = uv;
            v[0].col = col;
            v[1].pos = ImVec2(c.x + m_outer[i1].x, c.y + m_outer[i1].y);
            v[1].uv = uv;
            v[1].col = col_trans;
            idx[0] = (ImDrawIdx)(inner + (i1 << 1));
            idx[1] = (ImDrawIdx)(inner + (i0 << 1));
            idx[2] = (ImDrawIdx)(outer + (i0 << 1));
            idx[3] = (ImDrawIdx)(outer + (i0 << 1));
            idx[4] = (ImDrawIdx)(outer + (i1 << 1));
            idx[5] = (ImDrawIdx)(inner + (i1 << 1));
        }
        dl->_VtxWritePtr = v;
        dl->_IdxWritePtr = idx;
        dl->_VtxCurrentIdx = inner + 2 * (unsigned int)n;
    }

private:
    bool m_ok = false;
    float m_r = 0;
    int m_n = 0;
    ImVec2 m_inner[IM_DRAWLIST_ARCFAST_TABLE_SIZE], m_outer[IM_DRAWLIST_ARCFAST_TABLE_SIZE];
};

// Names the governance level of each band of the levels layout, at the left edge of the visible canvas.
void DrawLevelBands(ImDrawList* dl, const Explorer& ex, float x, float w) {
    const Camera& cam = ex.View();
    float left = x + (float)cam.inset_left + 8;
    for (int l = 0; l < LevelCount; ++l) {
        float y = (float)cam.WorldToScreen({0, LevelBandY((Level)l)}).y;
        float half = (float)(60 * cam.zoom);
        dl->AddRectFilled(ImVec2(x, y - half), ImVec2(x + w, y + half), l % 2 ? CurrentPalette().band_a : CurrentPalette().band_b);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(left, y - half + 3), CurrentPalette().band_label, Label((Level)l));
    }
}

// A small overview in the bottom-right corner: every visible actor as a dot and the current view as a frame;
// clicking or dragging in it moves the view there.
void DrawMinimap(ImDrawList* dl, Explorer& ex, float x, float y, float w, float h) {
    const Camera& cam = ex.View();
    Box world;
    for (int a = 0; a < (int)ex.Positions().size(); ++a)
        if (ex.ActorVisible(a)) world.Add(ex.Positions()[a]);
    if (world.Empty()) return;
    float scale_ui = ImGui::GetStyle().FontScaleMain;
    float mw = 180 * scale_ui, mh = 120 * scale_ui, margin = 12;
    ImVec2 max(x + w - (float)cam.inset_right - margin, y + h - (float)cam.inset_bottom - margin), min(max.x - mw, max.y - mh);
    if (min.x < x + (float)cam.inset_left || min.y < y) return;  // no room
    double ww = std::max(world.max.x - world.min.x, 1.0), wh = std::max(world.max.y - world.min.y, 1.0);
    double k = std::min((mw - 12) / ww, (mh - 12) / wh);
    auto to_map = [&](Vec2 p) {
        return ImVec2(min.x + 6 + (float)((p.x - world.min.x) * k + (mw - 12 - ww * k) / 2),
                      min.y + 6 + (float)((p.y - world.min.y) * k + (mh - 12 - wh * k) / 2));
    };
    const Palette& pal = CurrentPalette();
    dl->AddRectFilled(min, max, WithAlpha(pal.band_a, 0.92f), 4);
    dl->AddRect(min, max, pal.band_label, 4);
    DotShape dot(dl, 1.6f * scale_ui);
    for (int a = 0; a < (int)ex.Positions().size(); ++a)
        if (ex.ActorVisible(a))
            dot.Add(dl, to_map(ex.Positions()[a]), WithAlpha(ActorKindColor(ex.Data().actors[a].kind), ex.ActorFaded(a) ? 0.3f : 1.0f));
    Vec2 v0 = cam.ScreenToWorld({cam.origin.x + cam.inset_left, cam.origin.y + cam.inset_top});
    Vec2 v1 = cam.ScreenToWorld({cam.origin.x + cam.viewport.x - cam.inset_right, cam.origin.y + cam.viewport.y - cam.inset_bottom});
    ImVec2 r0 = to_map(v0), r1 = to_map(v1);
    dl->PushClipRect(min, max, true);
    dl->AddRect(r0, r1, pal.selection, 0, 0, 2.0f);
    dl->PopClipRect();
    // Input: a click or drag in the minimap centres the uncovered view on that point.
    ImGui::SetCursorScreenPos(min);
    ImGui::InvisibleButton("##minimap", ImVec2(mw, mh));
    if (ImGui::IsItemActive()) {
        ImVec2 m = ImGui::GetIO().MousePos;
        Vec2 p{world.min.x + (m.x - min.x - 6 - (mw - 12 - ww * k) / 2) / k, world.min.y + (m.y - min.y - 6 - (mh - 12 - wh * k) / 2) / k};
        ex.View().CenterOn(p);
    }
}

void ShowHoverTooltip(const Explorer& ex) {
    int a = ex.Hovered();
    if (a < 0) return;
    const Actor& actor = ex.Data().actors[a];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(actor.name.c_str());
    ImGui::TextDisabled("%s · %s", Label(actor.kind), Label(actor.level));
    if (actor.territory >= 0) ImGui::TextDisabled("%s", ex.Data().territories[actor.territory].name.c_str());
    ImGui::TextDisabled("%d links · click for details", ex.Degree()[a]);
    ImGui::EndTooltip();
}
}  // namespace

void DrawGraphCanvas(Explorer& ex, UiState& ui, float x, float y, float w, float h) {
    Camera& cam = ex.View();
    cam.origin = {x, y};
    cam.viewport = {std::max(w, 1.0f), std::max(h, 1.0f)};

    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::InvisibleButton("##canvas", ImVec2(std::max(w, 1.0f), std::max(h, 1.0f)),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    ImGuiIO& io = ImGui::GetIO();
    bool hovered = ImGui::IsItemHovered();
    Vec2 mouse{io.MousePos.x, io.MousePos.y};

    // 1. Hover: the actor under the mouse, unless a drag is in progress.
    if (ui.dragging_actor < 0) ex.SetHovered(hovered ? ex.PickActor(mouse) : -1);

    // 2. Press: remember whether it started on an actor (drag it) or on the background (pan).
    if (ImGui::IsItemActivated()) {
        ui.press_x = io.MousePos.x;
        ui.press_y = io.MousePos.y;
        ui.dragging_actor = ex.PickActor(mouse);
        ui.pressed_on_actor = ui.dragging_actor >= 0;
    }
    // 3. Drag: move the actor, or pan the view.
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) {
        if (ui.dragging_actor >= 0) ex.MoveActor(ui.dragging_actor, cam.ScreenToWorld(mouse));
        else cam.PanByScreen({io.MouseDelta.x, io.MouseDelta.y});
    }
    // 4. Release: a press that barely moved is a click, which selects (or clears on the background).
    if (ImGui::IsItemDeactivated()) {
        float dx = io.MousePos.x - ui.press_x, dy = io.MousePos.y - ui.press_y;
        if (dx * dx + dy * dy <= ClickSlop * ClickSlop) ex.Select(ui.pressed_on_actor ? ui.dragging_actor : -1);
        ui.dragging_actor = -1;
        ui.pressed_on_actor = false;
    }
    // 5. Wheel (and trackpad pinch, which browsers send as ctrl+wheel): zoom about the cursor.
    if (hovered && io.MouseWheel != 0.0f) cam.ZoomAbout(mouse, std::pow(WheelZoomStep, io.MouseWheel));

    // 6. Draw: background, links under actors, labels on top.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(ImVec2(x, y), ImVec2(x + w, y + h), true);
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), CurrentPalette().background);
    if (ex.Layout() == LayoutKind::Geographic) DrawMapBackdrop(dl, cam, ex.world, GeoScale);
    if (ex.Layout() == LayoutKind::Levels) DrawLevelBands(dl, ex, x, w);
    DrawLinks(dl, ex);
    DrawActors(dl, ex);
    DrawLabels(dl, ex, ui.ui_scale);
    dl->PopClipRect();
    if (!ex.presentation.presenting) DrawMinimap(dl, ex, x, y, w, h);
    if (ex.Hovered() >= 0 && ui.dragging_actor < 0) ShowHoverTooltip(ex);
}

}  // namespace sse::ui
