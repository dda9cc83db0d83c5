// graph_canvas.cpp: see graph_canvas.h. Follows Dear ImGui's "Canvas" demo pattern: an InvisibleButton
// catches the input, an ImDrawList draws the picture.
#include "ui/graph_canvas.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/vocabulary.h"
#include "imgui.h"
#include "ui/phone_layout.h"
#include "imgui_internal.h"  // ImDrawListSharedData (the unit circle table), for the actors' outlines
#include "core/display_list.h"
#include "ui/canvas_cache.h"
#include "ui/canvas_labels.h"
#include "ui/draw_primitives.h"
#include "ui/edit_ui.h"
#include "ui/map_backdrop.h"
#include "ui/screen_actors.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {
constexpr float ClickSlop = 4.0f;        // pixels the mouse may move and still count as a click
constexpr float TouchSlop = 12.0f;       // and a finger, which is never quite still
constexpr float WheelZoomStep = 1.15f;   // zoom factor per wheel notch

// The actors' shapes at unit size (radius 1) with their mitres, built once: every actor of a shape shares them.
// Circles follow ImGui's automatic circle (the samples of its unit-circle table), one template per sample step.
class ShapeTemplates {
public:
    explicit ShapeTemplates(const ImDrawListSharedData* data) {
        const ImVec2 square[4] = {ImVec2(-1, -1), ImVec2(1, -1), ImVec2(1, 1), ImVec2(-1, 1)};
        const ImVec2 diamond[4] = {ImVec2(0, -1), ImVec2(1, 0), ImVec2(0, 1), ImVec2(-1, 0)};
        const ImVec2 triangle[3] = {ImVec2(0, -1), ImVec2(0.93f, 0.6f), ImVec2(-0.93f, 0.6f)};
        ImVec2 hexagon[6];
        for (int k = 0; k < 6; ++k) {
            const float a = (float)k * (2.0f * IM_PI / 6.0f);
            hexagon[k] = ImVec2(ImCos(a), ImSin(a));
        }
        m_square.Set(square, 4);
        m_diamond.Set(diamond, 4);
        m_triangle.Set(triangle, 3);
        m_hexagon.Set(hexagon, 6);
        for (int step = 1; step <= MaxStep; ++step) {
            ImVec2 p[IM_DRAWLIST_ARCFAST_TABLE_SIZE];
            int n = 0;
            for (int k = 0; k < IM_DRAWLIST_ARCFAST_SAMPLE_MAX; k += step) p[n++] = data->ArcFastVtx[k];
            m_circle[step - 1].Set(p, n);
        }
    }
    // The template for a shape, and the scale that turns it into an actor of radius r (on the stroke's line).
    const ConvexTemplate& For(ActorShape shape, const ImDrawList* dl, float r, float& scale) const {
        switch (shape) {
            case ActorShape::Circle: {
                // ImGui's automatic circle: as many samples as its segment count for r, on radius r - 0.5.
                const int step = std::clamp(IM_DRAWLIST_ARCFAST_SAMPLE_MAX / dl->_CalcCircleAutoSegmentCount(r), 1, MaxStep);
                scale = r - 0.5f;
                return m_circle[step - 1];
            }
            case ActorShape::Square: scale = r * 0.88f - 0.5f; return m_square;  // half a pixel inside, as AddRect
            case ActorShape::Diamond: scale = r; return m_diamond;
            case ActorShape::Triangle: scale = r; return m_triangle;
            case ActorShape::Hexagon: scale = r - 0.5f; return m_hexagon;  // as ImGui's AddNgon
        }
        scale = r;
        return m_square;
    }

private:
    static constexpr int MaxStep = IM_DRAWLIST_ARCFAST_TABLE_SIZE / 4;
    ConvexTemplate m_square, m_diamond, m_triangle, m_hexagon, m_circle[MaxStep];
};

// Draws one actor's shape; `p` is scratch room for IM_DRAWLIST_ARCFAST_TABLE_SIZE points (the caller's: a local
// array would be zeroed for every actor).
void DrawShape(ImDrawList* dl, ActorShape shape, ImVec2 c, float r, ImU32 fill, ImU32 outline, float thickness, ImVec2* p) {
    if (r < 0.5f) return;  // as ImGui: nothing visible
    static const ShapeTemplates templates(dl->_Data);  // a constant, built once from ImGui's unit circle
    float scale = 1;
    const ConvexTemplate& t = templates.For(shape, dl, r, scale);
    for (int k = 0; k < t.n; ++k) p[k] = ImVec2(c.x + t.point[k].x * scale, c.y + t.point[k].y * scale);
    AddFilledOutlinedConvex(dl, p, t.mitre, t.n, fill, outline, thickness);
}

