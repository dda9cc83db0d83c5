// explorer_editing.cpp: editing in the app (issue 16): edit mode, a selection of several actors, the gestures'
// edits (a new actor where the user double-clicked, a link dragged between two actors, deleting the selection),
// a new empty map, saving, and tour steps recorded from what is on screen. Each gesture is one undo step.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <unordered_set>

#include "core/dataset_writer.h"
#include "core/i18n.h"
#include "core/edit_defaults.h"
#include "core/table_paste.h"
#include "core/explorer.h"
#include "core/text_split.h"
#include "core/vocabulary.h"
#include "core/i18n.h"

namespace sse {

namespace {

CommandResult Ok(std::string message, std::string data = "") { return {true, std::move(message), "ok", std::move(data)}; }
CommandResult Fail(std::string code, std::string message) { return {false, std::move(message), std::move(code), ""}; }
CommandResult FromEdit(const EditOutcome& o, const std::string& data = "") {
    CommandResult r{o.ok, o.message, o.code, o.ok ? data : ""};
    return r;
}

// The text after the first `n` words of a command ("new My workshop map" -> "My workshop map").
std::string AfterWords(const std::string& text, size_t n) {
    size_t at = 0;
    for (size_t i = 0; i < n; ++i) {
        at = text.find_first_not_of(" \t", at);
        if (at == std::string::npos) return "";
        at = text.find_first_of(" \t", at);
        if (at == std::string::npos) return "";
    }
    at = text.find_first_not_of(" \t", at);
    return at == std::string::npos ? "" : text.substr(at);
}

// A world coordinate: finite and within a million units of the origin (the layouts span a few thousand), so that
// framing a moved actor never overflows the camera.
bool ParseFinite(const std::string& s, double* out) {
    char* end = nullptr;
    *out = std::strtod(s.c_str(), &end);
    return end && *end == 0 && !s.empty() && std::isfinite(*out) && std::fabs(*out) <= 1e6;
}

}  // namespace

std::string ClockTime() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", local.tm_hour, local.tm_min);
    return text;
}

std::string Explorer::RestoreAutosave(const std::string& text, const std::string& saved_at) {
    nlohmann::json content = nlohmann::json::parse(text, nullptr, false);
    if (!content.is_object()) return "the stored map is not readable JSON";
    EditOutcome out = ReplaceContent(content, "restore unsaved map");
    if (!out.ok) return out.message;
    persisted.restored = true;
    persisted.saved_at = persisted.restored_from = saved_at;
    notices.push_back(i18n::TrF("notice.restored", "Restored your unsaved map from {when}.", {{"when", saved_at}}));
    return "";
}

void Explorer::SetEditing(bool on) {
    m_editing = on;
    if (!on) table_cell = {};  // a presentation has no current cell to paste into
    m_redraw = true;
}

std::vector<int> Explorer::Selection() const {
    std::vector<int> out;
    if (m_selected >= 0) out.push_back(m_selected);
    for (const std::string& id : m_extra_selection) {
        const int a = Data().FindActor(id);
        if (a >= 0 && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    }
    return out;
}

EditOutcome Explorer::SetSelectionField(const std::string& field, const nlohmann::json& value) {
    EditOutcome out;
    const std::vector<int> selection = Selection();
    static const char* const kShared[] = {"kind", "level", "territory", "confidence", "silk_role"};
    if (std::find_if(std::begin(kShared), std::end(kShared), [&](const char* f) { return field == f; }) == std::end(kShared)) {
        out.code = "bad-field";
        out.message = "set-selection takes kind, level, territory, confidence or silk_role (fields several actors can share)";
        return out;
    }
    if (selection.empty()) {
        out.code = "no-selection";
        out.message = "set-selection needs selected actors: select some first";
        return out;
    }
    nlohmann::json content = m_doc.Json();
    std::unordered_set<std::string> ids;
    for (int a : selection) ids.insert(Data().actors[a].id);
    for (nlohmann::json& actor : content["actors"]) {
        if (!ids.count(actor.value("id", ""))) continue;
        if (value.is_null()) actor.erase(field);
        else actor[field] = value;
    }
    // One step of the undo history for the whole group; the document's rules check every actor it touched.
    return ReplaceContent(content, "set " + field + " of " + std::to_string(selection.size()) + " actors");
}

int Explorer::SelectInBox(Vec2 a, Vec2 b) {
    const double x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x), y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
    const std::vector<int> before = Selection();
    int added = 0;
    for (int i = 0; i < static_cast<int>(Data().actors.size()); ++i) {
        if (!ActorVisible(i) || std::find(before.begin(), before.end(), i) != before.end()) continue;
        const Vec2 s = m_camera.WorldToScreen(m_positions[i]);
        if (s.x < x0 || s.x > x1 || s.y < y0 || s.y > y1) continue;
        SelectAdd(i);  // adds (SelectAdd only takes out what was already selected, which is skipped above)
        ++added;
    }
    return added;
}

