// edit_form.cpp: the details panel as a form in edit mode (see edit_ui.h). Each field holds the text being typed;
// every change is checked at once by the data format's rules (Explorer::CheckEdit, nothing applied) and the rule's
// message shown under the field; Enter or leaving the field applies it as one `set` edit when it is valid.
// Choices (kind, level, territory, confidence, relation, ...) apply at once.
#include <algorithm>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "core/message_text.h"
#include "core/vocabulary.h"
#include "ui/edit_ui.h"
#include "ui/tr.h"

namespace sse::ui {

namespace {

constexpr ImVec4 ErrorColour(0.80f, 0.10f, 0.10f, 1.0f);
constexpr size_t kLargeMap = 5000;           // actors + links above which an as-typed check waits for a pause
constexpr double kCheckPauseSeconds = 0.35;

struct Subject {
    ElementKind kind;
    std::string id;
};

DocumentEdit SetEdit(const Subject& s, const std::string& field, const nlohmann::json& value) {
    DocumentEdit e;
    e.op = DocumentEdit::Op::Set;
    e.element = s.kind;
    e.id = s.id;
    e.field = field;
    e.json = value.dump();
    return e;
}

// The JSON value a text field gives: a string, null for an empty optional one, a number for a numeric one (text
// that is not a number stays a string, so the rule's own message says what is wrong).
nlohmann::json TextValue(const std::string& text, bool optional, bool numeric) {
    if (text.empty() && optional) return nullptr;
    if (numeric) {
        char* end = nullptr;
        const double v = std::strtod(text.c_str(), &end);
        if (end && *end == 0 && !text.empty()) return v == (long long)v ? nlohmann::json((long long)v) : nlohmann::json(v);
    }
    return text;
}

void Error(const std::string& message) {
    if (message.empty()) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(ErrorColour, "%s", message.c_str());
    ImGui::PopTextWrapPos();
}

// A labelled text field bound to `field` of the subject. `to_json` turns the text into the field's value.
template <typename ToJson>
void TextField(Explorer& ex, UiState& ui, const Subject& s, const char* label, const std::string& field, bool multiline,
               ToJson to_json) {
    std::string& text = ui.form_text[field];
    std::string& error = ui.form_error[field];
    char buffer[4096];
    std::snprintf(buffer, sizeof buffer, "%s", text.c_str());
    ImGui::TextUnformatted(label);
    ImGui::SetNextItemWidth(-1);
    const std::string id = "##" + field;
    const bool changed = multiline ? ImGui::InputTextMultiline(id.c_str(), buffer, sizeof buffer, ImVec2(-1, ImGui::GetTextLineHeight() * 4))
                                   : ImGui::InputText(id.c_str(), buffer, sizeof buffer);
    // Checked as typed. A check runs the rules over the whole map (in place: tens of milliseconds at 10,000 actors,
    // bench/edit_bench.cpp; a refusal is worded by reading the whole map): on a large map it waits until the typing
    // pauses, so that keys are never held up.
    const bool large = ex.Data().actors.size() + ex.Data().links.size() > kLargeMap;
    double& due = ui.form_check_due[field];
    if (changed) {
        text = buffer;
        if (large) due = ImGui::GetTime() + kCheckPauseSeconds;
    }
    if ((changed && !large) || (due > 0 && ImGui::GetTime() >= due)) {
        due = 0;
        EditOutcome check = ex.CheckEdit(SetEdit(s, field, to_json(text)));
        error = check.ok ? "" : MessageText(check.code, check.message);
    } else if (due > 0) {
        ex.RequestRedraw();  // come back when the pause is over
    }
    if (ImGui::IsItemDeactivatedAfterEdit() && error.empty()) {
        EditOutcome o = ex.ApplyEdit(SetEdit(s, field, to_json(text)));
        if (!o.ok) error = MessageText(o.code, o.message);
    }
    Error(error);
}

void PlainText(Explorer& ex, UiState& ui, const Subject& s, const char* label, const char* field, bool optional, bool multiline = false) {
    TextField(ex, ui, s, label, field, multiline, [optional](const std::string& t) { return TextValue(t, optional, false); });
}

// A choice among an enum's values, applied at once. `optional` adds "(none)" (null).
template <typename E>
void EnumChoice(Explorer& ex, UiState& ui, const Subject& s, const char* label, const char* field, int current, bool optional = false) {
    const EnumTable& table = TableOf<E>();
    ImGui::TextUnformatted(label);
    ImGui::SetNextItemWidth(-1);
    const std::string id = std::string("##") + field;
    const char* shown = current >= table.first_parsable ? table.Display(current) : Tr("form.none", "(none)");
    if (ImGui::BeginCombo(id.c_str(), shown)) {
        if (optional && ImGui::Selectable(Tr("form.none", "(none)"), current < table.first_parsable)) ex.ApplyEdit(SetEdit(s, field, nullptr));
        for (int v = table.first_parsable; v < table.count; ++v) {
            if (ImGui::Selectable(table.Display(v), v == current)) {
                EditOutcome o = ex.ApplyEdit(SetEdit(s, field, table.Name(v)));
                ui.form_error[field] = o.ok ? "" : MessageText(o.code, o.message);
            }
            if (ImGui::IsItemHovered() && table.Description(v)[0]) ImGui::SetTooltip("%s", table.Description(v));
        }
        ImGui::EndCombo();
    }
    Error(ui.form_error[field]);
}

// Sources: one URL and title per row, checked as typed (the URL rule: http or https); a row added or removed.
void SourcesEditor(Explorer& ex, UiState& ui, const Subject& s, size_t count) {
    ImGui::SeparatorText(Tr("details.sources", "Sources"));
    auto value = [&]() {
        nlohmann::json list = nlohmann::json::array();
        for (size_t i = 0; i < count; ++i)
            list.push_back({{"url", ui.form_text["source-url-" + std::to_string(i)]}, {"title", ui.form_text["source-title-" + std::to_string(i)]}});
        return list;
    };
    std::string& error = ui.form_error["sources"];
    for (size_t i = 0; i < count; ++i) {
        ImGui::PushID((int)i);
        for (const char* part : {"url", "title"}) {
            const std::string key = std::string("source-") + part + "-" + std::to_string(i);
            char buffer[1024];
            std::snprintf(buffer, sizeof buffer, "%s", ui.form_text[key].c_str());
            ImGui::SetNextItemWidth(-1);
            if (ImGui::InputTextWithHint(part, part[0] == 'u' ? "https://..." : Tr("form.source_title_hint", "title of the source"), buffer, sizeof buffer)) {
                ui.form_text[key] = buffer;
                EditOutcome check = ex.CheckEdit(SetEdit(s, "sources", value()));
                error = check.ok ? "" : MessageText(check.code, check.message);
            }
            if (ImGui::IsItemDeactivatedAfterEdit() && error.empty()) ex.ApplyEdit(SetEdit(s, "sources", value()));
        }
        if (count > 1 && ImGui::SmallButton(Titled(Tr("form.remove_source", "Remove this source"), "remove").c_str())) {
            nlohmann::json list = value();
            list.erase(list.begin() + (long)i);
            ex.ApplyEdit(SetEdit(s, "sources", list));
        }
        ImGui::PopID();
    }
    Error(error);
    if (ImGui::SmallButton(Titled(Tr("form.add_source", "Add a source"), "add").c_str())) {
        nlohmann::json list = value();
        list.push_back({{"url", "https://"}, {"title", ""}});
        // Not valid until filled in: the row is only added to the form, and applied once its URL and title pass.
        ui.form_text["source-url-" + std::to_string(count)] = "https://";
        ui.form_text["source-title-" + std::to_string(count)] = "";
        ui.form_error["sources"] = Tr("form.fill_source", "Fill in the new source's address and title.");
        ui.form_text["source-rows"] = std::to_string(count + 1);
    }
}

// Reads the subject's values into the form's texts when the subject or the document changed (not while typing).
void Refresh(Explorer& ex, UiState& ui, const std::string& subject, const std::map<std::string, std::string>& values) {
    if (ui.form_subject == subject && (ui.form_revision == ex.Doc().Revision() || ImGui::IsAnyItemActive())) return;
    ui.form_subject = subject;
    ui.form_revision = ex.Doc().Revision();
    ui.form_text = values;
    ui.form_error.clear();
}

void SourceTexts(const std::vector<Source>& sources, std::map<std::string, std::string>& values) {
    for (size_t i = 0; i < sources.size(); ++i) {
        values["source-url-" + std::to_string(i)] = sources[i].url;
        values["source-title-" + std::to_string(i)] = sources[i].title;
    }
    values["source-rows"] = std::to_string(sources.size());
}

size_t SourceRows(UiState& ui) { return (size_t)std::max(0, std::atoi(ui.form_text["source-rows"].c_str())); }

void YearsFields(Explorer& ex, UiState& ui, const Subject& s) {
    auto years = [&ui](const std::string&) -> nlohmann::json {
        const std::string from = ui.form_text["years-from"], to = ui.form_text["years-to"];
        if (from.empty() && to.empty()) return nullptr;
        nlohmann::json y = nlohmann::json::object();
        y["from"] = TextValue(from, false, true);
        if (!to.empty()) y["to"] = TextValue(to, false, true);
        return y;
    };
    // Both boxes set the one "years" field; the rule's message (1900 <= from <= to <= 2100) shows under them.
    ImGui::TextUnformatted(Tr("form.years", "Years (from, to)"));
    for (const char* key : {"years-from", "years-to"}) {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%s", ui.form_text[key].c_str());
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
        const std::string id = std::string("##") + key;
        if (ImGui::InputText(id.c_str(), buffer, sizeof buffer, ImGuiInputTextFlags_CharsDecimal)) {
            ui.form_text[key] = buffer;
            EditOutcome check = ex.CheckEdit(SetEdit(s, "years", years("")));
            ui.form_error["years"] = check.ok ? "" : MessageText(check.code, check.message);
        }
        if (ImGui::IsItemDeactivatedAfterEdit() && ui.form_error["years"].empty()) ex.ApplyEdit(SetEdit(s, "years", years("")));
        if (key[6] == 'f') ImGui::SameLine();
    }
    Error(ui.form_error["years"]);
}

void ActorForm(Explorer& ex, UiState& ui, int a) {
    const Dataset& d = ex.Data();
    const Actor& actor = d.actors[a];
    std::map<std::string, std::string> values = {
        {"name", actor.name}, {"short_name", actor.short_name}, {"description", actor.description}, {"website", actor.website},
        {"quote", actor.quote}, {"reasoning", actor.reasoning},
        {"years-from", actor.years.from ? std::to_string(actor.years.from) : ""},
        {"years-to", actor.years.to ? std::to_string(actor.years.to) : ""}};
    SourceTexts(actor.sources, values);
    Refresh(ex, ui, "actor:" + actor.id + ":" + std::to_string(a), values);
    const Subject s{ElementKind::Actor, actor.id};
    ImGui::TextDisabled("%s", TrF("form.editing_actor", "Editing actor '{id}' (each field is checked as you type; Enter or Tab applies it)", {{"id", actor.id}}).c_str());
    PlainText(ex, ui, s, Tr("form.actor.name", "Name"), "name", false);
    PlainText(ex, ui, s, Tr("form.actor.short_name", "Short name"), "short_name", true);
    EnumChoice<ActorKind>(ex, ui, s, Tr("form.actor.kind", "Kind"), "kind", (int)actor.kind);
    EnumChoice<Level>(ex, ui, s, Tr("form.actor.level", "Level"), "level", (int)actor.level);
    // Territory: one of the data set's territories.
    ImGui::TextUnformatted(Tr("form.actor.territory", "Territory"));
    ImGui::SetNextItemWidth(-1);
    const char* current = actor.territory >= 0 ? d.territories[actor.territory].name.c_str() : actor.territory_id.c_str();
    if (ImGui::BeginCombo("##territory", current)) {
        for (const Territory& t : d.territories)
            if (ImGui::Selectable((t.name + " (" + t.id + ")").c_str(), t.id == actor.territory_id)) ex.ApplyEdit(SetEdit(s, "territory", t.id));
        ImGui::EndCombo();
    }
    PlainText(ex, ui, s, Tr("form.actor.description", "Description"), "description", true, true);
    PlainText(ex, ui, s, Tr("form.actor.website", "Website"), "website", true);
    YearsFields(ex, ui, s);
    EnumChoice<Confidence>(ex, ui, s, Tr("form.actor.confidence", "Confidence"), "confidence", (int)actor.confidence);
    PlainText(ex, ui, s, Tr("form.actor.quote", "Quote (the brief's own words; required for 'brief')"), "quote", true, true);
    PlainText(ex, ui, s, Tr("form.actor.reasoning", "Reasoning (what it was inferred from; required for 'inferred')"), "reasoning", true, true);
    EnumChoice<SilkRole>(ex, ui, s, Tr("form.actor.silk_role", "SILK role"), "silk_role", (int)actor.silk_role, true);
    SourcesEditor(ex, ui, s, SourceRows(ui));
    // Its links: each opens the link's form.
    ImGui::SeparatorText(Tr("form.links", "Links (choose one to edit it)"));
    for (const Link& l : d.links) {
        if (l.from != a && l.to != a) continue;
        const int other = l.from == a ? l.to : l.from;
        const std::string text = std::string(l.from == a ? "-> " : "<- ") + d.actors[other].name + " · " + DisplayName(l.relation);
        if (ImGui::Selectable((text + "##" + l.id).c_str())) ui.edit_link = l.id;
    }
    ImGui::Spacing();
    if (ImGui::Button(Titled(Tr("form.delete_actor", "Delete this actor and its links"), "delactor").c_str())) {
        CommandResult r = ex.Command("delete-selection");
        ex.notices.push_back(MessageText(r.code, r.message));
    }
}

void LinkForm(Explorer& ex, UiState& ui, int l) {
    const Dataset& d = ex.Data();
    const Link& link = d.links[l];
    std::map<std::string, std::string> values = {
        {"description", link.description}, {"quote", link.quote}, {"reasoning", link.reasoning},
        {"weight", link.weight == 1 ? "" : nlohmann::json(link.weight).dump()},
        {"years-from", link.years.from ? std::to_string(link.years.from) : ""},
        {"years-to", link.years.to ? std::to_string(link.years.to) : ""}};
    SourceTexts(link.sources, values);
    Refresh(ex, ui, "link:" + link.id + ":" + std::to_string(l), values);
    const Subject s{ElementKind::Link, link.id};
    if (ImGui::SmallButton(Titled(Tr("form.back", "< Back to the actor"), "back").c_str())) ui.edit_link.clear();
    ImGui::TextDisabled("%s", TrF("form.editing_link", "Editing link '{id}'", {{"id", link.id}}).c_str());
    ImGui::TextWrapped("%s -> %s", d.actors[link.from].name.c_str(), d.actors[link.to].name.c_str());
    EnumChoice<Relation>(ex, ui, s, Tr("form.link.relation", "Relation"), "relation", (int)link.relation);
    EnumChoice<LinkKind>(ex, ui, s, Tr("form.link.kind", "Kind (from the two levels; a warning says when it contradicts them)"), "kind", (int)link.kind);
    EnumChoice<Direction>(ex, ui, s, Tr("form.link.direction", "Direction (seen from the first actor)"), "direction", (int)link.direction);
    TextField(ex, ui, s, Tr("form.link.weight", "Weight (more than 0, at most 10; empty: 1)"), "weight", false,
              [](const std::string& t) { return TextValue(t, true, true); });
    PlainText(ex, ui, s, Tr("form.link.description", "Description"), "description", true, true);
    YearsFields(ex, ui, s);
    EnumChoice<Confidence>(ex, ui, s, Tr("form.link.confidence", "Confidence"), "confidence", (int)link.confidence);
    PlainText(ex, ui, s, Tr("form.link.quote", "Quote"), "quote", true, true);
    PlainText(ex, ui, s, Tr("form.link.reasoning", "Reasoning"), "reasoning", true, true);
    SourcesEditor(ex, ui, s, SourceRows(ui));
    ImGui::Spacing();
    if (ImGui::Button(Titled(Tr("form.delete_link", "Delete this link"), "dellink").c_str())) {
        ex.Command("delete link " + link.id);
        ui.edit_link.clear();
    }
}

// A list of ids of another kind (a case's actors, a recommendation's cases): each with a button that takes it
// out, and a list to add one; every change is one `set` edit of the whole list, checked by the rules.
void IdListEditor(Explorer& ex, UiState& ui, const Subject& s, const char* label, const char* field,
                  const std::vector<std::string>& ids, const std::vector<std::pair<std::string, std::string>>& choices) {
    ImGui::SeparatorText(label);
    auto name_of = [&](const std::string& id) {
        for (const auto& [cid, cname] : choices)
            if (cid == id) return cname;
        return id;
    };
    std::string& error = ui.form_error[field];
    for (size_t i = 0; i < ids.size(); ++i) {
        ImGui::PushID((int)i);
        if (ImGui::SmallButton("x")) {
            std::vector<std::string> rest = ids;
            rest.erase(rest.begin() + (long)i);
            EditOutcome o = ex.ApplyEdit(SetEdit(s, field, rest));
            error = o.ok ? "" : MessageText(o.code, o.message);
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("form.remove_from_list", "Take it out of the list"));
        ImGui::SameLine();
        ImGui::TextWrapped("%s", name_of(ids[i]).c_str());
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(-1);
    const std::string combo = std::string("##add-") + field;
    if (ImGui::BeginCombo(combo.c_str(), Tr("form.add_to_list", "Add..."))) {
        for (const auto& [cid, cname] : choices) {
            if (std::find(ids.begin(), ids.end(), cid) != ids.end()) continue;
            if (ImGui::Selectable((cname + "##" + cid).c_str())) {
                std::vector<std::string> more = ids;
                more.push_back(cid);
                EditOutcome o = ex.ApplyEdit(SetEdit(s, field, more));
                error = o.ok ? "" : MessageText(o.code, o.message);
            }
        }
        ImGui::EndCombo();
    }
    Error(error);
}

std::vector<std::pair<std::string, std::string>> ActorChoices(const Dataset& d) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Actor& a : d.actors) out.emplace_back(a.id, a.name);
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
    return out;
}

void CaseForm(Explorer& ex, UiState& ui, int c) {
    const Dataset& d = ex.Data();
    const Case& kase = d.cases[c];
    std::map<std::string, std::string> values = {{"title", kase.title}, {"summary", kase.summary}, {"quote", kase.quote},
                                                 {"reasoning", kase.reasoning}};
    SourceTexts(kase.sources, values);
    Refresh(ex, ui, "case:" + kase.id + ":" + std::to_string(c), values);
    const Subject s{ElementKind::Case, kase.id};
    ImGui::TextDisabled("%s", TrF("form.editing_case", "Editing case '{id}' (each field is checked as you type; Enter or Tab applies it)", {{"id", kase.id}}).c_str());
    PlainText(ex, ui, s, Tr("form.case.title", "Title"), "title", false);
    PlainText(ex, ui, s, Tr("form.case.summary", "Summary"), "summary", false, true);
    ImGui::TextUnformatted(Tr("form.actor.territory", "Territory"));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##territory", kase.territory >= 0 ? d.territories[kase.territory].name.c_str() : kase.territory_id.c_str())) {
        for (const Territory& t : d.territories)
            if (ImGui::Selectable((t.name + " (" + t.id + ")").c_str(), t.id == kase.territory_id)) {
                EditOutcome o = ex.ApplyEdit(SetEdit(s, "territory", t.id));
                ui.form_error["territory"] = o.ok ? "" : MessageText(o.code, o.message);
            }
        ImGui::EndCombo();
    }
    Error(ui.form_error["territory"]);
    EnumChoice<Confidence>(ex, ui, s, Tr("form.actor.confidence", "Confidence"), "confidence", (int)kase.confidence);
    PlainText(ex, ui, s, Tr("form.actor.quote", "Quote (the brief's own words; required for 'brief')"), "quote", true, true);
    PlainText(ex, ui, s, Tr("form.actor.reasoning", "Reasoning (what it was inferred from; required for 'inferred')"), "reasoning", true, true);
    IdListEditor(ex, ui, s, Tr("form.case.actors", "Actors of the case"), "actors", kase.actor_ids, ActorChoices(d));
    std::vector<std::pair<std::string, std::string>> recs;
    for (const Recommendation& r : d.recommendations) recs.emplace_back(r.id, std::to_string(r.number) + ". " + r.title);
    IdListEditor(ex, ui, s, Tr("form.case.recommendations", "Recommendations it illustrates"), "recommendations", kase.recommendation_ids, recs);
    SourcesEditor(ex, ui, s, SourceRows(ui));
    ImGui::Spacing();
    if (ImGui::Button(Titled(Tr("form.delete_case", "Delete this case"), "delcase").c_str())) {
        CommandResult r = ex.Command("delete case " + kase.id);
        ex.notices.push_back(MessageText(r.code, r.message));
    }
}

