// details_panel.cpp: see details_panel.h.
#include "ui/details_panel.h"

#include "imgui.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {
void SourcesList(const std::vector<Source>& sources, Confidence confidence) {
    ImGui::TextDisabled("Confidence: %s", ToString(confidence));
    for (size_t i = 0; i < sources.size(); ++i) {
        ImGui::PushID((int)i);
        // Only http(s) URLs are accepted by the loader, so opening them is safe.
        ImGui::TextLinkOpenURL(sources[i].title.empty() ? sources[i].url.c_str() : sources[i].title.c_str(),
                               sources[i].url.c_str());
        ImGui::PopID();
    }
}

void LinkRows(Explorer& ex, int actor, LinkKind kind) {
    const Dataset& data = ex.Data();
    for (int i = 0; i < (int)data.links.size(); ++i) {
        const Link& l = data.links[i];
        if (l.kind != kind || (l.from != actor && l.to != actor)) continue;
        int other = l.from == actor ? l.to : l.from;
        if (other < 0) continue;
        const Actor& o = data.actors[other];
        const char* arrow = l.direction == Direction::Both ? "<->" : ((l.from == actor) == (l.direction == Direction::Outward) ? "->" : "<-");
        ImGui::PushID(i);
        if (ImGui::Selectable((std::string(arrow) + " " + (o.short_name.empty() ? o.name : o.short_name)).c_str())) {
            ex.Select(other);
            ex.FlyTo(other);
        }
        if (ImGui::IsItemHovered() && !l.description.empty()) ImGui::SetTooltip("%s", l.description.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", ToString(l.relation));
        ImGui::PopID();
    }
}
}  // namespace

void DrawDetailsPanel(Explorer& ex, UiState& ui, float top, float width) {
    int a = ex.Selected();
    if (a < 0 || !ui.show_details) return;
    const Dataset& data = ex.Data();
    const Actor& actor = data.actors[a];
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width, top), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y - (top - vp->WorkPos.y)), ImGuiCond_Always);
    if (!ImGui::Begin("Details##panel", &ui.show_details, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ImGui::End();
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
    ImGui::TextUnformatted(actor.name.c_str());
    ImGui::PopFont();
    ImGui::TextColored(ImColor(ActorKindColor(actor.kind)), "%s", Label(actor.kind));
    ImGui::SameLine();
    ImGui::TextDisabled("· %s level", Label(actor.level));
    if (actor.territory >= 0) ImGui::Text("Territory: %s", data.territories[actor.territory].name.c_str());
    if (actor.silk_role != SilkRole::None) ImGui::Text("SILK partner: %s", ToString(actor.silk_role));
    if (actor.years.from) {
        if (actor.years.to) ImGui::Text("Years: %d–%d", actor.years.from, actor.years.to);
        else ImGui::Text("Since %d", actor.years.from);
    }
    if (!actor.description.empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted(actor.description.c_str());
    }
    if (!actor.website.empty()) ImGui::TextLinkOpenURL("Website", actor.website.c_str());
    ImGui::SeparatorText("Horizontal links (same level)");
    LinkRows(ex, a, LinkKind::Horizontal);
    ImGui::SeparatorText("Vertical links (across levels)");
    LinkRows(ex, a, LinkKind::Vertical);
    ImGui::SeparatorText("Sources");
    SourcesList(actor.sources, actor.confidence);
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace sse::ui
