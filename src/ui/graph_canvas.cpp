// graph_canvas.cpp: see graph_canvas.h. Follows Dear ImGui's "Canvas" demo pattern: an InvisibleButton
// catches the input, an ImDrawList draws the picture.
#include "ui/graph_canvas.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "imgui.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {
constexpr float LabelFontSize = 14.0f;   // pixels at 100% UI scale
constexpr float ClickSlop = 4.0f;        // pixels the mouse may move and still count as a click
constexpr float WheelZoomStep = 1.15f;   // zoom factor per wheel notch

ImVec2 ToIm(Vec2 v) { return ImVec2((float)v.x, (float)v.y); }

void DrawShape(ImDrawList* dl, ActorShape shape, ImVec2 c, float r, ImU32 fill, ImU32 outline, float thickness) {
    switch (shape) {
        case ActorShape::Circle:
            dl->AddCircleFilled(c, r, fill);
            dl->AddCircle(c, r, outline, 0, thickness);
            break;
        case ActorShape::Square: {
            float s = r * 0.88f;
            dl->AddRectFilled(ImVec2(c.x - s, c.y - s), ImVec2(c.x + s, c.y + s), fill);
            dl->AddRect(ImVec2(c.x - s, c.y - s), ImVec2(c.x + s, c.y + s), outline, 0, 0, thickness);
            break;
        }
        case ActorShape::Diamond: {
            ImVec2 p[4] = {{c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}};
            dl->AddConvexPolyFilled(p, 4, fill);
            dl->AddPolyline(p, 4, outline, ImDrawFlags_Closed, thickness);
            break;
        }
        case ActorShape::Triangle: {
            ImVec2 p[3] = {{c.x, c.y - r}, {c.x + r * 0.93f, c.y + r * 0.6f}, {c.x - r * 0.93f, c.y + r * 0.6f}};
            dl->AddConvexPolyFilled(p, 3, fill);
            dl->AddPolyline(p, 3, outline, ImDrawFlags_Closed, thickness);
            break;
        }
        case ActorShape::Hexagon:
            dl->AddNgonFilled(c, r, fill, 6);
            dl->AddNgon(c, r, outline, 6, thickness);
            break;
    }
}

// Dashed straight line: vertical links are dashed so they differ from horizontal ones without colour.
void DrawDashedLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thickness, float dash) {
    float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    if (len < 1) return;
    int n = std::min(2000, (int)(len / dash));
    for (int i = 0; i < n; i += 2) {
        float t0 = i * dash / len, t1 = std::min(1.0f, (i + 1) * dash / len);
        dl->AddLine(ImVec2(a.x + dx * t0, a.y + dy * t0), ImVec2(a.x + dx * t1, a.y + dy * t1), col, thickness);
    }
}

void DrawArrowHead(ImDrawList* dl, ImVec2 tip, ImVec2 from, float size, ImU32 col) {
    float dx = tip.x - from.x, dy = tip.y - from.y, len = std::sqrt(dx * dx + dy * dy);
    if (len < 1) return;
    dx /= len;
    dy /= len;
    ImVec2 base(tip.x - dx * size, tip.y - dy * size);
    dl->AddTriangleFilled(tip, ImVec2(base.x - dy * size * 0.5f, base.y + dx * size * 0.5f),
                          ImVec2(base.x + dy * size * 0.5f, base.y - dx * size * 0.5f), col);
}