void Explorer::SelectAdd(int actor) {
    if (actor < 0 || actor >= static_cast<int>(Data().actors.size())) return;
    m_redraw = true;
    if (m_selected < 0) {
        Select(actor);
        return;
    }
    const std::string& id = Data().actors[actor].id;
    auto it = std::find(m_extra_selection.begin(), m_extra_selection.end(), id);
    if (actor == m_selected) {  // taken out: the next one becomes the primary
        std::vector<std::string> rest = m_extra_selection;
        int next = -1;
        while (next < 0 && !rest.empty()) {
            next = Data().FindActor(rest.front());
            rest.erase(rest.begin());
        }
        Select(next);
        m_extra_selection = rest;
    } else if (it != m_extra_selection.end()) {
        m_extra_selection.erase(it);
    } else {
        m_extra_selection.push_back(id);
    }
}

EditOutcome Explorer::CreateActorAt(Vec2 at, std::string* id_out) {
    const Dataset& d = Data();
    // The level: the band under the point in the levels layout, else the selected actor's, else local.
    Level level = m_selected >= 0 ? d.actors[m_selected].level : Level::Local;
    if (m_layout == LayoutKind::Levels) {
        double best = 1e300;
        for (int l = 0; l < LevelCount; ++l) {
            const double dist = std::fabs(at.y - LevelBandY(static_cast<Level>(l)));
            if (dist < best) {
                best = dist;
                level = static_cast<Level>(l);
            }
        }
    }
    const std::string id = UniqueId(d, ElementKind::Actor, "new actor");
    const std::string territory = DefaultTerritory(d, m_selected >= 0 ? d.actors[m_selected].territory_id : "");
    EditOutcome out;
    const bool first = d.actors.empty();
    if (territory.empty()) {  // a map with no territory yet (File -> New): a "World" comes with the first actor
        nlohmann::json content = m_doc.Json();
        const std::string world_id = UniqueId(d, ElementKind::Territory, "world");
        content["territories"].push_back(GlobalTerritoryJson(world_id));
        content["actors"].push_back(NewActorJson(d, id, "New actor", level, world_id));
        out = ReplaceContent(content, "add actor " + id);
    } else {
        DocumentEdit e;
        e.op = DocumentEdit::Op::Add;
        e.element = ElementKind::Actor;
        e.json = NewActorJson(d, id, "New actor", level, territory).dump();
        out = ApplyEdit(e);
    }
    if (!out.ok) return out;
    const int a = Data().FindActor(id);
    Select(a);
    if (!first) MoveActor(a, at);  // where the user double-clicked (the first actor of a map is framed instead)
    if (id_out) *id_out = id;
    return out;
}