void RecommendationForm(Explorer& ex, UiState& ui, int r) {
    const Dataset& d = ex.Data();
    const Recommendation& rec = d.recommendations[r];
    Refresh(ex, ui, "recommendation:" + rec.id + ":" + std::to_string(r), {{"title", rec.title}, {"text", rec.text}});
    const Subject s{ElementKind::Recommendation, rec.id};
    ImGui::TextDisabled("%s", TrF("form.editing_recommendation", "Editing recommendation {number} ('{id}')", {{"number", std::to_string(rec.number)}, {"id", rec.id}}).c_str());
    PlainText(ex, ui, s, Tr("form.case.title", "Title"), "title", false);
    PlainText(ex, ui, s, Tr("form.recommendation.text", "Text"), "text", true, true);
    std::vector<std::pair<std::string, std::string>> cases;
    for (const Case& c : d.cases) cases.emplace_back(c.id, c.title);
    IdListEditor(ex, ui, s, Tr("form.recommendation.cases", "Cases that illustrate it"), "cases", rec.case_ids, cases);
    ImGui::Spacing();
    if (ImGui::Button(Titled(Tr("form.delete_recommendation", "Delete this recommendation"), "delrec").c_str())) {
        CommandResult res = ex.Command("delete recommendation " + rec.id);
        ex.notices.push_back(MessageText(res.code, res.message));
    }
}

