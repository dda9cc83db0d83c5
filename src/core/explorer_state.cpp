// explorer_state.cpp: the state object of window.explorer.state() and --state (README lists its fields).
#include <nlohmann/json.hpp>

#include "core/explorer.h"
#include "core/i18n.h"
#include "core/view_state.h"

namespace sse {

std::string Explorer::ShareUrl() const {
    return share_base.empty() ? "" : share_base + "#" + EncodeViewHash(*this);
}

std::string Explorer::StateJson() const {
    using nlohmann::json;
    auto actor_or_null = [&](int a) { return a >= 0 ? json(Data().actors[a].id) : json(nullptr); };
    json s;
    s["frame"] = m_frames;
    s["dataset"] = Data().id;
    s["file"] = m_file;
    s["actors"] = Data().actors.size();
    s["links"] = Data().links.size();
    s["visibleActors"] = VisibleActorCount();
    s["visibleLinks"] = VisibleLinkCount();
    s["selected"] = actor_or_null(m_selected);
    s["selectedName"] = m_selected >= 0 ? json(Data().actors[m_selected].name) : json(nullptr);
    s["hovered"] = actor_or_null(m_hovered);
    s["layout"] = ToString(m_layout);
    s["egoCentre"] = m_layout == LayoutKind::Ego && m_ego_centre >= 0 ? json(Data().actors[m_ego_centre].id) : json(nullptr);
    s["settled"] = Settled();
    s["moving"] = Moving();
    s["focusDepth"] = m_focus_depth;
    s["sizeBy"] = ToString(m_size_metric);
    s["scale"] = presentation.scale_percent;
    s["theme"] = presentation.theme;
    s["language"] = presentation.language;  // the interface's language; languages: the shipped ones, named in themselves
    s["languages"] = nlohmann::json::array();
    for (const i18n::Language& l : i18n::Languages()) s["languages"].push_back({{"code", l.code}, {"name", l.native}});
    if (!pending_language.empty()) s["language_pending"] = pending_language;
    s["fonts"] = {{"hangul", hangul_font}};
    s["help"] = presentation.help;
    s["showOriginal"] = show_original;
    s["contentTranslations"] = content_translations;
    s["welcome"] = presentation.welcome;
    s["presenting"] = presentation.presenting;
    s["pointer"] = presentation.pointer;
    s["territoryCue"] = presentation.territory_cue;
    // The link only while the panel is open: encoding the view is not free, and state() is asked for often.
    const std::string share_url = presentation.share ? ShareUrl() : "";
    s["share"] = {{"open", presentation.share}, {"url", share_url.empty() ? json(nullptr) : json(share_url)}};
    s["reducedMotion"] = reduced_motion;
    s["notices"] = notices;
    s["lastWake"] = last_wake;
    s["panels"] = {{"sidebar", panels.sidebar}, {"details", panels.details}, {"table", panels.table}, {"caption", panels.caption}};
    // The layout the screen gets (screen_layout.h), the part of the canvas no panel covers, and the UI's touch targets.
    s["screen"] = {{"width", m_screen.width}, {"height", m_screen.height}, {"touch", m_screen.touch}, {"compact", m_screen.compact}};
    const Camera& c = m_camera;
    s["canvasRect"] = {{"x", c.origin.x + c.inset_left}, {"y", c.origin.y + c.inset_top},
                       {"w", c.viewport.x - c.inset_left - c.inset_right}, {"h", c.viewport.y - c.inset_top - c.inset_bottom}};
    json targets = json::object();
    for (const UiTarget& t : ui_targets) targets[t.name] = {{"x", t.x}, {"y", t.y}, {"w", t.w}, {"h", t.h}};
    s["targets"] = targets;
    s["filters"] = json::parse(FilterToJson(m_filter, Data()));
    s["case"] = m_chosen_case >= 0 ? json(Data().cases[m_chosen_case].id) : json(nullptr);
    s["recommendation"] = m_chosen_recommendation >= 0 ? json(Data().recommendations[m_chosen_recommendation].id) : json(nullptr);
    s["camera"] = {{"x", m_camera.center.x}, {"y", m_camera.center.y}, {"zoom", m_camera.zoom}};
    int errors = 0, warnings = 0;
    for (const Diagnostic& d : m_diagnostics) (d.severity == Diagnostic::Severity::Error ? errors : warnings)++;
    s["diagnostics"] = {{"errors", errors}, {"warnings", warnings}};
    s["import"] = ImportStateJson();  // the preview waiting for import replace|merge|cancel, or null
    if (const TourStep* step = CurrentStep()) {
        const Tour& tour = Data().tours[m_tour];
        s["tour"] = {{"id", tour.id}, {"title", tour.title}, {"step", m_step + 1}, {"steps", tour.steps.size()},
                     {"stepTitle", step->title}, {"revealed", m_reveal_count}, {"autoplay", autoplay_seconds}};
        json highlighted = json::array();  // the step's actors, drawn highlighted (a recorded step's selection)
        for (int a : step->actors) highlighted.push_back(Data().actors[a].id);
        s["tour"]["actors"] = highlighted;
    } else {
        s["tour"] = nullptr;
    }
    json tours = json::array();
    for (const Tour& t : Data().tours) tours.push_back(t.id);
    s["tours"] = tours;
    s["document"] = {{"revision", m_doc.Revision()}, {"dirty", m_doc.Dirty()},     {"canUndo", m_doc.CanUndo()},
                     {"canRedo", m_doc.CanRedo()},   {"undoLabel", m_doc.UndoLabel()}, {"redoLabel", m_doc.RedoLabel()},
                     {"savedAt", persisted.saved_at.empty() ? json(nullptr) : json(persisted.saved_at)},
                     {"restored", persisted.restored}, {"keptRevision", persisted.kept_revision}};
    s["editing"] = m_editing;
    s["tableCell"] = table_cell.row.empty() ? json(nullptr)
                                            : json{{"table", table_cell.table}, {"row", table_cell.row}, {"column", table_cell.column}};
    json selection = json::array();
    for (int a : Selection()) selection.push_back(Data().actors[a].id);
    s["selection"] = selection;
    s["editCheck"] = EditCheckJson();
    s["editTour"] = edit_tour.empty() ? json(nullptr) : json(edit_tour);
    // Replace, not throw, on invalid UTF-8 (a notice quoting a mangled link, a data string): state() must always answer.
    return s.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace sse