EditOutcome Explorer::CreateLink(int from, int to, Relation relation, std::string* id_out) {
    const Dataset& d = Data();
    EditOutcome out;
    if (from < 0 || to < 0 || from >= static_cast<int>(d.actors.size()) || to >= static_cast<int>(d.actors.size())) {
        out.code = "unknown-actor";
        out.message = "a link needs two existing actors";
        return out;
    }
    const std::string id = UniqueId(d, ElementKind::Link, d.actors[from].id + "-" + d.actors[to].id);
    DocumentEdit e;
    e.op = DocumentEdit::Op::Add;
    e.element = ElementKind::Link;
    e.json = NewLinkJson(d, id, from, to, relation).dump();
    out = ApplyEdit(e);
    if (out.ok && id_out) *id_out = id;
    return out;
}

EditOutcome Explorer::DeleteSelection(int* actor_count, int* link_count) {
    const std::vector<int> selection = Selection();
    EditOutcome out;
    if (selection.empty()) {
        out.code = "no-selection";
        out.message = "nothing is selected: select actors first (Shift+click adds to the selection)";
        return out;
    }
    const Dataset& d = Data();
    std::unordered_set<int> doomed(selection.begin(), selection.end());
    int links = 0;
    for (const Link& l : d.links) links += doomed.count(l.from) || doomed.count(l.to) ? 1 : 0;
    if (selection.size() == 1) {
        DocumentEdit e;
        e.op = DocumentEdit::Op::Delete;
        e.element = ElementKind::Actor;
        e.id = d.actors[selection[0]].id;
        out = ApplyEdit(e);
    } else {  // several: their deletions planned one after the other on a copy, then applied as one step
        nlohmann::json content = m_doc.Json();
        for (int a : selection) {
            DocumentEdit e;
            e.op = DocumentEdit::Op::Delete;
            e.element = ElementKind::Actor;
            e.id = d.actors[a].id;
            EditPlan plan = PlanEdit(content, e);
            std::string error;
            if (!plan.ok || !ApplyPatch(content, plan.forward, &error)) {
                out.code = plan.ok ? "internal" : plan.code;
                out.message = "delete " + e.id + " refused: " + (plan.ok ? error : plan.message);
                return out;
            }
        }
        out = ReplaceContent(content, "delete " + std::to_string(selection.size()) + " actors");
    }
    if (out.ok) {
        m_extra_selection.clear();
        if (actor_count) *actor_count = static_cast<int>(selection.size());
        if (link_count) *link_count = links;
    }
    return out;
}

EditOutcome Explorer::NewMap(const std::string& title) {
    StartTour(-1);
    edit_tour.clear();
    EditOutcome out = ReplaceContent(EmptyDatasetJson(title.empty() ? "New map" : title), "new map");
    if (out.ok) {
        Select(-1);
        FilterState cleared;
        SetFilter(cleared);
    }
    return out;
}

nlohmann::json Explorer::StepFromView(const std::string& title, const std::string& text) const {
    const Dataset& d = Data();
    nlohmann::json step = nlohmann::json::object();
    step["title"] = title;
    step["text"] = text;
    step["layout"] = ToString(m_layout);
    if (m_layout == LayoutKind::Ego && m_ego_centre >= 0) step["centre"] = d.actors[m_ego_centre].id;
    nlohmann::json filters = nlohmann::json::object();
    for (int f = 0; f < FilterFieldCount; ++f) {
        const FilterField field = static_cast<FilterField>(f);
        const std::string values = FilterFieldText(m_filter, d, field);
        if (!values.empty()) filters[WireName(field)] = SplitTrimmed(values, ',');
    }
    if (!filters.empty()) step["filters"] = filters;
    if (!m_filter.showcase) step["showcase"] = false;
    nlohmann::json actors = nlohmann::json::array();
    for (int a : Selection()) actors.push_back(d.actors[a].id);
    if (!actors.empty()) step["actors"] = actors;
    if (m_chosen_case >= 0) step["case"] = d.cases[m_chosen_case].id;
    else if (m_chosen_recommendation >= 0) step["recommendation"] = d.recommendations[m_chosen_recommendation].id;
    step["camera"] = {{"x", m_camera.center.x}, {"y", m_camera.center.y}, {"zoom", m_camera.zoom}};
    return step;
}

