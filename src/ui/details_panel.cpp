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
#include "ui/tr.h"
#include "ui/translated_text.h"

namespace sse::ui {

namespace {
// Why the item is there (issue 17): the brief's own words, in quotation marks and attributed, and for an
// inferred item what it was inferred from, so that a participant can judge the fact, not just its tag.
void Provenance(const std::string& quote, const std::string& reasoning) {
    if (!quote.empty()) {
        ImGui::Indent();
        ImGui::TextUnformatted(InQuotationMarks(quote).c_str());
        ImGui::TextDisabled("\u2014 %s", Tr("details.brief_2021", "SILK policy brief (2021)"));
        ImGui::Unindent();
    }
    if (!reasoning.empty()) {
        ImGui::TextDisabled("%s", Tr("details.our_inference", "Our inference:"));
        ImGui::Indent();
        ImGui::TextUnformatted(reasoning.c_str());
        ImGui::Unindent();
    }
}

// The text of a link's tooltip: its description, then the quote or reasoning behind it.
std::string LinkTooltip(const Link& l) {
    std::string out = l.description;
    if (!l.quote.empty()) out += (out.empty() ? "" : "\n\n") + (InQuotationMarks(l.quote) + " \u2014 " + Tr("details.brief", "SILK policy brief"));
    if (!l.reasoning.empty()) out += (out.empty() ? "" : "\n\n") + TrF("details.inferred_from", "Inferred from: {reasoning}", {{"reasoning", l.reasoning}});
    std::string values;
    for (int bit = 0; bit < ValueDimensionCount; ++bit)
        if (l.values & (1 << bit)) values += (values.empty() ? "" : ", ") + std::string(ValueDimensionTable().Display(bit));
    if (!values.empty()) out += (out.empty() ? "" : "\n\n") + TrF("details.value_chain", "Value chain: {values}", {{"values", values}});
    for (const auto& [key, value] : l.attributes) out += (out.empty() ? "" : "\n") + key + ": " + value;  // the user's own columns
    return out;
}

void SourcesList(const std::vector<Source>& sources, Confidence confidence) {
    ImGui::TextDisabled("%s", TrF("details.confidence", "Confidence: {confidence}", {{"confidence", DisplayName(confidence)}}).c_str());
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
        if (ImGui::Selectable((std::string(arrow) + " " + (o.short_name.empty() ? o.name : o.short_name)).c_str(), false, 0, ImVec2(0, TouchRowHeight()))) {
            ex.Apply(Act(ViewVerb::GoTo, ex.Data().actors[other].id));
        }
        RecordRow(ex);
        if (ImGui::IsItemHovered()) {
            const std::string tip = LinkTooltip(l);
            if (!tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
        }
        ImGui::SameLine();
        if (TouchRowHeight() > 0) {  // a thumb-tall row: the relation beside the name, on its line (centred)
            const float y = ImGui::GetItemRectMin().y + (ImGui::GetItemRectSize().y - ImGui::GetTextLineHeight()) * 0.5f;
            ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, y));
        }
        ImGui::TextDisabled("%s", DisplayName(l.relation));
        ImGui::PopID();
    }
}

void Title(const std::string& text) {
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * type::Title);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopFont();
}

void ActorButton(Explorer& ex, int a) {
    const Actor& o = ex.Data().actors[a];
    ImGui::PushID(a);
    if (ImGui::Selectable((o.short_name.empty() ? o.name : o.short_name).c_str(), false, 0, ImVec2(0, TouchRowHeight()))) {
        ex.Apply(Act(ViewVerb::GoTo, ex.Data().actors[a].id));
    }
    RecordRow(ex);
    ImGui::PopID();
}

void CaseButton(Explorer& ex, int c) {
    ImGui::PushID(c + 100000);
    const Case& k = ex.Data().cases[c];
    if (ImGui::Selectable(TrF("sidebar.case", "Case: {title}", {{"title", DataText(ex, TranslationsFor(ex, k), "title", k.title)}}).c_str(), false, 0, ImVec2(0, TouchRowHeight()))) ex.Apply(Act(ViewVerb::Case, k.id));
    RecordRow(ex);
    ImGui::PopID();
}

void RecommendationButton(Explorer& ex, int r) {
    const Recommendation& rec = ex.Data().recommendations[r];
    ImGui::PushID(r + 200000);
    if (ImGui::Selectable(TrF("details.recommendation", "Recommendation {number}: {title}", {{"number", std::to_string(rec.number)}, {"title", DataText(ex, TranslationsFor(ex, rec), "title", rec.title)}}).c_str(), false, 0, ImVec2(0, TouchRowHeight())))
        ex.Apply(Act(ViewVerb::Recommendation, rec.id));
    RecordRow(ex);
    ImGui::PopID();
}

void RecommendationDetails(Explorer& ex, int r) {
    const Recommendation& rec = ex.Data().recommendations[r];
    ImGui::TextDisabled("%s", TrF("details.recommendation_of", "Recommendation {number} of the SILK policy brief", {{"number", std::to_string(rec.number)}}).c_str());
    Title(DataText(ex, TranslationsFor(ex, rec), "title", rec.title));
    TranslationMark(ex, TranslationsFor(ex, rec), "title");
    ImGui::Spacing();
    ImGui::TextUnformatted(DataText(ex, TranslationsFor(ex, rec), "text", rec.text).c_str());
    ImGui::SeparatorText(Tr("details.cases_attached", "Cases the brief attaches to it"));
    if (rec.cases.empty()) ImGui::TextDisabled("%s", Tr("common.none", "none"));
    for (int c : rec.cases)
        if (c >= 0) CaseButton(ex, c);
}

