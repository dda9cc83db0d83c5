// details_panel.cpp: see details_panel.h.
#include "ui/details_panel.h"

#include <algorithm>
#include <string>

#include "core/quotation.h"
#include "core/vocabulary.h"
#include "imgui.h"
#include "ui/phone_layout.h"
#include "ui/edit_ui.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {
// Why the item is there (issue 17): the brief's own words, in quotation marks and attributed, and for an
// inferred item what it was inferred from, so that a participant can judge the fact, not just its tag.
void Provenance(const std::string& quote, const std::string& reasoning) {
    if (!quote.empty()) {
        ImGui::Indent();
        ImGui::TextUnformatted(InQuotationMarks(quote).c_str());
        ImGui::TextDisabled("\u2014 SILK policy brief (2021)");
        ImGui::Unindent();
    }
    if (!reasoning.empty()) {
        ImGui::TextDisabled("Our inference:");
        ImGui::Indent();
        ImGui::TextUnformatted(reasoning.c_str());
        ImGui::Unindent();
    }
}

// The text of a link's tooltip: its description, then the quote or reasoning behind it.
std::string LinkTooltip(const Link& l) {
    std::string out = l.description;
    if (!l.quote.empty()) out += (out.empty() ? "" : "\n\n") + (InQuotationMarks(l.quote) + " \u2014 SILK policy brief");
    if (!l.reasoning.empty()) out += (out.empty() ? "" : "\n\n") + ("Inferred from: " + l.reasoning);
    std::string values;
    for (int bit = 0; bit < ValueDimensionCount; ++bit)
        if (l.values & (1 << bit)) values += (values.empty() ? "" : ", ") + std::string(ValueDimensionTable().Display(bit));
    if (!values.empty()) out += (out.empty() ? "" : "\n\n") + ("Value chain: " + values);
    return out;
}

void SourcesList(const std::vector<Source>& sources, Confidence confidence) {
    ImGui::TextDisabled("Confidence: %s", DisplayName(confidence));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", TableOf<Confidence>().Description((int)confidence));
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
            ex.GoTo(other);
        }
        if (ImGui::IsItemHovered()) {
            const std::string tip = LinkTooltip(l);
            if (!tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
        }
        ImGui::SameLine();
        ImGui::TextDisabled("%s", DisplayName(l.relation));
        ImGui::PopID();
    }
}

void Title(const std::string& text) {
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopFont();
}

void ActorButton(Explorer& ex, int a) {
    const Actor& o = ex.Data().actors[a];
    ImGui::PushID(a);
    if (ImGui::Selectable((o.short_name.empty() ? o.name : o.short_name).c_str())) {
        ex.GoTo(a);
    }
    ImGui::PopID();
}

void CaseButton(Explorer& ex, int c) {
    ImGui::PushID(c + 100000);
    if (ImGui::Selectable(("Case: " + ex.Data().cases[c].title).c_str())) ex.Command("case " + ex.Data().cases[c].id);
    ImGui::PopID();
}

void RecommendationButton(Explorer& ex, int r) {
    const Recommendation& rec = ex.Data().recommendations[r];
    ImGui::PushID(r + 200000);
    if (ImGui::Selectable(("Recommendation " + std::to_string(rec.number) + ": " + rec.title).c_str()))
        ex.Command("recommendation " + rec.id);
    ImGui::PopID();
}

void RecommendationDetails(Explorer& ex, int r) {
    const Recommendation& rec = ex.Data().recommendations[r];
    ImGui::TextDisabled("Recommendation %d of the SILK policy brief", rec.number);
    Title(rec.title);
    ImGui::Spacing();
    ImGui::TextUnformatted(rec.text.c_str());
    ImGui::SeparatorText("Cases the brief attaches to it");
    if (rec.cases.empty()) ImGui::TextDisabled("none");
    for (int c : rec.cases)
        if (c >= 0) CaseButton(ex, c);
}

