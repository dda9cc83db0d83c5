// table_view.cpp: see table_view.h.
#include "ui/wrapped_header.h"
#include "ui/table_view.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "core/display_list.h"
#include "core/search.h"
#include "imgui.h"
#include "ui/phone_layout.h"
#include "ui/table_cells.h"
#include "ui/theme.h"
#include "ui/tr.h"

namespace sse::ui {

namespace {
// Columns as wide as their header and cells (a translated header is never cut), scrolled sideways when the window is
// narrower than the table (a long translation, a large interface size, a phone).
constexpr ImGuiTableFlags TableFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                                       ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable |
                                       ImGuiTableFlags_SizingFixedFit;

// Sorts rows by the table's current sort spec, using key(row, column) -> double or string compare.
template <typename Less>
void SortRows(std::vector<int>& rows, Less less) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || specs->SpecsCount == 0) return;
    const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return s.SortDirection == ImGuiSortDirection_Ascending ? less(a, b, s.ColumnIndex) : less(b, a, s.ColumnIndex);
    });
}

// A name column's starting width: a share of the table's width (a long name would otherwise push every other column
// out of view); 0 for the other columns, which fit their header and cells. The user can resize any of them.
float NameWidth(bool name_column, float share, float table_width) { return name_column ? table_width * share : 0.0f; }

bool Contains(const std::string& haystack, const char* needle) { return ContainsFolded(haystack, needle); }

void ActorsTable(Explorer& ex, UiState& ui) {
    const Dataset& data = ex.Data();
    const ActorMetrics& m = ex.Metrics();
    std::vector<int> rows;
    for (int a = 0; a < (int)data.actors.size(); ++a)
        if (ex.ActorVisible(a) && (Contains(ActorName(ex, data.actors[a]), ui.table_filter) || Contains(data.actors[a].name, ui.table_filter) ||
                                   Contains(data.actors[a].id, ui.table_filter)))
            rows.push_back(a);
    const float table_w = ImGui::GetContentRegionAvail().x;  // before the table: its own region scrolls
    if (!ImGui::BeginTable("actors", 9, TableFlags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const char* headers[][2] = {{SSE_TEXT("table.col.actor", "Actor")}, {SSE_TEXT("table.col.kind", "Kind")}, {SSE_TEXT("table.col.level", "Level")}, {SSE_TEXT("table.col.territory", "Territory")}, {SSE_TEXT("table.col.links", "Links")}, {SSE_TEXT("table.col.in", "In")}, {SSE_TEXT("table.col.out", "Out")}, {SSE_TEXT("table.col.betweenness", "Betweenness")}, {SSE_TEXT("table.col.closeness", "Closeness")}};
    for (int c = 0; c < 9; ++c) ImGui::TableSetupColumn(Tr(headers[c][0], headers[c][1]),  // SSE_TEXT rows
                                                        c == 0 ? ImGuiTableColumnFlags_DefaultSort : 0, NameWidth(c == 0, 0.32f, table_w));
    ImGui::TableHeadersRow();
    SortRows(rows, [&](int a, int b, int col) {
        const Actor &x = data.actors[a], &y = data.actors[b];
        switch (col) {
            case 1: return (int)x.kind < (int)y.kind;
            case 2: return (int)x.level < (int)y.level;
            case 3: return x.territory_id < y.territory_id;
            case 4: return m.degree[a] < m.degree[b];
            case 5: return m.in_degree[a] < m.in_degree[b];
            case 6: return m.out_degree[a] < m.out_degree[b];
            case 7: return m.betweenness[a] < m.betweenness[b];
            case 8: return m.closeness[a] < m.closeness[b];
            default: return ActorName(ex, x) < ActorName(ex, y);
        }
    });
    ImGuiListClipper clipper;
    clipper.Begin((int)rows.size());
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            int a = rows[i];
            const Actor& x = data.actors[a];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(a);
            if (ex.Editing()) {  // each cell can be typed into (table_cells.h): the name as written, not translated
                if (EditableCell(ex, ui, TableKind::Actors, x.id, 0, x.name)) ex.Apply(Act(ViewVerb::GoTo, ex.Data().actors[a].id));
            } else if (ImGui::Selectable(ActorName(ex, x).c_str(), ex.Selected() == a, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, TouchRowHeight()))) {
                ex.Apply(Act(ViewVerb::GoTo, ex.Data().actors[a].id));
            }
            RecordRow(ex);
            ImGui::TableNextColumn();
            EditableCell(ex, ui, TableKind::Actors, x.id, 1, DisplayName(x.kind));
            ImGui::TableNextColumn();
            EditableCell(ex, ui, TableKind::Actors, x.id, 2, DisplayName(x.level));
            ImGui::TableNextColumn();
            EditableCell(ex, ui, TableKind::Actors, x.id, 3, x.territory >= 0 ? data.territories[x.territory].name : "");
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::Text("%d", m.degree[a]);
            ImGui::TableNextColumn();
            ImGui::Text("%d", m.in_degree[a]);
            ImGui::TableNextColumn();
            ImGui::Text("%d", m.out_degree[a]);
            ImGui::TableNextColumn();
            ImGui::Text("%.3f", m.betweenness[a]);
            ImGui::TableNextColumn();
            ImGui::Text("%.3f", m.closeness[a]);
        }
    ImGui::EndTable();
    std::vector<std::string> ids;
    for (int a : rows) ids.push_back(data.actors[a].id);
    PasteIntoTable(ex, ui, TableKind::Actors, ids);
}