void CaseDetails(Explorer& ex, int c) {
    const Dataset& data = ex.Data();
    const Case& k = data.cases[c];
    ImGui::TextDisabled("%s", Tr("details.case_from", "Case from the SILK policy brief's reading tips"));
    Title(DataText(ex, TranslationsFor(ex, k), "title", k.title));
    if (k.territory >= 0) ImGui::TextUnformatted(TrF("details.territory", "Territory: {territory}", {{"territory", data.territories[k.territory].name}}).c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(DataText(ex, TranslationsFor(ex, k), "summary", k.summary).c_str());
    TranslationMark(ex, TranslationsFor(ex, k), "summary");
    if (!k.brief_source.url.empty())
        ImGui::TextLinkOpenURL(TrF("details.read_case", "Read the case study: {title}", {{"title", k.brief_source.title}}).c_str(), k.brief_source.url.c_str());
    Provenance(k.quote, k.reasoning);
    ImGui::SeparatorText(Tr("details.recommendations", "Recommendations"));
    for (int r : k.recommendations)
        if (r >= 0) RecommendationButton(ex, r);
    ImGui::SeparatorText(Tr("details.actors", "Actors"));
    for (int a : k.actors)
        if (a >= 0) ActorButton(ex, a);
    ImGui::SeparatorText(Tr("details.sources", "Sources"));
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
    // In edit mode a territory chosen in the table has its form here too.
    bool something = a >= 0 || ex.ChosenCase() >= 0 || ex.ChosenRecommendation() >= 0 ||
                     (ex.Editing() && ex.table_cell.table == "territories" && !ex.table_cell.row.empty());
    if (!something || !ex.panels.details) return;
    const Dataset& data = ex.Data();
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width, top), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y - (top - vp->WorkPos.y)), ImGuiCond_Always);
    PlaceSheet(ex, ui, Panel::Details);  // phones: a sheet from the bottom instead
    if (!ImGui::Begin(Titled(Tr("details.title", "Details"), "panel").c_str(), &ex.panels.details, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ImGui::End();
        return;
    }
    ImGui::PushTextWrapPos(0);
    if (a < 0) {
        if (ex.Editing()) DrawContentForm(ex, ui);  // edit mode: the case's or recommendation's form
        else if (ex.ChosenRecommendation() >= 0) RecommendationDetails(ex, ex.ChosenRecommendation());
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
    Title(DataText(ex, TranslationsFor(ex, actor), "name", actor.name));
    ImGui::TextColored(ImColor(ActorKindColor(actor.kind)), "%s", DisplayName(actor.kind));
    // On the same line only if it fits: a long kind (a translation, a large UI scale) would leave it a sliver to wrap in.
    const std::string level = "· " + TrF("details.level", "{level} level", {{"level", DisplayName(actor.level)}});
    if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(level.c_str()).x <
        ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - ImGui::GetStyle().WindowPadding.x)
        ImGui::SameLine();
    ImGui::TextDisabled("%s", level.c_str());
    if (actor.territory >= 0) ImGui::TextUnformatted(TrF("details.territory", "Territory: {territory}", {{"territory", data.territories[actor.territory].name}}).c_str());
    if (actor.silk_role != SilkRole::None) ImGui::TextUnformatted(TrF("details.silk_partner", "SILK partner: {role}", {{"role", DisplayName(actor.silk_role)}}).c_str());
    if (actor.years.from) {
        if (actor.years.to) ImGui::TextUnformatted(TrF("details.years", "Years: {from}–{to}", {{"from", std::to_string(actor.years.from)}, {"to", std::to_string(actor.years.to)}}).c_str());
        else ImGui::TextUnformatted(TrF("details.since", "Since {from}", {{"from", std::to_string(actor.years.from)}}).c_str());
        if (!actor.years.note.empty()) ImGui::TextDisabled("%s", actor.years.note.c_str());
    }
    if (!actor.description.empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted(DataText(ex, TranslationsFor(ex, actor), "description", actor.description).c_str());
        TranslationMark(ex, TranslationsFor(ex, actor), "description");
    }
    if (!actor.website.empty()) ImGui::TextLinkOpenURL(Titled(Tr("details.website", "Website"), "website").c_str(), actor.website.c_str());
    if (!actor.attributes.empty()) {  // columns of the user's file the format does not know, as read
        ImGui::SeparatorText(Tr("details.more_from_file", "More from the file"));
        for (const auto& [key, value] : actor.attributes) ImGui::TextWrapped("%s: %s", key.c_str(), value.c_str());
    }
    ImGui::Spacing();
    Provenance(actor.quote, actor.reasoning);
    ImGui::SeparatorText(Tr("details.horizontal", "Horizontal links (same level)"));
    LinkRows(ex, a, LinkKind::Horizontal);
    ImGui::SeparatorText(Tr("details.vertical", "Vertical links (across levels)"));
    LinkRows(ex, a, LinkKind::Vertical);
    std::vector<int> cases = CasesOfActor(data, a);
    if (!cases.empty()) {
        ImGui::SeparatorText(Tr("details.cases_and_recs", "Cases and recommendations"));
        for (int c : cases) {
            CaseButton(ex, c);
            ImGui::Indent();
            for (int r : data.cases[c].recommendations)
                if (r >= 0) RecommendationButton(ex, r);
            ImGui::Unindent();
        }
    }
    ImGui::SeparatorText(Tr("details.sources", "Sources"));
    SourcesList(actor.sources, actor.confidence);
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace sse::ui
