// edit_gestures.cpp: edit mode's gestures on the canvas (see edit_ui.h). The canvas keeps its own press, drag and
// release logic; these functions are the edit-mode branches of it.
#include <algorithm>
#include <cmath>

#include "core/message_text.h"
#include "core/vocabulary.h"
#include "ui/edit_ui.h"
#include "ui/theme.h"
#include "ui/tr.h"

namespace sse::ui {

namespace {
constexpr double RimFraction = 0.55;  // a press farther out than this part of the radius starts a link
}

bool EditPressStartsLink(Explorer& ex, UiState& ui, Vec2 mouse, int actor) {
    if (!ex.Editing() || actor < 0) return false;
    const Camera& cam = ex.View();
    const double r = ex.ActorRadius(actor) * cam.zoom;
    const double d = Length(cam.WorldToScreen(ex.Positions()[actor]) - mouse);
    const bool rim = r >= 6 && d > r * RimFraction;
    if (!rim && !ImGui::GetIO().KeyAlt) return false;
    ui.linking_from = actor;
    return true;
}

void EditFinishLink(Explorer& ex, UiState& ui, Vec2 mouse) {
    const int from = ui.linking_from;
    ui.linking_from = -1;
    const int to = ex.PickActor(mouse);
    if (from < 0 || to < 0 || to == from) return;  // dropped on nothing: no link
    std::string id;
    EditOutcome o = ex.CreateLink(from, to, Relation::Partnership, &id);
    if (!o.ok) {
        ex.notices.push_back(TrF("edit.no_link", "No link: {reason}", {{"reason", MessageText(o.code, o.message)}}));
        return;
    }
    ui.relation_link = id;
    ui.relation_x = (float)mouse.x;
    ui.relation_y = (float)mouse.y;
}

void EditPressStartsBox(Explorer& ex, UiState& ui, Vec2 mouse) {
    ui.boxing = ex.Editing() && ImGui::GetIO().KeyShift && ui.dragging_actor < 0 && ui.linking_from < 0;
    ui.box_x0 = (float)mouse.x;
    ui.box_y0 = (float)mouse.y;
}

void EditFinishBox(Explorer& ex, UiState& ui, Vec2 mouse) {
    ui.boxing = false;
    const int added = ex.SelectInBox({ui.box_x0, ui.box_y0}, mouse);
    const size_t n = ex.Selection().size();
    if (added > 0) ex.notices.push_back(TrN("edit.box_selected", (long long)n, "{count} actor selected", "{count} actors selected"));
}

void EditDoubleClick(Explorer& ex, UiState& ui, Vec2 mouse) {
    if (!ex.Editing() || ex.PickActor(mouse) >= 0) return;
    std::string id;
    EditOutcome o = ex.CreateActorAt(ex.View().ScreenToWorld(mouse), &id);
    if (!o.ok) {
        ex.notices.push_back(TrF("edit.no_actor", "No new actor: {reason}", {{"reason", MessageText(o.code, o.message)}}));
        return;
    }
    ui.naming_actor = id;
    // The double-click's second release would count as a click on the background (the press found no actor) and
    // clear the new actor's selection: that release is not a click.
    ui.release_is_not_a_click = true;
    ui.name_buffer[0] = 0;
    ui.name_focus = true;
    ui.relation_link.clear();
}

void DrawEditCanvasFeedback(ImDrawList* dl, const Explorer& ex, const UiState& ui, Vec2 mouse) {
    const Camera& cam = ex.View();
    const Palette& pal = CurrentPalette();
    const std::vector<int> selection = ex.Selection();
    for (size_t i = 1; i < selection.size(); ++i) {  // the first is drawn by the canvas itself
        const int a = selection[i];
        if (!ex.ActorVisible(a)) continue;
        const Vec2 s = cam.WorldToScreen(ex.Positions()[a]);
        dl->AddCircle(ImVec2((float)s.x, (float)s.y), (float)(ex.ActorRadius(a) * cam.zoom) + 6.0f, pal.selection, 0, 3.0f);
    }
    if (ui.boxing) {
        const ImVec2 a(ui.box_x0, ui.box_y0), b((float)mouse.x, (float)mouse.y);
        const ImVec2 lo(std::min(a.x, b.x), std::min(a.y, b.y)), hi(std::max(a.x, b.x), std::max(a.y, b.y));
        dl->AddRectFilled(lo, hi, (pal.selection & 0x00FFFFFFu) | 0x30000000u);
        dl->AddRect(lo, hi, pal.selection, 0, 0, 2.0f);
    }
    if (ui.linking_from < 0) return;
    const Vec2 s = cam.WorldToScreen(ex.Positions()[ui.linking_from]);
    const int target = ex.PickActor(mouse);
    ImVec2 end((float)mouse.x, (float)mouse.y);
    if (target >= 0 && target != ui.linking_from) {  // snaps to the actor it would link to
        const Vec2 t = cam.WorldToScreen(ex.Positions()[target]);
        end = ImVec2((float)t.x, (float)t.y);
        dl->AddCircle(end, (float)(ex.ActorRadius(target) * cam.zoom) + 6.0f, pal.link_highlight, 0, 3.0f);
    }
    dl->AddLine(ImVec2((float)s.x, (float)s.y), end, pal.link_highlight, 3.0f);
}

}  // namespace sse::ui
