// sidebar.cpp: see sidebar.h. Every control changes the Explorer through the same calls the commands use.
#include "ui/sidebar.h"

#include <algorithm>
#include <string>

#include "core/enum_names.h"
#include "imgui.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {
// One checkbox per enum value; an empty list means "all", so unticking the first box lists the others.
template <typename E>
bool EnumChecklist(const char* id, std::vector<int>& list, const char* (*label)(E)) {
    bool changed = false;
    const EnumTable& table = TableOf<E>();
    ImGui::PushID(id);
    for (int i = table.first_parsable; i < table.count; ++i) {
        bool on = list.empty() || std::find(list.begin(), list.end(), i) != list.end();
        if (ImGui::Checkbox(label((E)i), &on)) {
            if (list.empty())
                for (int k = table.first_parsable; k < table.count; ++k) list.push_back(k);
            if (on) list.push_back(i);
            else list.erase(std::remove(list.begin(), list.end(), i), list.end());
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            if ((int)list.size() == table.count - table.first_parsable) list.clear();  // all ticked = no filter
            changed = true;
        }
    }
    ImGui::PopID();
    return changed;
}

const char* NameOf(LinkKind k) { return k == LinkKind::Horizontal ? "Horizontal (same level)" : "Vertical (across levels)"; }
const char* NameOf(Relation r) { return ToString(r); }
const char* NameOf(Confidence c) { return ToString(c); }

void FiltersSection(Explorer& ex) {
    FilterState f = ex.Filter();
    bool changed = false;
    if (ImGui::Checkbox("Showcase (fade, don't hide)", &f.showcase)) changed = true;
    if (ImGui::Checkbox("Hide actors without links", &f.hide_isolated)) changed = true;
    if (ImGui::TreeNode("Actor kind")) {
        changed |= EnumChecklist<ActorKind>("kind", f.actor_kinds, Label);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Level")) {
        changed |= EnumChecklist<Level>("level", f.levels, Label);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Link kind")) {
        changed |= EnumChecklist<LinkKind>("link-kind", f.link_kinds, NameOf);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Relation")) {
        changed |= EnumChecklist<Relation>("relation", f.relations, NameOf);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Value dimension")) {
        ImGui::TextDisabled("Links carrying any ticked value");
        for (int bit = 0; bit < 4; ++bit) {
            bool on = std::find(f.values.begin(), f.values.end(), bit) != f.values.end();
            if (ImGui::Checkbox(ValueDimensionName(bit), &on)) {
                if (on) f.values.push_back(bit);
                else f.values.erase(std::remove(f.values.begin(), f.values.end(), bit), f.values.end());
                changed = true;
            }
        }
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Confidence")) {
        changed |= EnumChecklist<Confidence>("confidence", f.confidences, NameOf);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Territory")) {
        const Dataset& data = ex.Data();
        for (int t = 0; t < (int)data.territories.size(); ++t) {
            bool on = std::find(f.territories.begin(), f.territories.end(), t) != f.territories.end();
            int depth = 0;
            for (int p = data.territories[t].parent; p >= 0 && depth < 8; p = data.territories[p].parent) ++depth;
            ImGui::Indent(depth * 10.0f + 0.001f);
            if (ImGui::Checkbox((data.territories[t].name + "##t" + std::to_string(t)).c_str(), &on)) {
                if (on) f.territories.push_back(t);
                else f.territories.erase(std::remove(f.territories.begin(), f.territories.end(), t), f.territories.end());
                changed = true;
            }
            ImGui::Unindent(depth * 10.0f + 0.001f);
        }
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Years")) {
        int years[2] = {f.year_from, f.year_to};
        ImGui::SetNextItemWidth(-1);
        if (ImGui::DragInt2("##years", years, 0.2f, 0, 2100, "%d")) {
            f.year_from = years[0] < 1900 ? 0 : years[0];
            f.year_to = years[1] < 1900 ? 0 : years[1];
            changed = true;
        }
        ImGui::TextDisabled("0 = open; items without years always match");
        ImGui::TreePop();
    }
    if (!f.Empty() && ImGui::Button("Clear filters")) {
        FilterState cleared;
        cleared.showcase = f.showcase;
        cleared.hide_isolated = f.hide_isolated;
        f = cleared;
        changed = true;
    }
    if (changed) ex.SetFilter(f);
    ImGui::TextDisabled("%d of %zu actors, %d of %zu links", ex.VisibleActorCount(), ex.Data().actors.size(),
                        ex.VisibleLinkCount(), ex.Data().links.size());
}

void LegendSwatch(ImDrawList* dl, ImVec2 p, ActorKind kind, float size) {
    ImU32 col = ActorKindColor(kind);
    ImVec2 c(p.x + size * 0.5f, p.y + size * 0.5f);
    float r = size * 0.45f;
    switch (ActorKindShape(kind)) {
        case ActorShape::Circle: dl->AddCircleFilled(c, r, col); break;
        case ActorShape::Square: dl->AddRectFilled(ImVec2(c.x - r * 0.88f, c.y - r * 0.88f), ImVec2(c.x + r * 0.88f, c.y + r * 0.88f), col); break;
        case ActorShape::Diamond: dl->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y), col); break;
        case ActorShape::Triangle: dl->AddTriangleFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y + r * 0.6f), ImVec2(c.x - r, c.y + r * 0.6f), col); break;
        case ActorShape::Hexagon: dl->AddNgonFilled(c, r, col, 6); break;
    }
}