EditOutcome Explorer::RerecordStep(int n) {
    EditOutcome out;
    if (m_tour < 0 || n < 0 || n >= static_cast<int>(Data().tours[m_tour].steps.size())) {
        out.code = "no-tour";
        out.message = "re-record needs a running tour and one of its steps";
        return out;
    }
    const TourStep& old = Data().tours[m_tour].steps[n];
    nlohmann::json step = StepFromView(old.title, old.text);
    if (!old.quote.empty()) step["quote"] = old.quote;
    nlohmann::json content = m_doc.Json();
    content["tours"][m_tour]["steps"][n] = step;
    const int keep = m_step;
    out = ReplaceContent(content, "re-record step " + std::to_string(n + 1) + " of " + Data().tours[m_tour].id);
    m_step = keep;
    return out;
}

EditOutcome Explorer::MoveStep(int from, int to) {
    EditOutcome out;
    const int count = m_tour >= 0 ? static_cast<int>(Data().tours[m_tour].steps.size()) : 0;
    if (from < 0 || to < 0 || from >= count || to >= count) {
        out.code = "unknown-step";
        out.message = "move-step needs two step numbers of the running tour (1 to " + std::to_string(count) + ")";
        return out;
    }
    if (from == to) {
        out.ok = true;
        out.code = "no-change";
        out.message = "the step is already there";
        return out;
    }
    nlohmann::json content = m_doc.Json();
    nlohmann::json& steps = content["tours"][m_tour]["steps"];
    nlohmann::json moved = steps[from];
    steps.erase(steps.begin() + from);
    steps.insert(steps.begin() + to, moved);
    out = ReplaceContent(content, "move step " + std::to_string(from + 1) + " to " + std::to_string(to + 1));
    if (out.ok) m_step = to;  // the tour follows the step it was showing
    return out;
}

EditOutcome Explorer::RecordStep(std::string* tour_id) {
    const Dataset& d = Data();
    int t = -1;
    for (int i = 0; i < static_cast<int>(d.tours.size()); ++i)
        if (d.tours[i].id == edit_tour) t = i;
    const int number = t >= 0 ? static_cast<int>(d.tours[t].steps.size()) + 1 : 1;
    nlohmann::json step = StepFromView("Step " + std::to_string(number), "Write what this step shows.");
    DocumentEdit e;
    e.op = DocumentEdit::Op::Add;
    std::string id = edit_tour;
    if (t < 0) {  // a new tour, whose first step this is
        id = UniqueId(d, ElementKind::Tour, "my tour");
        e.element = ElementKind::Tour;
        e.json = nlohmann::json{{"id", id}, {"title", "My tour"}, {"steps", nlohmann::json::array({step})}}.dump();
    } else {
        e.element = ElementKind::Step;
        e.id = id;
        e.json = step.dump();
    }
    EditOutcome out = ApplyEdit(e);
    if (!out.ok) return out;
    edit_tour = id;
    // The tour is open at the new step without replaying it: the view already is the step (replaying would
    // recompute the layout and lose dragged positions).
    for (int i = 0; i < static_cast<int>(Data().tours.size()); ++i)
        if (Data().tours[i].id == id) m_tour = i;
    m_step = static_cast<int>(Data().tours[m_tour].steps.size()) - 1;
    m_reveal_count = 0;
    m_pending_fit = false;
    if (tour_id) *tour_id = id;
    return out;
}

std::string Explorer::SaveTo(const std::string& path, const std::string& saved_at) {
    const std::string error = WriteFileAtomically(path, WriteDataset(Data()));
    if (!error.empty()) return error;
    m_doc.MarkSaved();
    m_file = path;
    persisted.saved_at = saved_at;
    m_redraw = true;
    return "";
}

