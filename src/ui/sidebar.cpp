// sidebar.cpp: see sidebar.h. Every control changes the Explorer through the same calls the commands use.
#include "ui/wrapped_header.h"
#include "ui/sidebar.h"

#include <algorithm>
#include <string>

#include "core/vocabulary.h"
#include "imgui.h"
#include "ui/phone_layout.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/translated_text.h"
#include "ui/wrapped_selectable.h"

namespace sse::ui {

namespace {
// One checkbox per value of a vocabulary, labelled with its display name (its description as a tooltip); an
// empty list means "all", so unticking the first box lists the others.
bool NameChecklist(const EnumTable& table, std::vector<int>& list) {
    bool changed = false;
    for (int i = table.first_parsable; i < table.count; ++i) {
        bool on = list.empty() || std::find(list.begin(), list.end(), i) != list.end();
        if (ImGui::Checkbox(Titled(table.Display(i), table.Name(i)).c_str(), &on)) {
            if (list.empty())
                for (int k = table.first_parsable; k < table.count; ++k) list.push_back(k);
            if (on) list.push_back(i);
            else list.erase(std::remove(list.begin(), list.end(), i), list.end());
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            if ((int)list.size() == table.count - table.first_parsable) list.clear();  // all ticked = no filter
            changed = true;
        }
        if (*table.Description(i) && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", table.Description(i));
    }
    return changed;
}

// Territories as an indented tree (sub-territories under their parent); ticking one lists it.
bool TerritoryChecklist(const Dataset& data, std::vector<int>& list) {
    bool changed = false;
    for (int t = 0; t < (int)data.territories.size(); ++t) {
        bool on = std::find(list.begin(), list.end(), t) != list.end();
        int depth = 0;
        for (int p = data.territories[t].parent; p >= 0 && depth < 8; p = data.territories[p].parent) ++depth;
        ImGui::Indent(depth * 10.0f + 0.001f);
        if (ImGui::Checkbox((data.territories[t].name + "##t" + std::to_string(t)).c_str(), &on)) {
            if (on) list.push_back(t);
            else list.erase(std::remove(list.begin(), list.end(), t), list.end());
            changed = true;
        }
        ImGui::Unindent(depth * 10.0f + 0.001f);
    }
    return changed;
}

bool YearsControl(FilterState& f) {
    int years[2] = {f.year_from, f.year_to};
    ImGui::SetNextItemWidth(-1);
    if (!ImGui::DragInt2("##years", years, 0.2f, 0, 2100, "%d")) return false;
    f.year_from = years[0] < 1900 ? 0 : years[0];
    f.year_to = years[1] < 1900 ? 0 : years[1];
    return true;
}

// Links without values are "not recorded" (no source named a dimension), never "none": the brief's value chain
// is there for every exchange, the data only records what a source says.
int LinksWithValues(const Dataset& data) {
    int n = 0;
    for (const Link& l : data.links) n += l.values != 0;
    return n;
}

void ValueCoverage(const Dataset& data) {
    ImGui::TextDisabled("%s", TrF("sidebar.values_recorded", "Recorded on {valued} of {total} links; on the others: not recorded",
                                   {{"valued", std::to_string(LinksWithValues(data))}, {"total", std::to_string(data.links.size())}}).c_str());
}

// One section per filter field of the vocabulary (FilterField), in its order, titled with its display name.
void FiltersSection(Explorer& ex) {
    FilterState f = ex.Filter();
    bool changed = false;
    if (ImGui::Checkbox(Titled(Tr("sidebar.showcase", "Showcase (fade, don't hide)"), "showcase").c_str(), &f.showcase)) changed = true;
    RecordRow(ex);
    if (ImGui::Checkbox(Titled(Tr("sidebar.hide_isolated", "Hide actors without links"), "isolated").c_str(), &f.hide_isolated)) changed = true;
    RecordRow(ex);
    const EnumTable& fields = TableOf<FilterField>();
    for (int i = 0; i < fields.count; ++i) {
        const FilterField field = static_cast<FilterField>(i);
        const FilterFieldValues& values = ValuesOf(field);
        if (!values.in_sidebar) continue;
        ImGui::PushID(fields.Name(i));
        // The id stays when the language changes; on phones the row is as tall as a thumb (frame padding).
        const bool open = ImGui::TreeNodeEx("##field", TouchRowHeight() > 0 ? ImGuiTreeNodeFlags_FramePadding : 0, "%s", fields.Display(i));
        RecordRow(ex);
        if (open) {
            // The years' hint goes below their control; the others' above their list.
            if (*fields.Description(i) && !values.years) ImGui::TextDisabled("%s", fields.Description(i));
            if (values.years) changed |= YearsControl(f);
            else if (values.names) changed |= NameChecklist(*values.names, *FilterList(f, field));
            else if (values.ids == DataElement::Territory) changed |= TerritoryChecklist(ex.Data(), *FilterList(f, field));
            if (field == FilterField::Value) ValueCoverage(ex.Data());
            if (*fields.Description(i) && values.years) ImGui::TextDisabled("%s", fields.Description(i));
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    if (!f.Empty() && ImGui::Button(Titled(Tr("sidebar.clear_filters", "Clear filters"), "clear").c_str())) {
        FilterState cleared;
        cleared.showcase = f.showcase;
        cleared.hide_isolated = f.hide_isolated;
        f = cleared;
        changed = true;
    }
    if (changed)
        for (const ViewAction& a : FilterActions(ex.Data(), ex.Filter(), f)) ex.Apply(a);
    ImGui::TextDisabled("%s", TrF("sidebar.visible", "{actors} of {total_actors} actors, {links} of {total_links} links",
                                  {{"actors", std::to_string(ex.VisibleActorCount())}, {"total_actors", std::to_string(ex.Data().actors.size())},
                                   {"links", std::to_string(ex.VisibleLinkCount())}, {"total_links", std::to_string(ex.Data().links.size())}}).c_str());
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
        if (!any) ImGui::TextDisabled("%s", Tr("legend.ring", "Ring: country; code: territory"));
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
    int kinds[ActorKindCount] = {}, link_kinds[LinkKindCount] = {};
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
        ImGui::Text("%s (%d)", DisplayName((ActorKind)k), kinds[k]);
    }
    for (int k = 0; k < LinkKindCount; ++k) {
        if (!link_kinds[k]) continue;
        ImVec2 p = ImGui::GetCursorScreenPos();
        float y = p.y + size * 0.5f;
        if (k == 0) dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + size * 2, y), CurrentPalette().link_highlight, 2.0f);
        else
            for (float x = 0; x < size * 2; x += 8) dl->AddLine(ImVec2(p.x + x, y), ImVec2(p.x + std::min(x + 5, size * 2), y), CurrentPalette().link_highlight, 2.0f);
        ImGui::Dummy(ImVec2(size * 2, size));
        ImGui::SameLine();
        ImGui::Text("%s: %d", DisplayName((LinkKind)k), link_kinds[k]);
    }
    int shown = 0, valued = 0;
    for (int l = 0; l < (int)data.links.size(); ++l) {
        if (!ex.LinkVisible(l)) continue;
        ++shown;
        valued += data.links[l].values != 0;
    }
    if (shown)
        ImGui::TextDisabled("%s", TrF("legend.values", "Value dimensions: recorded on {valued} of {total} links;\nthe rest: not recorded",
                                      {{"valued", std::to_string(valued)}, {"total", std::to_string(shown)}}).c_str());
    ImGui::TextDisabled("%s", Tr("legend.arrows", "Arrow: direction of the flow; width: weight;\nsize: number of links"));
    if (ex.presentation.territory_cue) TerritoryLegend(ex, dl, size);
}

void CasesSection(Explorer& ex) {
    const Dataset& data = ex.Data();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", Tr("sidebar.cases_hint", "Choose one to highlight its actors and links"));
    ImGui::PopTextWrapPos();
    for (int r = 0; r < (int)data.recommendations.size(); ++r) {
        const Recommendation& rec = data.recommendations[r];
        ImGui::PushID(r);
        std::string label = std::to_string(rec.number) + ". " + DataText(ex, TranslationsFor(ex, rec), "title", rec.title);
        if (WrappedSelectable("##recommendation", label, ex.ChosenRecommendation() == r))
            ex.Command("recommendation " + (ex.ChosenRecommendation() == r ? std::string("none") : rec.id));
        RecordRow(ex);
        for (int c : rec.cases) {
            if (c < 0) continue;
            ImGui::Indent();
            if (WrappedSelectable(("##case" + std::to_string(c)).c_str(), TrF("sidebar.case", "Case: {title}", {{"title", DataText(ex, TranslationsFor(ex, data.cases[c]), "title", data.cases[c].title)}}),
                                  ex.ChosenCase() == c))
                ex.Command("case " + (ex.ChosenCase() == c ? std::string("none") : data.cases[c].id));
            RecordRow(ex);
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
    PlaceSheet(ex, ui, Panel::Sidebar);  // phones: a sheet from the bottom instead
    if (!ImGui::Begin(Titled(Tr("sidebar.title", "Explore"), "sidebar").c_str(), &ex.panels.sidebar, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ImGui::End();
        return;
    }
    if (WrappedHeader(Tr("sidebar.recommendations", "Recommendations and cases"), "recs", ImGuiTreeNodeFlags_DefaultOpen)) CasesSection(ex);
    if (WrappedHeader(Tr("sidebar.filters", "Filters"), "filters", ImGuiTreeNodeFlags_DefaultOpen)) FiltersSection(ex);
    if (WrappedHeader(Tr("sidebar.legend", "Legend"), "legend", ImGuiTreeNodeFlags_DefaultOpen)) LegendSection(ex);
    ImGui::End();
}

}  // namespace sse::ui
