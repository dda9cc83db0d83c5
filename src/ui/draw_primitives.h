// draw_primitives.h: ImDrawList shapes written straight into the vertex buffer, for the thousands of links,
// arrow heads, actors and minimap dots of a large network: one ImGui call per shape (with its temporary buffers
// and reservations) was most of a frame. Each looks as the ImGui call it replaces, except where noted.
#pragma once

#include "imgui.h"
#include "imgui_internal.h"  // IM_DRAWLIST_ARCFAST_TABLE_SIZE, ImDrawListSharedData

namespace sse::ui {

// The mitre at each corner of a closed convex polygon (at most IM_DRAWLIST_ARCFAST_TABLE_SIZE corners): the average
// of its two edges' outward normals, scaled as ImGui's AddPolyline does (IM_FIXNORMAL2F). It does not change when
// the polygon is moved or scaled.
void ConvexMitres(const ImVec2* pts, int n, ImVec2* mitres);

// A convex shape of unit size with its mitres, computed once and shared by every actor drawn with that shape.
struct ConvexTemplate {
    int n = 0;
    ImVec2 point[IM_DRAWLIST_ARCFAST_TABLE_SIZE];  // corners, around the origin
    ImVec2 mitre[IM_DRAWLIST_ARCFAST_TABLE_SIZE];
    // Takes the corners (at most IM_DRAWLIST_ARCFAST_TABLE_SIZE) and computes their mitres.
    void Set(const ImVec2* pts, int count);
};

// A convex polygon, filled and outlined (anti-aliased) in one go: as AddConvexPolyFilled then a closed AddPolyline.
void AddFilledOutlinedConvex(ImDrawList* dl, const ImVec2* pts, int n, ImU32 fill, ImU32 outline, float thickness);
// The same with the corners' mitres given (ConvexMitres of pts, or of any scaled copy of it).
void AddFilledOutlinedConvex(ImDrawList* dl, const ImVec2* pts, const ImVec2* mitres, int n, ImU32 fill, ImU32 outline,
                             float thickness);

// Line segments of one colour and width, `segments` pairs of ends in `ends`, anti-aliased, butt ends (as AddLine).
// Uses ImGui's baked anti-aliased line texture when the draw list allows it (4 vertices per segment instead of 8).
void AddSegments(ImDrawList* dl, const ImVec2* ends, int segments, ImU32 col, float thickness);

// An arrow head: a filled triangle with its tip at `tip`, pointing along the unit vector `dir`, `size` long and as
// wide at its base, anti-aliased as ImDrawList::AddTriangleFilled draws it (the same vertices and indices, up to
// rounding), but with the fringe's directions computed once for all heads instead of per head.
void AddArrowHeadAA(ImDrawList* dl, ImVec2 tip, ImVec2 dir, float size, ImU32 col);

// An arrow head's tip and the unit direction it points along.
struct ArrowHead {
    ImVec2 tip, dir;
};
// A link: segments (as AddSegments) and arrow heads `head_size` long (as AddArrowHeadAA), of one colour, with one
// reservation for all (thousands of links per frame).
void AddSegmentsWithHeads(ImDrawList* dl, const ImVec2* ends, int segments, float thickness, const ArrowHead* heads,
                          int head_count, float head_size, ImU32 col);

// Many small filled circles of one radius (the minimap's dots). Each is one quad showing the font's BLACK CIRCLE
// (U+25CF), which ImGui rasterises anti-aliased at the size that makes it 2r across: 4 vertices per dot instead
// of a dozen or more for a tessellated circle with its fringe. Without that glyph, the circle looks as
// ImDrawList::AddCircleFilled draws it (its automatic segment count, anti-aliased fringe), with the outline and
// fringe offsets computed once for all dots.
class DotShape {
public:
    DotShape(ImDrawList* dl, float r);
    // One dot centred on c.
    void Add(ImDrawList* dl, ImVec2 c, ImU32 col) const;
    // `count` dots, centred on centres[i] in colours[i] (one reservation for all).
    void AddAll(ImDrawList* dl, const ImVec2* centres, const ImU32* colours, int count) const;

private:
    bool m_ok = false;     // the tessellated circle can be written directly
    bool m_glyph = false;  // the glyph is used
    float m_r = 0;
    ImVec2 m_q0, m_q1, m_uv0, m_uv1;  // the glyph's quad around the centre, and its texture corners
    int m_n = 0;
    ImVec2 m_inner[IM_DRAWLIST_ARCFAST_TABLE_SIZE], m_outer[IM_DRAWLIST_ARCFAST_TABLE_SIZE];
};

}  // namespace sse::ui