void DrawLinks(ImDrawList* dl, const Explorer& ex) {
    const Dataset& data = ex.Data();
    const Camera& cam = ex.View();
    int sel = ex.Selected();
    for (int i = 0; i < (int)data.links.size(); ++i) {
        const Link& l = data.links[i];
        if (!ex.LinkVisible(i) || l.from < 0 || l.to < 0) continue;
        bool hot = sel >= 0 && (l.from == sel || l.to == sel);
        ImVec2 a = ToIm(cam.WorldToScreen(ex.Positions()[l.from]));
        ImVec2 b = ToIm(cam.WorldToScreen(ex.Positions()[l.to]));
        ImU32 col = hot ? LinkHighlightColor : LinkColor;
        float thickness = (float)(0.8 + 0.5 * l.weight) * (hot ? 1.4f : 1.0f);
        if (l.kind == LinkKind::Vertical) DrawDashedLine(dl, a, b, col, thickness, 7.0f);
        else dl->AddLine(a, b, col, thickness);
        // Arrow heads stop at the actor's edge: outward points at 'to', inward at 'from', both at each end.
        float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
        if (len < 1) continue;
        float rb = (float)(ex.ActorRadius(l.to) * cam.zoom), ra = (float)(ex.ActorRadius(l.from) * cam.zoom);
        ImVec2 tip_b(b.x - dx / len * rb, b.y - dy / len * rb), tip_a(a.x + dx / len * ra, a.y + dy / len * ra);
        float head = 6.0f + thickness * 1.5f;
        if (l.direction != Direction::Inward) DrawArrowHead(dl, tip_b, a, head, col);
        if (l.direction != Direction::Outward) DrawArrowHead(dl, tip_a, b, head, col);
    }
}

struct LabelBox {
    ImVec2 min, max;
    bool Overlaps(const LabelBox& o) const {
        return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
    }
};

// Labels never overlap: the selected, hovered and best-connected actors claim space first.
void DrawLabels(ImDrawList* dl, const Explorer& ex, float scale) {
    const Dataset& data = ex.Data();
    const Camera& cam = ex.View();
    std::vector<std::pair<double, int>> order;
    for (int a = 0; a < (int)data.actors.size(); ++a) {
        if (!ex.ActorVisible(a)) continue;
        double priority = ex.Degree()[a];
        if (a == ex.Hovered()) priority += 1e6;
        if (a == ex.Selected()) priority += 2e6;
        order.push_back({-priority, a});
    }
    std::sort(order.begin(), order.end());
    ImFont* font = ImGui::GetFont();
    float size = LabelFontSize * scale;
    std::vector<LabelBox> placed;
    for (auto& [neg, a] : order) {
        const Actor& actor = data.actors[a];
        const std::string& text = actor.short_name.empty() ? actor.name : actor.short_name;
        ImVec2 ts = font->CalcTextSizeA(size, 1e9f, 0, text.c_str());
        ImVec2 c = ToIm(cam.WorldToScreen(ex.Positions()[a]));
        float r = (float)(ex.ActorRadius(a) * cam.zoom);
        LabelBox box{ImVec2(c.x - ts.x * 0.5f - 2, c.y + r + 2), ImVec2(c.x + ts.x * 0.5f + 2, c.y + r + 4 + ts.y)};
        bool free = std::none_of(placed.begin(), placed.end(), [&](const LabelBox& p) { return p.Overlaps(box); });
        bool forced = a == ex.Selected() || a == ex.Hovered();
        if (!free && !forced) continue;
        placed.push_back(box);
        dl->AddRectFilled(box.min, box.max, IM_COL32(250, 250, 247, 200), 3.0f);
        dl->AddText(font, size, ImVec2(box.min.x + 2, box.min.y + 1), LabelColor, text.c_str());
    }
}

void DrawActors(ImDrawList* dl, const Explorer& ex) {
    const Dataset& data = ex.Data();
    const Camera& cam = ex.View();
    for (int a = 0; a < (int)data.actors.size(); ++a) {
        if (!ex.ActorVisible(a)) continue;
        const Actor& actor = data.actors[a];
        ImVec2 c = ToIm(cam.WorldToScreen(ex.Positions()[a]));
        float r = (float)(ex.ActorRadius(a) * cam.zoom);
        bool selected = a == ex.Selected(), hovered = a == ex.Hovered();
        if (selected) dl->AddCircle(c, r + 6, SelectionColor, 0, 3.0f);
        DrawShape(dl, ActorKindShape(actor.kind), c, r, ActorKindColor(actor.kind),
                  hovered ? LabelColor : IM_COL32(255, 255, 255, 255), hovered ? 2.5f : 1.5f);
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
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), BackgroundColor);
    DrawLinks(dl, ex);
    DrawActors(dl, ex);
    DrawLabels(dl, ex, ui.ui_scale);
    dl->PopClipRect();
    if (ex.Hovered() >= 0 && ui.dragging_actor < 0) ShowHoverTooltip(ex);
}

}  // namespace sse::ui