void TerritoryForm(Explorer& ex, UiState& ui, int t) {
    const Dataset& d = ex.Data();
    const Territory& ter = d.territories[t];
    auto number = [](double v) { return nlohmann::json(v).dump(); };
    Refresh(ex, ui, "territory:" + ter.id + ":" + std::to_string(t),
            {{"name", ter.name}, {"lat", ter.has_coordinates ? number(ter.lat) : ""}, {"lon", ter.has_coordinates ? number(ter.lon) : ""}});
    const Subject s{ElementKind::Territory, ter.id};
    ImGui::TextDisabled("%s", TrF("form.editing_territory", "Editing territory '{id}' (chosen in the table)", {{"id", ter.id}}).c_str());
    PlainText(ex, ui, s, Tr("form.actor.name", "Name"), "name", false);
    EnumChoice<TerritoryKind>(ex, ui, s, Tr("form.territory.kind", "Kind"), "kind", (int)ter.kind);
    ImGui::TextUnformatted(Tr("form.territory.parent", "Part of"));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##parent", ter.parent >= 0 ? d.territories[ter.parent].name.c_str() : Tr("form.none", "(none)"))) {
        if (ImGui::Selectable(Tr("form.none", "(none)"), ter.parent < 0)) ex.ApplyEdit(SetEdit(s, "parent", nullptr));
        for (const Territory& other : d.territories)
            if (other.id != ter.id && ImGui::Selectable((other.name + " (" + other.id + ")").c_str(), other.id == ter.parent_id)) {
                EditOutcome o = ex.ApplyEdit(SetEdit(s, "parent", other.id));
                ui.form_error["parent"] = o.ok ? "" : MessageText(o.code, o.message);
            }
        ImGui::EndCombo();
    }
    Error(ui.form_error["parent"]);
    // Latitude and longitude: where the Map layout puts the territory (a city or region needs them there).
    TextField(ex, ui, s, Tr("form.territory.lat", "Latitude (-90 to 90)"), "lat", false, [](const std::string& v) { return TextValue(v, true, true); });
    TextField(ex, ui, s, Tr("form.territory.lon", "Longitude (-180 to 180)"), "lon", false, [](const std::string& v) { return TextValue(v, true, true); });
}

}  // namespace