void CaseDetails(Explorer& ex, int c) {
    const Dataset& data = ex.Data();
    const Case& k = data.cases[c];
    ImGui::TextDisabled("Case from the SILK policy brief's reading tips");
    Title(k.title);
    if (k.territory >= 0) ImGui::Text("Territory: %s", data.territories[k.territory].name.c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(k.summary.c_str());
    if (!k.brief_source.url.empty())
        ImGui::TextLinkOpenURL(("Read the case study: " + k.brief_source.title).c_str(), k.brief_source.url.c_str());
    Provenance(k.quote, k.reasoning);
    ImGui::SeparatorText("Recommendations");
    for (int r : k.recommendations)
        if (r >= 0) RecommendationButton(ex, r);
    ImGui::SeparatorText("Actors");
    for (int a : k.actors)
        if (a >= 0) ActorButton(ex, a);
    ImGui::SeparatorText("Sources");
    SourcesList(k.sources, k.confidence);
}

// Cases that name the actor, directly or through one of their links.
std::vector<int> CasesOfActor(const Dataset& data, int a) {
    std::vector<int> out;
    for (int c = 0; c < (int)data.cases.size(); ++c) {
        bool in = std::find(data.cases[c].actors.begin(), data.cases[c].actors.end(), a) != data.cases[c].actors.end();
        for (int l : data.cases[c].links)
            if (l >= 0 && (data.links[l].from == a || data.links[l].to == a)) in = true;
        if (in) out.push_back(c);
    }
    return out;
}
}  // namespace

void DrawDetailsPanel(Explorer& ex, UiState& ui, float top, float width) {
    int a = ex.Selected();
    bool something = a >= 0 || ex.ChosenCase() >= 0 || ex.ChosenRecommendation() >= 0;
    if (!something || !ex.panels.details) return;
    const Dataset& data = ex.Data();
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width, top), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y - (top - vp->WorkPos.y)), ImGuiCond_Always);
    PlaceSheet(ex, ui, Panel::Details);  // phones: a sheet from the bottom instead
    if (!ImGui::Begin("Details##panel", &ex.panels.details, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ImGui::End();
        return;
    }
    ImGui::PushTextWrapPos(0);
    if (a < 0) {
        if (ex.ChosenRecommendation() >= 0) RecommendationDetails(ex, ex.ChosenRecommendation());
        else CaseDetails(ex, ex.ChosenCase());
        ImGui::PopTextWrapPos();
        ImGui::End();
        return;
    }
    if (ex.Editing()) {  // edit mode: the panel is the actor's (or its link's) form
        DrawEditForm(ex, ui);
        ImGui::PopTextWrapPos();
        ImGui::End();
        return;
    }
    const Actor& actor = data.actors[a];
    Title(actor.name);
    ImGui::TextColored(ImColor(ActorKindColor(actor.kind)), "%s", DisplayName(actor.kind));
    ImGui::SameLine();
    ImGui::TextDisabled("· %s level", DisplayName(actor.level));
    if (actor.territory >= 0) ImGui::Text("Territory: %s", data.territories[actor.territory].name.c_str());
    if (actor.silk_role != SilkRole::None) ImGui::Text("SILK partner: %s", DisplayName(actor.silk_role));
    if (actor.years.from) {
        if (actor.years.to) ImGui::Text("Years: %d–%d", actor.years.from, actor.years.to);
        else ImGui::Text("Since %d", actor.years.from);
        if (!actor.years.note.empty()) ImGui::TextDisabled("%s", actor.years.note.c_str());
    }
    if (!actor.description.empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted(actor.description.c_str());
    }
    if (!actor.website.empty()) ImGui::TextLinkOpenURL("Website", actor.website.c_str());
    ImGui::Spacing();
    Provenance(actor.quote, actor.reasoning);
    ImGui::SeparatorText("Horizontal links (same level)");
    LinkRows(ex, a, LinkKind::Horizontal);
    ImGui::SeparatorText("Vertical links (across levels)");
    LinkRows(ex, a, LinkKind::Vertical);
    std::vector<int> cases = CasesOfActor(data, a);
    if (!cases.empty()) {
        ImGui::SeparatorText("Cases and recommendations");
        for (int c : cases) {
            CaseButton(ex, c);
            ImGui::Indent();
            for (int r : data.cases[c].recommendations)
                if (r >= 0) RecommendationButton(ex, r);
            ImGui::Unindent();
        }
    }
    ImGui::SeparatorText("Sources");
    SourcesList(actor.sources, actor.confidence);
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace sse::ui