void LinksTable(Explorer& ex, UiState& ui) {
    const Dataset& data = ex.Data();
    auto name = [&](int a) -> const std::string& {
        return ActorLabel(ex, data.actors[a]);
    };
    std::vector<int> rows;
    for (int l = 0; l < (int)data.links.size(); ++l) {
        const Link& k = data.links[l];
        if (ex.LinkVisible(l) && (Contains(name(k.from), ui.table_filter) || Contains(name(k.to), ui.table_filter) ||
                                  Contains(ToString(k.relation), ui.table_filter) ||
                                  Contains(DisplayName(k.relation), ui.table_filter)))
            rows.push_back(l);
    }
    const float table_w = ImGui::GetContentRegionAvail().x;  // before the table: its own region scrolls
    if (!ImGui::BeginTable("links", 7, TableFlags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const char* headers[][2] = {{SSE_TEXT("table.col.from", "From")}, {SSE_TEXT("table.col.to", "To")}, {SSE_TEXT("table.col.kind", "Kind")}, {SSE_TEXT("table.col.relation", "Relation")}, {SSE_TEXT("table.col.direction", "Direction")}, {SSE_TEXT("table.col.values", "Values")}, {SSE_TEXT("table.col.confidence", "Confidence")}};
    for (int c = 0; c < 7; ++c) ImGui::TableSetupColumn(Tr(headers[c][0], headers[c][1]),  // SSE_TEXT rows
                                                        c == 0 ? ImGuiTableColumnFlags_DefaultSort : 0, NameWidth(c < 2, 0.2f, table_w));
    ImGui::TableHeadersRow();
    SortRows(rows, [&](int a, int b, int col) {
        const Link &x = data.links[a], &y = data.links[b];
        switch (col) {
            case 1: return name(x.to) < name(y.to);
            case 2: return (int)x.kind < (int)y.kind;
            case 3: return (int)x.relation < (int)y.relation;
            case 4: return (int)x.direction < (int)y.direction;
            case 5: return x.values < y.values;
            case 6: return (int)x.confidence < (int)y.confidence;
            default: return name(x.from) < name(y.from);
        }
    });
    ImGuiListClipper clipper;
    clipper.Begin((int)rows.size());
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Link& k = data.links[rows[i]];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(rows[i]);
            bool involved = ex.Selected() == k.from || ex.Selected() == k.to;
            if (ex.Editing()) {  // each cell can be typed into (table_cells.h)
                if (EditableCell(ex, ui, TableKind::Links, k.id, 0, name(k.from))) ex.Apply(Act(ViewVerb::GoTo, ex.Data().actors[k.from].id));
            } else if (ImGui::Selectable(name(k.from).c_str(), involved, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, TouchRowHeight()))) {
                ex.Apply(Act(ViewVerb::GoTo, ex.Data().actors[k.from].id));
            }
            RecordRow(ex);
            if (ImGui::IsItemHovered() && !k.description.empty() && !ex.Editing()) ImGui::SetTooltip("%s", k.description.c_str());
            ImGui::TableNextColumn();
            EditableCell(ex, ui, TableKind::Links, k.id, 1, name(k.to));
            ImGui::TableNextColumn();
            EditableCell(ex, ui, TableKind::Links, k.id, 2, DisplayName(k.kind));
            ImGui::TableNextColumn();
            EditableCell(ex, ui, TableKind::Links, k.id, 3, DisplayName(k.relation));
            ImGui::TableNextColumn();
            EditableCell(ex, ui, TableKind::Links, k.id, 4, DisplayName(k.direction));
            ImGui::TableNextColumn();
            std::string values;
            for (int bit = 0; bit < ValueDimensionCount; ++bit)
                if (k.values & (1 << bit)) values += (values.empty() ? "" : ", ") + std::string(ValueDimensionTable().Display(bit));
            if (ex.Editing()) EditableCell(ex, ui, TableKind::Links, k.id, 5, values);
            else if (values.empty()) ImGui::TextDisabled("%s", Tr("table.not_recorded", "not recorded"));  // no source names a dimension: not "none"
            else ImGui::TextUnformatted(values.c_str());
            ImGui::TableNextColumn();
            EditableCell(ex, ui, TableKind::Links, k.id, 6, DisplayName(k.confidence));
            ImGui::PopID();
        }
    ImGui::EndTable();
    std::vector<std::string> ids;
    for (int l : rows) ids.push_back(data.links[l].id);
    PasteIntoTable(ex, ui, TableKind::Links, ids);
}