void DrawContentForm(Explorer& ex, UiState& ui) {
    if (ex.ChosenRecommendation() >= 0) RecommendationForm(ex, ui, ex.ChosenRecommendation());
    else if (ex.ChosenCase() >= 0) CaseForm(ex, ui, ex.ChosenCase());
    else if (ex.table_cell.table == "territories") {
        const Dataset& d = ex.Data();
        for (int t = 0; t < (int)d.territories.size(); ++t)
            if (d.territories[t].id == ex.table_cell.row) return TerritoryForm(ex, ui, t);
    }
}

namespace {

// A choice for every selected actor at once: shows the shared value, or "(mixed)"; choosing applies it to all as
// one undoable edit (set-selection), refused whole when one of them would break a rule.
template <typename E>
void GroupChoice(Explorer& ex, UiState& ui, const std::vector<int>& selection, const char* label, const char* field,
                 E Actor::*member) {
    const EnumTable& table = TableOf<E>();
    const Dataset& d = ex.Data();
    const int first = (int)(d.actors[selection[0]].*member);
    bool same = true;
    for (int a : selection) same = same && (int)(d.actors[a].*member) == first;
    ImGui::TextUnformatted(label);
    ImGui::SetNextItemWidth(-1);
    const std::string id = std::string("##group-") + field;
    if (ImGui::BeginCombo(id.c_str(), same ? table.Display(first) : Tr("edit.mixed", "(mixed)"))) {
        for (int v = table.first_parsable; v < table.count; ++v)
            if (ImGui::Selectable(table.Display(v), same && v == first)) {
                CommandResult r = ex.Command(std::string("set-selection ") + field + " " + nlohmann::json(table.Name(v)).dump());
                ui.form_error[id] = r.ok ? "" : MessageText(r.code, r.message);
            }
        ImGui::EndCombo();
    }
    Error(ui.form_error[id]);
}

void SelectionForm(Explorer& ex, UiState& ui, const std::vector<int>& selection) {
    const Dataset& d = ex.Data();
    ImGui::TextWrapped("%s", TrN("edit.group_intro", (long long)selection.size(),
                                 "{count} actor selected: a choice here applies to all of them (Delete removes them all; drag one to move them together)",
                                 "{count} actors selected: a choice here applies to all of them (Delete removes them all; drag one to move them together)").c_str());
    GroupChoice<ActorKind>(ex, ui, selection, Tr("form.actor.kind", "Kind"), "kind", &Actor::kind);
    GroupChoice<Level>(ex, ui, selection, Tr("form.actor.level", "Level"), "level", &Actor::level);
    GroupChoice<Confidence>(ex, ui, selection, Tr("form.actor.confidence", "Confidence"), "confidence", &Actor::confidence);
    const std::string& first = d.actors[selection[0]].territory_id;
    bool same = true;
    for (int a : selection) same = same && d.actors[a].territory_id == first;
    ImGui::TextUnformatted(Tr("form.actor.territory", "Territory"));
    ImGui::SetNextItemWidth(-1);
    const int t0 = same ? d.actors[selection[0]].territory : -1;
    if (ImGui::BeginCombo("##group-territory", !same ? Tr("edit.mixed", "(mixed)") : t0 >= 0 ? d.territories[t0].name.c_str() : first.c_str())) {
        for (const Territory& t : d.territories)
            if (ImGui::Selectable((t.name + " (" + t.id + ")##group").c_str(), same && t.id == first)) {
                CommandResult r = ex.Command("set-selection territory " + nlohmann::json(t.id).dump());
                ui.form_error["##group-territory"] = r.ok ? "" : MessageText(r.code, r.message);
            }
        ImGui::EndCombo();
    }
    Error(ui.form_error["##group-territory"]);
}

}  // namespace

void DrawEditForm(Explorer& ex, UiState& ui) {
    const int a = ex.Selected();
    if (a < 0) return;
    if (!ui.edit_link.empty()) {
        for (int l = 0; l < (int)ex.Data().links.size(); ++l)
            if (ex.Data().links[l].id == ui.edit_link) return LinkForm(ex, ui, l);
        ui.edit_link.clear();  // it went (deleted, undone)
    }
    const std::vector<int> selection = ex.Selection();
    if (selection.size() > 1) {
        SelectionForm(ex, ui, selection);
        ImGui::SeparatorText(Tr("edit.first_selected", "The first selected actor"));
    }
    ActorForm(ex, ui, a);
}

}  // namespace sse::ui