// Ring colours of the countries among the visible actors, with their codes (as beside the labels).
void TerritoryLegend(const Explorer& ex, ImDrawList* dl, float size) {
    const TerritoryCues& cues = ex.Cues();
    std::vector<int> shown(cues.countries.size(), 0);
    for (int a = 0; a < (int)ex.Data().actors.size(); ++a)
        if (ex.ActorVisible(a) && cues.country[a] >= 0) ++shown[cues.country[a]];
    bool any = false;
    for (int i = 0; i < (int)shown.size(); ++i) {
        if (!shown[i]) continue;
        if (!any) ImGui::TextDisabled("Ring: country; code: territory");
        any = true;
        ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddCircle(ImVec2(p.x + size * 0.5f, p.y + size * 0.5f), size * 0.36f, TerritoryRingColor(i), 0, 2.5f);
        ImGui::Dummy(ImVec2(size, size));
        ImGui::SameLine();
        const int t = cues.countries[i];
        ImGui::Text("%s %s (%d)", ex.Data().territories[t].name.c_str(), TerritoryCode(ex.Data(), t).c_str(), shown[i]);
    }
}

// The legend lists only what is on screen now: kinds present among visible actors, link kinds among visible links.
void LegendSection(const Explorer& ex) {
    const Dataset& data = ex.Data();
    int kinds[ActorKindCount] = {}, link_kinds[2] = {};
    for (int a = 0; a < (int)data.actors.size(); ++a)
        if (ex.ActorVisible(a)) ++kinds[(int)data.actors[a].kind];
    for (int l = 0; l < (int)data.links.size(); ++l)
        if (ex.LinkVisible(l)) ++link_kinds[(int)data.links[l].kind];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float size = ImGui::GetTextLineHeight();
    for (int k = 0; k < ActorKindCount; ++k) {
        if (!kinds[k]) continue;
        LegendSwatch(dl, ImGui::GetCursorScreenPos(), (ActorKind)k, size);
        ImGui::Dummy(ImVec2(size, size));
        ImGui::SameLine();
        ImGui::Text("%s (%d)", Label((ActorKind)k), kinds[k]);
    }
    for (int k = 0; k < 2; ++k) {
        if (!link_kinds[k]) continue;
        ImVec2 p = ImGui::GetCursorScreenPos();
        float y = p.y + size * 0.5f;
        if (k == 0) dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + size * 2, y), CurrentPalette().link_highlight, 2.0f);
        else
            for (float x = 0; x < size * 2; x += 8) dl->AddLine(ImVec2(p.x + x, y), ImVec2(p.x + std::min(x + 5, size * 2), y), CurrentPalette().link_highlight, 2.0f);
        ImGui::Dummy(ImVec2(size * 2, size));
        ImGui::SameLine();
        ImGui::Text("%s link (%d)", k == 0 ? "Horizontal: same level" : "Vertical: across levels", link_kinds[k]);
    }
    ImGui::TextDisabled("Arrow: direction of the flow; width: weight;\nsize: number of links");
    if (ex.presentation.territory_cue) TerritoryLegend(ex, dl, size);
}

void CasesSection(Explorer& ex) {
    const Dataset& data = ex.Data();
    ImGui::TextDisabled("Choose one to highlight its actors and links");
    for (int r = 0; r < (int)data.recommendations.size(); ++r) {
        const Recommendation& rec = data.recommendations[r];
        ImGui::PushID(r);
        std::string label = std::to_string(rec.number) + ". " + rec.title;
        if (ImGui::Selectable(label.c_str(), ex.ChosenRecommendation() == r))
            ex.Command("recommendation " + (ex.ChosenRecommendation() == r ? std::string("none") : rec.id));
        for (int c : rec.cases) {
            if (c < 0) continue;
            ImGui::Indent();
            if (ImGui::Selectable(("Case: " + data.cases[c].title).c_str(), ex.ChosenCase() == c))
                ex.Command("case " + (ex.ChosenCase() == c ? std::string("none") : data.cases[c].id));
            ImGui::Unindent();
        }
        ImGui::PopID();
    }
}
}  // namespace

void DrawSidebar(Explorer& ex, UiState& ui, float top, float width) {
    if (!ex.panels.sidebar) return;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, top), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y - (top - vp->WorkPos.y)), ImGuiCond_Always);
    if (!ImGui::Begin("Explore##sidebar", &ex.panels.sidebar, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ImGui::End();
        return;
    }
    if (ImGui::CollapsingHeader("Recommendations and cases", ImGuiTreeNodeFlags_DefaultOpen)) CasesSection(ex);
    if (ImGui::CollapsingHeader("Filters", ImGuiTreeNodeFlags_DefaultOpen)) FiltersSection(ex);
    if (ImGui::CollapsingHeader("Legend", ImGuiTreeNodeFlags_DefaultOpen)) LegendSection(ex);
    ImGui::End();
}

}  // namespace sse::ui