// Territories with the SSE indicators: horizontal vs vertical links as a small bar, levels covered, flow balance.
void TerritoriesTable(Explorer& ex, UiState& ui) {
    const Dataset& data = ex.Data();
    const auto& ind = ex.Indicators();
    std::vector<int> rows;
    for (int t = 0; t < (int)data.territories.size(); ++t)
        if (ind[t].actors > 0 && Contains(data.territories[t].name, ui.table_filter)) rows.push_back(t);
    const float table_w = ImGui::GetContentRegionAvail().x;  // before the table: its own region scrolls
    if (!ImGui::BeginTable("territories", 7, TableFlags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const char* headers[][2] = {{SSE_TEXT("table.col.territory", "Territory")}, {SSE_TEXT("table.col.actors", "Actors")}, {SSE_TEXT("table.col.horizontal", "Horizontal")}, {SSE_TEXT("table.col.vertical", "Vertical")}, {SSE_TEXT("table.col.horizontal_vertical", "Horizontal / vertical")}, {SSE_TEXT("table.col.levels", "Levels")}, {SSE_TEXT("table.col.inward_outward", "Inward / outward")}};
    for (int c = 0; c < 7; ++c) ImGui::TableSetupColumn(Tr(headers[c][0], headers[c][1]),  // SSE_TEXT rows
                                                        c == 0 ? ImGuiTableColumnFlags_DefaultSort : 0, NameWidth(c == 0, 0.25f, table_w));
    ImGui::TableHeadersRow();
    SortRows(rows, [&](int a, int b, int col) {
        switch (col) {
            case 1: return ind[a].actors < ind[b].actors;
            case 2: return ind[a].horizontal_links < ind[b].horizontal_links;
            case 3: return ind[a].vertical_links < ind[b].vertical_links;
            case 4: return ind[a].horizontal_links + ind[a].vertical_links < ind[b].horizontal_links + ind[b].vertical_links;
            case 5: return ind[a].levels_covered < ind[b].levels_covered;
            case 6: return ind[a].flow_balance < ind[b].flow_balance;
            default: return data.territories[a].name < data.territories[b].name;
        }
    });
    int max_links = 1;
    for (int t : rows) max_links = std::max(max_links, ind[t].horizontal_links + ind[t].vertical_links);
    for (int t : rows) {
        const TerritoryIndicators& x = ind[t];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(t);
        if (ex.Editing()) EditableCell(ex, ui, TableKind::Territories, data.territories[t].id, 0, data.territories[t].name);
        else if (ImGui::Selectable(data.territories[t].name.c_str(), false, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, TouchRowHeight())))
            ex.Command("filter territory " + data.territories[t].id);
        RecordRow(ex);
        if (ImGui::IsItemHovered() && !ex.Editing()) ImGui::SetTooltip("%s", TrF("table.territory_tip", "Click: show only this territory (filter territory {id})", {{"id", data.territories[t].id}}).c_str());
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::Text("%d", x.actors);
        ImGui::TableNextColumn();
        ImGui::Text("%d", x.horizontal_links);
        ImGui::TableNextColumn();
        ImGui::Text("%d", x.vertical_links);
        ImGui::TableNextColumn();
        // Bar: solid part horizontal, hatched-looking lighter part vertical (text gives the numbers too).
        ImVec2 p = ImGui::GetCursorScreenPos();
        float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetTextLineHeight() * 0.8f;
        float wh = w * x.horizontal_links / max_links, wv = w * x.vertical_links / max_links;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + wh, p.y + 2 + h), IM_COL32(0, 114, 178, 255));
        dl->AddRect(ImVec2(p.x + wh, p.y + 2), ImVec2(p.x + wh + wv, p.y + 2 + h), IM_COL32(230, 159, 0, 255), 0, 0, 2.0f);
        ImGui::Dummy(ImVec2(w, h + 4));
        ImGui::TableNextColumn();
        ImGui::Text("%d of 5", x.levels_covered);
        ImGui::TableNextColumn();
        ImGui::Text("%d / %d (%+.2f)", x.inward, x.outward, x.flow_balance);
    }
    ImGui::EndTable();
    std::vector<std::string> ids;
    for (int t : rows) ids.push_back(data.territories[t].id);
    PasteIntoTable(ex, ui, TableKind::Territories, ids);
}
}  // namespace