bool Explorer::EditingCommand(const std::vector<std::string>& w, const std::string& text, CommandResult* out) {
    const std::string& verb = w[0];
    auto id_data = [](const std::string& id) { return "{\"id\": " + nlohmann::json(id).dump() + "}"; };
    if (verb == "edit") {
        if (w.size() != 2 || (w[1] != "on" && w[1] != "off")) *out = Fail("usage", "usage: edit on|off");
        else {
            SetEditing(w[1] == "on");
            *out = Ok("edit " + w[1]);
        }
    } else if (verb == "set-selection") {
        const std::string rest = w.size() >= 3 ? text.substr(text.find(w[1], text.find("set-selection") + 13) + w[1].size()) : "";
        nlohmann::json value = nlohmann::json::parse(rest, nullptr, false);
        if (w.size() < 3 || value.is_discarded()) *out = Fail("usage", "usage: set-selection <field> <JSON value>, e.g. set-selection level \"local\"");
        else {
            EditOutcome o = SetSelectionField(w[1], value);
            *out = o.ok ? Ok(o.message) : Fail(o.code, o.message);
        }
    } else if (verb == "paste-cells") {
        PasteRequest request;
        std::string error;
        if (!ParsePasteArguments(AfterWords(text, 1), &request, &error)) *out = Fail("usage", error);
        else {
            const PastePlan plan = PlanPaste(m_doc.Json(), Data(), request);
            if (!plan.ok) *out = Fail(plan.code, plan.message);
            else {
                EditOutcome o = ReplaceContent(plan.content, plan.message);
                if (o.ok) o.message = plan.message;
                *out = FromEdit(o, nlohmann::json{{"cells", plan.cells}, {"rowsChanged", plan.rows_changed}, {"rowsAdded", plan.rows_added}}.dump());
            }
        }
    } else if (verb == "table-cell") {
        TableKind table;
        bool column_ok = false;
        if (w.size() == 4 && ParseTableKind(w[1], &table))
            for (const TableColumn& c : TableColumns(table)) column_ok = column_ok || (w[3] == c.field && c.editable);
        if (w.size() == 2 && w[1] == "off") {
            table_cell = {};
            *out = Ok("no current cell");
        } else if (!column_ok) {
            *out = Fail("usage", "usage: table-cell actors|links|territories <row id> <editable column> | table-cell off");
        } else {
            table_cell = {w[1], w[2], w[3]};
            *out = Ok("current cell " + w[1] + " " + w[2] + " " + w[3]);
        }
    } else if (verb == "select-box") {
        double v[4];
        bool ok = w.size() == 5;
        for (int i = 0; ok && i < 4; ++i) {
            char* end = nullptr;
            v[i] = std::strtod(w[i + 1].c_str(), &end);
            ok = end && *end == 0 && std::isfinite(v[i]);
        }
        if (!ok) *out = Fail("usage", "usage: select-box <x0> <y0> <x1> <y1> (canvas pixels)");
        else {
            const int added = SelectInBox({v[0], v[1]}, {v[2], v[3]});
            nlohmann::json ids = nlohmann::json::array();
            for (int a : Selection()) ids.push_back(Data().actors[a].id);
            *out = Ok(std::to_string(added) + " added, " + std::to_string(Selection().size()) + " selected",
                      nlohmann::json{{"added", added}, {"selection", ids}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        }
    } else if (verb == "new") {
        *out = FromEdit(NewMap(AfterWords(text, 1)));
    } else if (verb == "record-step") {
        std::string id;
        if (w.size() != 1) *out = Fail("usage", "usage: record-step (appends what is on screen to the tour being recorded)");
        else {
            EditOutcome o = RecordStep(&id);
            *out = FromEdit(o, "{\"tour\": " + nlohmann::json(id).dump() + ", \"step\": " +
                                   std::to_string(m_tour >= 0 ? m_step + 1 : 0) + "}");
        }
    } else if (verb == "move-step" || verb == "rerecord-step") {
        const bool move = verb == "move-step";
        int n[2] = {0, 0};
        bool ok = w.size() == (move ? 3u : 2u);
        for (size_t i = 1; ok && i < w.size(); ++i) {
            ok = !w[i].empty() && w[i].size() <= 4 && w[i].find_first_not_of("0123456789") == std::string::npos;
            if (ok) n[i - 1] = std::atoi(w[i].c_str()) - 1;
        }
        if (!ok) *out = Fail("usage", move ? "usage: move-step <from> <to> (step numbers of the running tour)" : "usage: rerecord-step <n>");
        else *out = FromEdit(move ? MoveStep(n[0], n[1]) : RerecordStep(n[0]));
    } else if (verb == "delete-selection") {
        int actors = 0, links = 0;
        EditOutcome o = DeleteSelection(&actors, &links);
        if (o.ok)  // shown as a notice: in the reader's language
            o.message = i18n::TrF("edit.deleted", "deleted {actors} and {links}",
                                  {{"actors", i18n::TrN("import.actors", actors, "{count} actor", "{count} actors")},
                                   {"links", i18n::TrN("import.links", links, "{count} link", "{count} links")}});
        *out = FromEdit(o, "{\"actors\": " + std::to_string(actors) + ", \"links\": " + std::to_string(links) + "}");
    } else if (verb == "create-actor") {
        double x = 0, y = 0;
        std::string id;
        if (w.size() != 3 || !ParseFinite(w[1], &x) || !ParseFinite(w[2], &y))
            *out = Fail("usage", "usage: create-actor <x> <y> (world units: a new actor there, as a double-click in edit mode)");
        else *out = FromEdit(CreateActorAt({x, y}, &id), id_data(id));
    } else if (verb == "link") {
        const int a = w.size() >= 3 ? Data().FindActor(w[1]) : -1, b = w.size() >= 3 ? Data().FindActor(w[2]) : -1;
        std::optional<Relation> rel = w.size() == 4 ? ParseEnum<Relation>(w[3]) : std::optional<Relation>(Relation::Partnership);
        std::string id;
        if (w.size() < 3 || w.size() > 4 || !rel) *out = Fail("usage", "usage: link <from id> <to id> [relation] (as a drag in edit mode)");
        else if (a < 0 || b < 0) *out = Fail("unknown-actor", "unknown actor id '" + (a < 0 ? w[1] : w[2]) + "'");
        else *out = FromEdit(CreateLink(a, b, *rel, &id), id_data(id));
    } else if (verb == "save") {
        const std::string path = AfterWords(text, 1);
        if (!file_access) {
            *out = Fail("no-file-access", "save writes files only in the desktop app; in the browser your map is kept in the browser's storage");
        } else if (path.empty() && (m_file.empty() || (m_file.size() >= 9 && m_file.compare(m_file.size() - 9, 9, "silk.json") == 0))) {
            *out = Fail("needs-path", "save needs a file name the first time: save <file.json> (the bundled data is not overwritten)");
        } else {
            const std::string target = path.empty() ? m_file : path;
            const std::string error = SaveTo(target, ClockTime());
            *out = error.empty() ? Ok("saved " + target, "{\"file\": " + nlohmann::json(target).dump() + "}")
                                 : Fail("save-failed", "could not save " + target + ": " + error);
        }
    } else if (verb == "restore") {
        if (w.size() != 2 || (w[1] != "keep" && w[1] != "discard")) *out = Fail("usage", "usage: restore keep|discard");
        else if (!persisted.restored) *out = Fail("no-change", "no restored map is waiting for a decision");
        else {
            persisted.restored = false;
            if (w[1] == "discard" && m_doc.UndoLabel() == "restore unsaved map") Undo();
            *out = Ok(w[1] == "keep" ? "kept the restored map" : "discarded the restored map");
        }
    } else {
        return false;
    }
    return true;
}

}  // namespace sse
