// draw_primitives.cpp: see draw_primitives.h.
#include "ui/draw_primitives.h"

#include <algorithm>

#include "imgui_internal.h"  // ImRsqrt, ImDrawListSharedData, as ImGui's own drawing code uses

namespace sse::ui {

namespace {
// (dx, dy) scaled to unit length, or left as is when zero (ImGui's IM_NORMALIZE2F_OVER_ZERO).
ImVec2 UnitOrZero(float dx, float dy) {
    const float d2 = dx * dx + dy * dy;
    if (d2 > 0.0f) {
        const float inv = ImRsqrt(d2);
        dx *= inv;
        dy *= inv;
    }
    return ImVec2(dx, dy);
}

// Outward unit normal of each edge i -> i+1 of a closed convex polygon (as ImDrawList::AddConvexPolyFilled),
// for the anti-aliased fringe.
void EdgeNormals(const ImVec2* p, int count, ImVec2* normals) {
    for (int i0 = count - 1, i1 = 0; i1 < count; i0 = i1++) {
        const ImVec2 u = UnitOrZero(p[i1].x - p[i0].x, p[i1].y - p[i0].y);
        normals[i0] = ImVec2(u.y, -u.x);
    }
}

// Row n of ImGui's baked anti-aliased line texture and the half width W/2 to draw it at for a line t pixels wide:
// the nearest row, stretched so that the line keeps its weight (row n drawn W pixels wide covers n * W / (n + 2)
// pixels of ink, so W = t * (n + 2) / n; for whole t that is ImGui's own t + 2). See WriteSegmentsTextured.
struct TexturedLine {
    ImVec2 uv0, uv1;  // the two long edges
    float half;
};
TexturedLine TexturedLineFor(const ImDrawList* dl, float t) {
    const int n = std::clamp((int)(t + 0.5f), 1, IM_DRAWLIST_TEX_LINES_WIDTH_MAX - 1);
    const ImVec4 uvs = dl->_Data->TexUvLines[n];
    return {ImVec2(uvs.x, uvs.y), ImVec2(uvs.z, uvs.w), 0.5f * t * (float)(n + 2) / (float)n};
}

// Whether strokes t pixels wide can use the baked line texture: as AddPolyline, it needs bilinear filtering (the
// flag says the backend has it) and a one-pixel fringe.
bool CanUseLineTexture(const ImDrawList* dl, float t) {
    return (dl->Flags & ImDrawListFlags_AntiAliasedLines) && (dl->Flags & ImDrawListFlags_AntiAliasedLinesUseTex) &&
           dl->_FringeScale == 1.0f && t < (float)(IM_DRAWLIST_TEX_LINES_WIDTH_MAX - 1);
}
}  // namespace

void ConvexMitres(const ImVec2* pts, int n, ImVec2* mitres) {
    ImVec2 normals[IM_DRAWLIST_ARCFAST_TABLE_SIZE];
    EdgeNormals(pts, n, normals);
    for (int i = 0, prev = n - 1; i < n; prev = i++) {
        float mx = (normals[prev].x + normals[i].x) * 0.5f, my = (normals[prev].y + normals[i].y) * 0.5f;
        const float m2 = mx * mx + my * my;
        if (m2 > 0.000001f) {
            const float inv2 = std::min(1.0f / m2, 100.0f);
            mx *= inv2;
            my *= inv2;
        }
        mitres[i] = ImVec2(mx, my);
    }
}

void ConvexTemplate::Set(const ImVec2* pts, int count) {
    n = std::clamp(count, 0, IM_DRAWLIST_ARCFAST_TABLE_SIZE);
    for (int i = 0; i < n; ++i) point[i] = pts[i];
    if (n >= 3) ConvexMitres(point, n, mitre);
}

void AddFilledOutlinedConvex(ImDrawList* dl, const ImVec2* pts, int n, ImU32 fill, ImU32 outline, float thickness) {
    if (n < 3 || n > IM_DRAWLIST_ARCFAST_TABLE_SIZE) {
        dl->AddConvexPolyFilled(pts, n, fill);
        dl->AddPolyline(pts, n, outline, ImDrawFlags_Closed, thickness);
        return;
    }
    ImVec2 mitres[IM_DRAWLIST_ARCFAST_TABLE_SIZE];
    ConvexMitres(pts, n, mitres);
    AddFilledOutlinedConvex(dl, pts, mitres, n, fill, outline, thickness);
}

// A convex polygon filled and outlined in one go, as ImGui's anti-aliased fill followed by its closed anti-aliased
// stroke (ImDrawList::AddPolyline) would draw it, but written directly into the vertex buffer: thousands of actors
// per frame. The fill stops at the stroke's centre line with no fringe of its own (the stroke's solid core and
// inner fringe cover that edge). The stroke uses the baked line texture where allowed (2 vertices per point,
// 3 in all with the fill), else ImGui's 4-vertex anti-aliased profile (5 in all, ImGui's calls take 6). Falls
// back to ImGui's calls where its other paths apply (no anti-aliasing, strokes thinner than the fringe).
void AddFilledOutlinedConvex(ImDrawList* dl, const ImVec2* pts, const ImVec2* mitres, int n, ImU32 fill, ImU32 outline,
                             float thickness) {
    const float aa = dl->_FringeScale;
    const bool fill_aa = (dl->Flags & ImDrawListFlags_AntiAliasedFill) != 0, lines_aa = (dl->Flags & ImDrawListFlags_AntiAliasedLines) != 0;
    const float t = std::max(thickness, 1.0f);
    const bool textured = CanUseLineTexture(dl, t);
    if (n < 3 || !fill_aa || !lines_aa || (!textured && !(thickness > aa)) ||
        (outline & IM_COL32_A_MASK) == 0) {
        dl->AddConvexPolyFilled(pts, n, fill);
        dl->AddPolyline(pts, n, outline, ImDrawFlags_Closed, thickness);
        return;
    }
    const int per_point = textured ? 2 : 4;
    const bool has_fill = (fill & IM_COL32_A_MASK) != 0;
    const int fill_vtx = has_fill ? n : 0, fill_idx = has_fill ? (n - 2) * 3 : 0;
    dl->PrimReserve(fill_idx + n * (textured ? 6 : 18), fill_vtx + n * per_point);
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
    const ImU32 col_trans = outline & ~IM_COL32_A_MASK;
    const TexturedLine tex = textured ? TexturedLineFor(dl, t) : TexturedLine{};
    const float hi = (t - aa) * 0.5f, ho = hi + aa;  // the geometric profile's solid core and outer edge
    for (int i = 0; i < n; ++i, v += per_point) {
        const float mx = mitres[i].x, my = mitres[i].y;
        const ImVec2 p = pts[i];
        const unsigned int i1 = base + per_point * (unsigned int)i, i2 = base + per_point * (unsigned int)(i + 1 == n ? 0 : i + 1);
        if (textured) {
            v[0].pos = ImVec2(p.x + mx * tex.half, p.y + my * tex.half);
            v[1].pos = ImVec2(p.x - mx * tex.half, p.y - my * tex.half);
            v[0].uv = tex.uv0;
            v[1].uv = tex.uv1;
            v[0].col = v[1].col = outline;
            const unsigned int pattern[6] = {i2 + 0, i1 + 0, i1 + 1, i2 + 1, i1 + 1, i2 + 0};
            for (int k = 0; k < 6; ++k) idx[k] = (ImDrawIdx)pattern[k];
            idx += 6;
            continue;
        }
        v[0].pos = ImVec2(p.x + mx * ho, p.y + my * ho);
        v[1].pos = ImVec2(p.x + mx * hi, p.y + my * hi);
        v[2].pos = ImVec2(p.x - mx * hi, p.y - my * hi);
        v[3].pos = ImVec2(p.x - mx * ho, p.y - my * ho);
        v[0].uv = v[1].uv = v[2].uv = v[3].uv = uv;
        v[0].col = v[3].col = col_trans;
        v[1].col = v[2].col = outline;
        const unsigned int pattern[18] = {i2 + 1, i1 + 1, i1 + 2, i1 + 2, i2 + 2, i2 + 1, i2 + 1, i1 + 1, i1 + 0,
                                          i1 + 0, i2 + 0, i2 + 1, i2 + 2, i1 + 2, i1 + 3, i1 + 3, i2 + 3, i2 + 2};
        for (int k = 0; k < 18; ++k) idx[k] = (ImDrawIdx)pattern[k];
        idx += 18;
    }
    dl->_VtxWritePtr = v;
    dl->_IdxWritePtr = idx;
    dl->_VtxCurrentIdx = base + per_point * (unsigned int)n;
}

namespace {
// The segments as one ImDrawList::AddLine() call per segment draws them when the baked line texture cannot be
// used: same vertices, indices and order (Dear ImGui 1.92's AddPolyline, anti-aliased path for widths above one
// pixel), with one reservation for all segments. Other cases (no anti-aliasing, thin lines) call AddLine.
void AddSegmentsGeometric(ImDrawList* dl, const ImVec2* ends, int segments, ImU32 col, float thickness) {
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
        const ImVec2 u = UnitOrZero(p1.x - p0.x, p1.y - p0.y);
        const float dx = u.x, dy = u.y;
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

// The segments with ImGui's baked anti-aliased line texture (the atlas rows ImFontAtlasBuildRenderLinesTexData
// writes: row n is a line n texels wide with one transparent texel on each side), one quad per segment, as
// AddPolyline's textured path draws whole-pixel widths (and other widths, see TexturedLineFor).
// Writes the segments into room already reserved (6 indices and 4 vertices each).
void WriteSegmentsTextured(ImDrawList* dl, const ImVec2* ends, int segments, ImU32 col, float t) {
    const TexturedLine tex = TexturedLineFor(dl, t);
    const ImVec2 uv0 = tex.uv0, uv1 = tex.uv1;
    const float half = tex.half;
    ImDrawVert* v = dl->_VtxWritePtr;
    ImDrawIdx* idx = dl->_IdxWritePtr;
    unsigned int i1 = dl->_VtxCurrentIdx;
    for (int s = 0; s < segments; ++s, i1 += 4, v += 4, idx += 6) {
        const ImVec2 p0(ends[2 * s].x + 0.5f, ends[2 * s].y + 0.5f), p1(ends[2 * s + 1].x + 0.5f, ends[2 * s + 1].y + 0.5f);
        const ImVec2 u = UnitOrZero(p1.x - p0.x, p1.y - p0.y);
        const float dx = u.x, dy = u.y;
        const float ox = dy * half, oy = -dx * half;  // the normal, to the outer edge of the quad
        v[0].pos = ImVec2(p0.x + ox, p0.y + oy);
        v[1].pos = ImVec2(p0.x - ox, p0.y - oy);
        v[2].pos = ImVec2(p1.x + ox, p1.y + oy);
        v[3].pos = ImVec2(p1.x - ox, p1.y - oy);
        v[0].uv = v[2].uv = uv0;
        v[1].uv = v[3].uv = uv1;
        v[0].col = v[1].col = v[2].col = v[3].col = col;
        const unsigned int i2 = i1 + 2;
        idx[0] = (ImDrawIdx)(i2 + 0);
        idx[1] = (ImDrawIdx)(i1 + 0);
        idx[2] = (ImDrawIdx)(i1 + 1);
        idx[3] = (ImDrawIdx)(i2 + 1);
        idx[4] = (ImDrawIdx)(i1 + 1);
        idx[5] = (ImDrawIdx)(i2 + 0);
    }
    dl->_VtxWritePtr = v;
    dl->_IdxWritePtr = idx;
    dl->_VtxCurrentIdx = i1;
}
}  // namespace

void AddSegments(ImDrawList* dl, const ImVec2* ends, int segments, ImU32 col, float thickness) {
    if (segments <= 0 || (col & IM_COL32_A_MASK) == 0) return;
    const float t = std::max(thickness, 1.0f);
    if (CanUseLineTexture(dl, t)) {
        dl->PrimReserve(segments * 6, segments * 4);
        WriteSegmentsTextured(dl, ends, segments, col, t);
    } else
        AddSegmentsGeometric(dl, ends, segments, col, thickness);
}

namespace {
// The anti-aliased fringe offsets at the three corners of the arrow head pointing along +x (tip, then the two
// base corners), as ImGui's AddConvexPolyFilled computes them (averaged edge normals, IM_FIXNORMAL2F) for a
// fringe of one unit. They depend only on the head's angles, not its size: every head uses them, rotated.
struct ArrowFringe {
    ImVec2 m[3];
    ArrowFringe() {
        const ImVec2 p[3] = {ImVec2(0, 0), ImVec2(-1, 0.5f), ImVec2(-1, -0.5f)};
        ConvexMitres(p, 3, m);
    }
};

constexpr int HeadIndices = 3 + 18, HeadVertices = 6;  // the inner triangle, the fringe of each edge

// Writes one arrow head (see AddArrowHeadAA) into room already reserved, with anti-aliased fill.
void WriteArrowHeadAA(ImDrawList* dl, ImVec2 tip, ImVec2 dir, float size, ImU32 col) {
    const ImVec2 base(tip.x - dir.x * size, tip.y - dir.y * size), side(-dir.y * size * 0.5f, dir.x * size * 0.5f);
    const ImVec2 p[3] = {tip, ImVec2(base.x + side.x, base.y + side.y), ImVec2(base.x - side.x, base.y - side.y)};
    static const ArrowFringe fringe;
    const ImVec2 uv = dl->_Data->TexUvWhitePixel;
    const ImU32 col_trans = col & ~IM_COL32_A_MASK;
    const float half_aa = dl->_FringeScale * 0.5f;
    ImDrawVert* v = dl->_VtxWritePtr;
    for (int i = 0; i < 3; ++i) {
        // The +x head's offset turned to point along dir: (1, 0) -> dir, (0, 1) -> (-dir.y, dir.x).
        const ImVec2 m = fringe.m[i];
        const float mx = (m.x * dir.x - m.y * dir.y) * half_aa, my = (m.x * dir.y + m.y * dir.x) * half_aa;
        v[2 * i].pos = ImVec2(p[i].x - mx, p[i].y - my);
        v[2 * i].uv = uv;
        v[2 * i].col = col;
        v[2 * i + 1].pos = ImVec2(p[i].x + mx, p[i].y + my);
        v[2 * i + 1].uv = uv;
        v[2 * i + 1].col = col_trans;
    }
    // The inner triangle, then the fringe of each edge (corner i0 -> i1) as two triangles, as ImGui orders them.
    static constexpr unsigned char Pattern[HeadIndices] = {0, 2, 4, 0, 4, 5, 5, 1, 0, 2, 0, 1, 1, 3, 2, 4, 2, 3, 3, 5, 4};
    const unsigned int inner = dl->_VtxCurrentIdx;
    ImDrawIdx* idx = dl->_IdxWritePtr;
    for (int k = 0; k < HeadIndices; ++k) idx[k] = (ImDrawIdx)(inner + Pattern[k]);
    dl->_VtxWritePtr = v + HeadVertices;
    dl->_IdxWritePtr = idx + HeadIndices;
    dl->_VtxCurrentIdx = inner + HeadVertices;
}
}  // namespace

void AddArrowHeadAA(ImDrawList* dl, ImVec2 tip, ImVec2 dir, float size, ImU32 col) {
    if (!(dl->Flags & ImDrawListFlags_AntiAliasedFill)) {
        const ImVec2 base(tip.x - dir.x * size, tip.y - dir.y * size), side(-dir.y * size * 0.5f, dir.x * size * 0.5f);
        dl->AddTriangleFilled(tip, ImVec2(base.x + side.x, base.y + side.y), ImVec2(base.x - side.x, base.y - side.y), col);
        return;
    }
    if ((col & IM_COL32_A_MASK) == 0) return;
    dl->PrimReserve(HeadIndices, HeadVertices);
    WriteArrowHeadAA(dl, tip, dir, size, col);
}

void AddSegmentsWithHeads(ImDrawList* dl, const ImVec2* ends, int segments, float thickness, const ArrowHead* heads,
                          int head_count, float head_size, ImU32 col) {
    if ((col & IM_COL32_A_MASK) == 0) return;
    const float t = std::max(thickness, 1.0f);
    if (!CanUseLineTexture(dl, t) || !(dl->Flags & ImDrawListFlags_AntiAliasedFill)) {
        AddSegments(dl, ends, segments, col, thickness);
        for (int h = 0; h < head_count; ++h) AddArrowHeadAA(dl, heads[h].tip, heads[h].dir, head_size, col);
        return;
    }
    dl->PrimReserve(segments * 6 + head_count * HeadIndices, segments * 4 + head_count * HeadVertices);
    WriteSegmentsTextured(dl, ends, segments, col, t);
    for (int h = 0; h < head_count; ++h) WriteArrowHeadAA(dl, heads[h].tip, heads[h].dir, head_size, col);
}

DotShape::DotShape(ImDrawList* dl, float r) {
    // The glyph: its ink at a large size gives its width per pixel of font size, hence the size for 2r across.
    constexpr ImWchar BlackCircle = 0x25CF;
    ImFont* font = ImGui::GetFont();
    ImFontBaked* ref = r >= 0.5f && font ? font->GetFontBaked(64.0f) : nullptr;
    const ImFontGlyph* g = ref ? ref->FindGlyphNoFallback(BlackCircle) : nullptr;
    if (g && g->Visible && !g->Colored && g->X1 - g->X0 > 1.0f) {
        const float size = 64.0f * 2.0f * r / (g->X1 - g->X0);
        ImFontBaked* baked = font->GetFontBaked(size);
        const ImFontGlyph* q = baked ? baked->FindGlyphNoFallback(BlackCircle) : nullptr;
        if (q && q->Visible) {
            const float k = size / baked->Size, cx = (q->X0 + q->X1) * 0.5f, cy = (q->Y0 + q->Y1) * 0.5f;
            m_q0 = ImVec2((q->X0 - cx) * k, (q->Y0 - cy) * k);
            m_q1 = ImVec2((q->X1 - cx) * k, (q->Y1 - cy) * k);
            m_uv0 = ImVec2(q->U0, q->V0);
            m_uv1 = ImVec2(q->U1, q->V1);
            m_glyph = true;
            return;
        }
    }
    m_ok = r >= 0.5f && (dl->Flags & ImDrawListFlags_AntiAliasedFill);
    if (!m_ok) {
        m_r = r;
        return;
    }
    const int step = std::clamp(IM_DRAWLIST_ARCFAST_SAMPLE_MAX / dl->_CalcCircleAutoSegmentCount(r), 1,
                                IM_DRAWLIST_ARCFAST_TABLE_SIZE / 4);
    ImVec2 p[IM_DRAWLIST_ARCFAST_TABLE_SIZE], mitre[IM_DRAWLIST_ARCFAST_TABLE_SIZE];
    for (int k = 0; k < IM_DRAWLIST_ARCFAST_SAMPLE_MAX; k += step, ++m_n)
        p[m_n] = ImVec2(dl->_Data->ArcFastVtx[k].x * r, dl->_Data->ArcFastVtx[k].y * r);
    ConvexMitres(p, m_n, mitre);
    const float half_aa = dl->_FringeScale * 0.5f;
    for (int i = 0; i < m_n; ++i) {
        m_inner[i] = ImVec2(p[i].x - mitre[i].x * half_aa, p[i].y - mitre[i].y * half_aa);
        m_outer[i] = ImVec2(p[i].x + mitre[i].x * half_aa, p[i].y + mitre[i].y * half_aa);
    }
}

void DotShape::AddAll(ImDrawList* dl, const ImVec2* centres, const ImU32* colours, int count) const {
    if (!m_glyph) {
        for (int i = 0; i < count; ++i) Add(dl, centres[i], colours[i]);
        return;
    }
    dl->PrimReserve(count * 6, count * 4);
    int drawn = 0;
    for (int i = 0; i < count; ++i)
        if (colours[i] & IM_COL32_A_MASK) {
            const ImVec2 c = centres[i];
            dl->PrimRectUV(ImVec2(c.x + m_q0.x, c.y + m_q0.y), ImVec2(c.x + m_q1.x, c.y + m_q1.y), m_uv0, m_uv1, colours[i]);
            ++drawn;
        }
    dl->PrimUnreserve((count - drawn) * 6, (count - drawn) * 4);
}

void DotShape::Add(ImDrawList* dl, ImVec2 c, ImU32 col) const {
    if ((col & IM_COL32_A_MASK) == 0) return;
    if (m_glyph) {
        dl->PrimReserve(6, 4);
        dl->PrimRectUV(ImVec2(c.x + m_q0.x, c.y + m_q0.y), ImVec2(c.x + m_q1.x, c.y + m_q1.y), m_uv0, m_uv1, col);
        return;
    }
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

}  // namespace sse::ui