void DrawTableView(Explorer& ex, UiState& ui) {
    if (!ex.panels.table) return;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.15f, vp->WorkPos.y + vp->WorkSize.y * 0.45f), ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.7f, vp->WorkSize.y * 0.5f), ImGuiCond_Appearing);
    PlaceSheet(ex, ui, Panel::Table);  // phones: a sheet from the bottom instead
    if (!ImGui::Begin(Titled(Tr("table.title", "Table view"), "table").c_str(), &ex.panels.table)) {
        ImGui::End();
        return;
    }
    ImGui::SetNextItemWidth(240 * ui.ui_scale);
    ImGui::InputTextWithHint("##tablefilter", Tr("table.filter_hint", "Filter rows"), ui.table_filter, sizeof ui.table_filter);
    HintBesideOrBelow(ex.Editing() ? Tr("table.edit_hint", "Click a cell, click again to type; Ctrl+V pastes cells from a spreadsheet (new rows become actors); Ctrl+Z undoes")
                                   : Tr("table.hint", "Click a row to select; Tab and arrows move; Enter activates"));
    if (ImGui::BeginTabBar("tables", ImGuiTabBarFlags_FittingPolicyScroll)) {
        if (ImGui::BeginTabItem(Titled(Tr("table.tab_actors", "Actors"), "actors").c_str())) {
            ActorsTable(ex, ui);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(Titled(Tr("table.tab_links", "Links"), "links").c_str())) {
            LinksTable(ex, ui);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(Titled(Tr("table.tab_territories", "Territories (SSE indicators)"), "territories").c_str())) {
            TerritoriesTable(ex, ui);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
}

}  // namespace sse::ui