ImU32 WithAlpha(ImU32 col, float alpha) {
    ImU32 a = (ImU32)(((col >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    return (col & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

constexpr float FadedAlpha = 0.13f;  // what a filter in showcase mode or the focus leaves in the background

// Points along a link: straight, or a quadratic curve bowed sideways by `bow` pixels (fewer points when crowded).
void LinkPath(ImVec2 a, ImVec2 b, float bow, bool crowded, std::vector<ImVec2>& out) {
    out.clear();
    if (std::fabs(bow) < 0.5f) {
        out.push_back(a);
        out.push_back(b);
        return;
    }
    float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    if (len < 1e-3f) len = 1e-3f;
    ImVec2 ctrl((a.x + b.x) * 0.5f - dy / len * bow, (a.y + b.y) * 0.5f + dx / len * bow);
    // Crowded: about one segment per 6 pixels of curve (its length is at most chord + 2 |bow|), so that thousands
    // of short curves cost a third; otherwise 20.
    const int segments = crowded ? std::clamp(static_cast<int>((len + 2 * std::fabs(bow)) / 6.0f), 6, 20) : 20;
    for (int i = 0; i <= segments; ++i) {
        float t = (float)i / segments, u = 1 - t;
        out.push_back(ImVec2(u * u * a.x + 2 * u * t * ctrl.x + t * t * b.x, u * u * a.y + 2 * u * t * ctrl.y + t * t * b.y));
    }
}

// The dashes along a polyline (vertical links are dashed so they differ from horizontal ones without colour):
// writes the ends of each dash, in pairs, to `out` (room for 2 * MaxDashes points) and returns how many dashes.
constexpr int MaxDashes = 2000;  // dashes drawn for one link at most, even when zoomed far in
// The length of one dash and its gap, in pixels, for a stroke `thickness` wide.
float DashPeriod(float thickness) { return 12.0f + 2.0f * thickness; }

int DashEnds(const ImVec2* pts, int n, float thickness, ImVec2* out) {
    const float dash = 7.0f + thickness, period = DashPeriod(thickness);
    float phase = 0;  // distance into the current dash+gap period
    int count = 0;
    int budget = 4 * MaxDashes;
    for (int i = 1; i < n; ++i) {
        const ImVec2 p = pts[i - 1];
        const float dx = pts[i].x - p.x, dy = pts[i].y - p.y, len = std::sqrt(dx * dx + dy * dy);
        if (!(len > 0)) continue;
        const float ux = dx / len, uy = dy / len;
        // As many steps as dashes and gaps (the budget also ends the loop when float steps stop moving `at`).
        for (float at = 0; at < len && budget-- > 0;) {
            const bool in_dash = phase < dash;
            const float step = std::min(len - at, in_dash ? dash - phase : period - phase);
            if (in_dash) {
                if (count == MaxDashes) return count;
                out[2 * count] = ImVec2(p.x + ux * at, p.y + uy * at);
                out[2 * count + 1] = ImVec2(p.x + ux * (at + step), p.y + uy * (at + step));
                ++count;
            }
            at += step;
            phase += step;
            if (phase >= period) phase = 0;
        }
    }
    return count;
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

// More links than this in the picture: details that cannot be read among them (arrow heads and dashes on short
// links, links hidden under their actors) are left out. The bundled data has about 120.
constexpr size_t CrowdedLinks = 2000;

// Draws the list's links in its order (faded ones first), as paths between their actors' discs on screen.
void DrawLinks(ImDrawList* dl, const DisplayList& list, const ScreenActors& sa, CanvasCache& cache) {
    std::vector<ImVec2>& path = cache.path;
    std::vector<ImVec2>& dashes = cache.dashes;
    if (dashes.size() < 2 * MaxDashes) dashes.resize(2 * MaxDashes);
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    const ImU32 link_col = CurrentPalette().link, highlight_col = CurrentPalette().link_highlight;
    const bool crowded = list.links.size() > CrowdedLinks;
    for (const DisplayLink& l : list.links) {
        const ImVec2 a = sa.centre[(size_t)l.from], b = sa.centre[(size_t)l.to];
        float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
        if (len < 1) continue;
        // Bow in pixels: parallel links apart; a link along a band of the levels layout arcs over the actors between
        // (only when long enough on screen for the arc to read as one).
        float bow = l.bend * 22.0f;
        if (l.arc != 0 && len > 90) bow += (float)l.arc * std::min(0.18f * len, 90.0f);
        // Off the canvas (the curve stays within |bow| of its ends' box, arrow heads within ~30 px): nothing to draw.
        float reach = std::fabs(bow) + 40.0f;
        if (std::max(a.x, b.x) + reach < clip_min.x || std::min(a.x, b.x) - reach > clip_max.x ||
            std::max(a.y, b.y) + reach < clip_min.y || std::min(a.y, b.y) - reach > clip_max.y)
            continue;
        // A straight link is its two ends (LinkPath's own test), kept out of the path vector: most links are straight.
        const bool straight = std::fabs(bow) < 0.5f;
        const ImVec2 ends_ab[2] = {a, b};
        const ImVec2* pts = ends_ab;
        int point_count = 2;
        if (!straight) {
            LinkPath(a, b, bow, crowded, path);
            pts = path.data();
            point_count = (int)path.size();
        }
        ImU32 col = l.highlighted ? highlight_col : link_col;
        if (l.faded) col = WithAlpha(col, FadedAlpha * 1.5f);
        const float thickness = l.width;
        // Arrow heads stop at the actor's edge.
        const float rb = sa.radius[(size_t)l.to] + 1, ra = sa.radius[(size_t)l.from] + 1;
        // Level of detail, only when thousands of links are drawn (the bundled data's picture is unchanged): a
        // straight link whose ends' discs cover it shows nothing; a head needs room on the visible part of the link
        // to read as one among thousands, and a dash pattern at least two periods.
        const float visible = len - ra - rb, head_size = 6.0f + thickness * 1.5f;
        if (crowded && straight && visible <= 0 && !l.highlighted) continue;
        const bool detailed_heads = !crowded || !straight || l.highlighted || visible >= 4.0f * head_size;
        const bool dashed = l.dashed && (!crowded || !straight || visible >= 2.0f * DashPeriod(thickness));
        ArrowHead heads[2];
        int head_count = 0;
        if (!detailed_heads) {
            // no heads
        } else if (straight) {  // where it leaves each disc, in closed form
            const float ux = dx / len, uy = dy / len;
            if (l.head_at_to)
                heads[head_count++] = {ImVec2(b.x - ux * std::min(rb, len), b.y - uy * std::min(rb, len)), ImVec2(ux, uy)};
            if (l.head_at_from)
                heads[head_count++] = {ImVec2(a.x + ux * std::min(ra, len), a.y + uy * std::min(ra, len)), ImVec2(-ux, -uy)};
        } else {
            if (l.head_at_to) {
                heads[head_count].tip = ExitPoint(path, rb, true, heads[head_count].dir);
                ++head_count;
            }
            if (l.head_at_from) {
                heads[head_count].tip = ExitPoint(path, ra, false, heads[head_count].dir);
                ++head_count;
            }
        }
        // The stroke, then the heads on top.
        const ImVec2* ends = pts;
        int segments = 1;
        if (dashed) {
            ends = dashes.data();
            segments = DashEnds(pts, point_count, thickness, dashes.data());
        } else if (!straight) {
            dl->AddPolyline(pts, point_count, col, ImDrawFlags_None, thickness);
            segments = 0;
        }
        AddSegmentsWithHeads(dl, ends, segments, thickness, heads, head_count, head_size, col);
    }
}

// Draws the list's actors: territory ring, selection ring, then the shape with its outline.
void DrawActors(ImDrawList* dl, const DisplayList& list, const ScreenActors& sa, CanvasCache& cache) {
    if (cache.shape_points.size() < IM_DRAWLIST_ARCFAST_TABLE_SIZE) cache.shape_points.resize(IM_DRAWLIST_ARCFAST_TABLE_SIZE);
    ImVec2* scratch = cache.shape_points.data();
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    // The theme's colours, looked up once per frame rather than per actor (they live in another file: not inlined).
    const Palette& pal = CurrentPalette();
    ImU32 kind_col[ActorKindCount], ring_col[kTerritoryRingColours];
    for (int k = 0; k < ActorKindCount; ++k) kind_col[k] = ActorKindColor((ActorKind)k);
    for (int k = 0; k < kTerritoryRingColours; ++k) ring_col[k] = TerritoryRingColor(k);
    for (size_t i = 0; i < list.actors.size(); ++i) {
        const DisplayActor& d = list.actors[i];
        const ImVec2 c = sa.centre[i];
        const float r = sa.radius[i];
        float reach = r + 12;  // territory ring, selection ring and outline included
        if (c.x + reach < clip_min.x || c.x - reach > clip_max.x || c.y + reach < clip_min.y || c.y - reach > clip_max.y)
            continue;  // off the canvas
        const float alpha = d.pale ? FadedAlpha * 1.6f : 1.0f;
        // Territory ring: the country's colour just outside the shape, thinner with smaller actors (the list
        // leaves it out above country level and when the actor is a speck).
        const bool ring = d.ring >= 0;
        const float ring_w = std::min(2.5f, r * 0.3f);
        if (ring) dl->AddCircle(c, r + 1.5f + ring_w * 0.5f, WithAlpha(ring_col[d.ring % kTerritoryRingColours], alpha), 0, ring_w);
        if (d.selected) dl->AddCircle(c, r + (ring ? 4.0f + ring_w : 6.0f), pal.selection, 0, 3.0f);
        DrawShape(dl, d.shape, c, r, WithAlpha(kind_col[(int)d.kind], alpha),
                  WithAlpha(d.hovered ? pal.label : pal.outline, alpha), d.hovered ? 2.5f : 1.5f,
                  scratch);
    }
}

// Names the governance level of each band of the levels layout, at the left edge of the visible canvas.
void DrawLevelBands(ImDrawList* dl, const Explorer& ex, float x, float w, ImFont* font, float font_size) {
    const Camera& cam = ex.View();
    float left = x + (float)cam.inset_left + 8;
    for (int l = 0; l < LevelCount; ++l) {
        const double spacing = ex.BandSpacing() > 0 ? ex.BandSpacing() : LevelBandY(static_cast<Level>(1));
        float y = (float)cam.WorldToScreen({0, LevelBandY((Level)l, ex.BandSpacing())}).y;
        float half = (float)(0.375 * spacing * cam.zoom);  // 60 of 160 world units: bands and gaps keep their proportions
        dl->AddRectFilled(ImVec2(x, y - half), ImVec2(x + w, y + half), l % 2 ? CurrentPalette().band_a : CurrentPalette().band_b);
        // The name fits inside its band (bands squeezed by a large interface size or a zoom out would stack their
        // names on top of one another): smaller down to 60 %, then none.
        const float size = std::min(font_size, 2 * half - 6);
        if (size >= font_size * 0.6f)
            dl->AddText(font, size, ImVec2(left, y - half + 3), CurrentPalette().band_label, DisplayName((Level)l));
    }
}

// A small overview in the bottom-right corner: every visible actor as a dot and the current view as a frame;
// clicking or dragging in it moves the view there.
void DrawMinimap(ImDrawList* dl, Explorer& ex, const DisplayList& list, CanvasCache& cache, float x, float y, float w,
                 float h) {
    const Camera& cam = ex.View();
    Box world;
    for (const DisplayActor& d : list.actors) world.Add(d.pos);
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
    std::vector<ImVec2>& centres = cache.minimap_centres;
    std::vector<ImU32>& colours = cache.minimap_colours;
    centres.clear();
    colours.clear();
    ImU32 kind_col[ActorKindCount];
    for (int kind = 0; kind < ActorKindCount; ++kind) kind_col[kind] = ActorKindColor((ActorKind)kind);
    for (const DisplayActor& d : list.actors) {
        centres.push_back(to_map(d.pos));
        colours.push_back(WithAlpha(kind_col[(int)d.kind], d.faded ? 0.3f : 1.0f));
    }
    DotShape(dl, 1.6f * scale_ui).AddAll(dl, centres.data(), colours.data(), (int)centres.size());
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
        ex.Apply(ActPoint(ViewVerb::Centre, p.x, p.y));
    }
}

void ShowHoverTooltip(const Explorer& ex) {
    int a = ex.Hovered();
    if (a < 0) return;
    const Actor& actor = ex.Data().actors[a];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(actor.name.c_str());
    ImGui::TextDisabled("%s · %s", DisplayName(actor.kind), DisplayName(actor.level));
    if (actor.territory >= 0) ImGui::TextDisabled("%s", ex.Data().territories[actor.territory].name.c_str());
    ImGui::TextDisabled("%d links · click for details", ex.Degree()[a]);
    ImGui::EndTooltip();
}
}  // namespace

void DrawCanvasPicture(ImDrawList* dl, const Explorer& ex, CanvasCache& cache, float ui_scale, bool background) {
    const Camera& cam = ex.View();
    const float x = (float)cam.origin.x, y = (float)cam.origin.y, w = (float)cam.viewport.x, h = (float)cam.viewport.y;
    if (background) dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), CurrentPalette().background);
    if (ex.Layout() == LayoutKind::Geographic) DrawMapBackdrop(dl, cam, ex.world, GeoScale);
    if (ex.Layout() == LayoutKind::Levels) DrawLevelBands(dl, ex, x, w, cache.font, cache.font_size);
    // What to draw is decided in core (after the input: hover, zoom); the canvas only places it on screen.
    BuildDisplayList(ex, &cache.list);
    cache.screen.Update(cache.list, cam);
    DrawLinks(dl, cache.list, cache.screen, cache);
    DrawActors(dl, cache.list, cache.screen, cache);
    DrawLabels(dl, ex, cache.list, cache.screen, ui_scale, cache.font, cache.labels);
}

void DrawGraphCanvas(Explorer& ex, UiState& ui, float x, float y, float w, float h) {
    ex.SetCanvasFrame({x, y}, {std::max(w, 1.0f), std::max(h, 1.0f)});
    const Camera& cam = ex.View();
    // The Levels bands take the canvas's height: its shape under the toolbar and beside the Explore panel (the
    // details panel comes and goes with each selection, which must not lay the picture out again).
    ex.SetCanvasAspect((h - std::max(0.0f, ui.toolbar_bottom - y)) / std::max(w - (float)cam.inset_left, 1.0f));

    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::InvisibleButton("##canvas", ImVec2(std::max(w, 1.0f), std::max(h, 1.0f)),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    ImGuiIO& io = ImGui::GetIO();
    bool hovered = ImGui::IsItemHovered();
    Vec2 mouse{io.MousePos.x, io.MousePos.y};
    // A press that lost the canvas without a release it could see (a prompt took the keyboard focus) drags nothing.
    if (!ImGui::IsItemActive() && !ImGui::IsItemDeactivated()) {
        ui.dragging_actor = ui.linking_from = -1;
        ui.pressed_on_actor = false;
    }

    // 1. Hover: the actor under the mouse, unless a drag is in progress; a finger hovers by holding still.
    const bool long_press = LongPress(ex, ui, ImGui::IsItemActive());
    if (ex.GetScreen().touch) ex.SetHovered(long_press ? ex.PickActor(mouse) : -1);
    else if (ui.dragging_actor < 0) ex.SetHovered(hovered ? ex.PickActor(mouse) : -1);

    // 2. Press: remember whether it started on an actor (drag it) or on the background (pan).
    bool double_click = false;
    if (ImGui::IsItemActivated()) {
        ui.press_x = io.MousePos.x;
        ui.press_y = io.MousePos.y;
        ui.release_is_not_a_click = false;
        // A double-click: the second press within the double-click time, or two frames after the first (its
        // release between): events that arrive in consecutive frames were made close together, even when a
        // slow machine (software rendering under load) draws a frame every 300 ms and ImGui's clock says otherwise.
        const float px = io.MousePos.x - ui.last_press_x, py = io.MousePos.y - ui.last_press_y;
        const bool near = px * px + py * py <= io.MouseDoubleClickMaxDist * io.MouseDoubleClickMaxDist;
        const bool soon = ImGui::GetFrameCount() - ui.last_press_frame <= 2 || ImGui::GetTime() - ui.last_press_time < io.MouseDoubleClickTime;
        ui.double_press = near && soon && !ui.double_press;  // a third press starts again
        double_click = ui.double_press;
        ui.last_press_frame = ImGui::GetFrameCount();
        ui.last_press_time = ImGui::GetTime();
        ui.last_press_x = io.MousePos.x;
        ui.last_press_y = io.MousePos.y;
        ui.dragging_actor = ex.PickActor(mouse);
        ui.pressed_on_actor = ui.dragging_actor >= 0;
        // Edit mode: a press on an actor's rim (or with Alt) draws a link instead of moving the actor.
        if (EditPressStartsLink(ex, ui, mouse, ui.dragging_actor)) ui.dragging_actor = -1;
        EditPressStartsBox(ex, ui, mouse);  // Shift on the background: a selection box instead of a pan
        const Vec2 at = cam.ScreenToWorld(mouse);
        ui.drag_world_x = (float)at.x;
        ui.drag_world_y = (float)at.y;
    }
    // Two fingers: the platform's gesture pans and zooms (their midpoint), so the first finger moves nothing itself,
    // and lifting them is no tap.
    if (ui.fingers >= 2 && ImGui::IsItemActive()) {
        ui.dragging_actor = -1;
        ui.release_is_not_a_click = true;
    }
    // 3. Drag: move the actor, or pan the view.
    if (ImGui::IsItemActive() && ui.fingers < 2 && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) {
        const Vec2 at = cam.ScreenToWorld(mouse);
        if (ui.linking_from >= 0 || ui.boxing) {
            // a link or a selection box being drawn: DrawEditCanvasFeedback shows it
        } else if (ui.dragging_actor >= 0) {
            // Several actors selected and one of them dragged: they all move along.
            const std::vector<int> sel = ex.Selection();
            const bool group = sel.size() > 1 && std::find(sel.begin(), sel.end(), ui.dragging_actor) != sel.end();
            const Vec2 delta{at.x - ui.drag_world_x, at.y - ui.drag_world_y};
            const auto move = [&](int a, Vec2 to) { ex.Apply(ActPoint(ViewVerb::Move, to.x, to.y, ex.Data().actors[a].id)); };
            if (group)
                for (int a : sel) move(a, ex.Positions()[a] + delta);
            else
                move(ui.dragging_actor, at);
        } else {
            ex.Apply(ActPoint(ViewVerb::Pan, io.MouseDelta.x, io.MouseDelta.y));
        }
        ui.drag_world_x = (float)at.x;
        ui.drag_world_y = (float)at.y;
    }
    // 4. Release: a press that barely moved is a click, which selects (or clears on the background).
    if (ImGui::IsItemDeactivated()) {
        float dx = io.MousePos.x - ui.press_x, dy = io.MousePos.y - ui.press_y;
        const float slop = ex.GetScreen().touch ? TouchSlop : ClickSlop;
        const bool click = dx * dx + dy * dy <= slop * slop && !ui.release_is_not_a_click;
        ui.release_is_not_a_click = false;
        const int pressed = ui.pressed_on_actor ? (ui.dragging_actor >= 0 ? ui.dragging_actor : ui.linking_from) : -1;
        if (ui.linking_from >= 0 && !click) EditFinishLink(ex, ui, mouse);
        ui.linking_from = -1;
        if (ui.boxing && !click) EditFinishBox(ex, ui, mouse);
        ui.boxing = false;
        if (click && io.KeyShift) {
            if (pressed >= 0) ex.Apply(Act(ViewVerb::SelectAdd, ex.Data().actors[pressed].id));  // added, or taken out again
        } else if (click) {
            ex.Apply(Act(ViewVerb::Select, pressed >= 0 ? ex.Data().actors[pressed].id : std::string()));
        }
        ui.dragging_actor = -1;
        ui.pressed_on_actor = false;
    }
    // 5. Wheel (and trackpad pinch, which browsers send as ctrl+wheel): zoom about the cursor.
    if (double_click) EditDoubleClick(ex, ui, mouse);
    if (hovered && io.MouseWheel != 0.0f) ex.Apply(ActZoomAbout(std::pow(WheelZoomStep, io.MouseWheel), mouse.x, mouse.y));

    // 6. Draw: background, links under actors, labels on top (the same picture as a PNG export: figure_view.h).
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(ImVec2(x, y), ImVec2(x + w, y + h), true);
    CanvasCache& cache = ui.canvas;
    cache.font = ImGui::GetFont();
    cache.font_size = ImGui::GetFontSize();
    DrawCanvasPicture(dl, ex, cache, ui.ui_scale, true);
    ex.drawn_labels.actors.assign(cache.labels.drawn.begin(), cache.labels.drawn.end());  // the SVG export's labels
    ex.drawn_labels.widths.assign(cache.labels.drawn_widths.begin(), cache.labels.drawn_widths.end());
    ex.drawn_labels.font_size = cache.labels.drawn_size;
    ex.drawn_labels.valid = true;
    if (ex.Editing() || ui.linking_from >= 0 || ui.boxing || ex.Selection().size() > 1) DrawEditCanvasFeedback(dl, ex, ui, mouse);
    dl->PopClipRect();
    // Not on phones, where it would cover a fifth of the canvas (pinch and pan instead).
    if (!ex.presentation.presenting && !ex.Compact()) DrawMinimap(dl, ex, cache.list, cache, x, y, w, h);
    if (ex.Hovered() >= 0 && (ui.dragging_actor < 0 || long_press) && ui.linking_from < 0 && ui.naming_actor.empty() && ui.relation_link.empty())
        ShowHoverTooltip(ex);  // not over the edit prompts
}

}  // namespace sse::ui
