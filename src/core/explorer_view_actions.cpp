// explorer_view_actions.cpp: Explorer::Apply, the one place a view action (view_action.h) takes effect, whether it
// came from a key, a button, the URL hash, a tour, --command or window.explorer.command(). Checks what the parser
// cannot (that an id exists, that a tour is running) and answers with a stable code.
#include <algorithm>
#include <cmath>

#include "core/explorer.h"
#include "core/search.h"
#include "core/text_split.h"

#include <nlohmann/json.hpp>

namespace sse {

namespace {

CommandResult Ok(std::string message, std::string data = "") { return {true, std::move(message), "ok", std::move(data)}; }
CommandResult Fail(std::string code, std::string message) { return {false, std::move(message), std::move(code), ""}; }

std::string IdJson(const std::string& id) { return "{\"id\": " + nlohmann::json(id).dump() + "}"; }

// Index of the element with this id in a list of cases, recommendations or tours, or -1.
template <typename List>
int IndexOf(const List& items, const std::string& id) {
    for (int i = 0; i < (int)items.size(); ++i)
        if (items[i].id == id) return i;
    return -1;
}

// {"field": ..., "allowed": [...]} for a filter field: its enum names, or the ids of its elements in `data`
// ("allowed" is left out for years, which take a range).
std::string FilterAllowedJson(const Dataset& data, FilterField field) {
    const FilterFieldValues& values = ValuesOf(field);
    nlohmann::json out = {{"field", WireName(field)}};
    if (values.years) return out.dump();
    nlohmann::json allowed = nlohmann::json::array();
    auto ids = [&](const auto& items) {
        for (const auto& item : items) allowed.push_back(item.id);
    };
    if (values.names) {
        for (int i = values.names->first_parsable; i < values.names->count; ++i) allowed.push_back(values.names->Name(i));
    } else if (values.ids == DataElement::Territory) {
        ids(data.territories);
    } else if (values.ids == DataElement::Case) {
        ids(data.cases);
    } else if (values.ids == DataElement::Recommendation) {
        ids(data.recommendations);
    }
    out["allowed"] = std::move(allowed);
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

CommandResult Explorer::Apply(const ViewAction& a) {
    m_redraw = true;  // whatever it did, the picture may have changed
    const std::string word = VerbName(a.verb);
    switch (a.verb) {
    case ViewVerb::Select: {
        if (a.text.empty()) {
            Select(-1);
            return Ok("selection cleared");
        }
        const int actor = Data().FindActor(a.text);
        if (actor < 0) return Fail("unknown-actor", "unknown actor id '" + a.text + "'");
        Select(actor);
        return Ok("selected " + a.text, IdJson(a.text));
    }
    case ViewVerb::GoTo: {  // select and fly to: a search hit, a table row, a link in the details panel
        const int actor = Data().FindActor(a.text);
        if (actor < 0) return Fail("unknown-actor", "unknown actor id '" + a.text + "'");
        GoTo(actor);
        return Ok("selected " + a.text, IdJson(a.text));
    }
    case ViewVerb::Search: {
        last_search = a.text;
        const std::vector<int> hits = SearchActors(Data(), a.text, 1, &translation_overlay.actors);
        if (hits.empty()) return Fail("no-match", "no actor matches '" + a.text + "'");
        GoTo(hits[0]);
        return Ok("selected " + Data().actors[hits[0]].id, IdJson(Data().actors[hits[0]].id));
    }
    case ViewVerb::Layout: {
        const LayoutKind kind = static_cast<LayoutKind>(a.number);
        if (!a.text.empty()) {  // "layout ego <id>": centred on that actor without selecting it
            const int centre = Data().FindActor(a.text);
            if (centre < 0) return Fail("unknown-actor", "unknown actor id '" + a.text + "'");
            const int keep = m_selected;
            m_selected = centre;
            SetLayout(kind);
            m_selected = keep;
            FitView();
            return Ok("layout ego centred on " + a.text);
        }
        if (kind == LayoutKind::Ego && m_selected < 0) return Fail("no-selection", "layout ego needs a selected actor: select one first");
        SetLayout(kind);
        if (kind == LayoutKind::Ego) FitFocus();  // the centre and its neighbours, not the far rings
        else FitView();
        return Ok(std::string("layout ") + ToString(kind));
    }
    case ViewVerb::Focus:
        if (a.number > MaxFocusDepth)
            return Fail("usage", "usage: focus <depth>, a number of link steps from 0 (no focus) to " + std::to_string(MaxFocusDepth));
        SetFocusDepth(a.number);
        return Ok("focus depth " + std::to_string(m_focus_depth));
    case ViewVerb::FilterClear: {
        FilterState cleared;
        cleared.showcase = m_filter.showcase;
        cleared.hide_isolated = m_filter.hide_isolated;
        SetFilter(cleared);
        return Ok("filters cleared");
    }
    case ViewVerb::Filter: {
        const FilterField field = static_cast<FilterField>(a.number);
        FilterState next = m_filter;
        const std::string error = SetFilterField(next, Data(), WireName(field), a.text);
        if (!error.empty()) {
            CommandResult r = Fail("bad-filter", error);
            r.data = FilterAllowedJson(Data(), field);  // what the field takes, as data: scripts need not read the message
            return r;
        }
        SetFilter(next);
        return Ok(std::to_string(VisibleActorCount()) + " actors and " + std::to_string(VisibleLinkCount()) + " links visible");
    }
    case ViewVerb::Showcase: case ViewVerb::HideIsolated: {
        FilterState next = m_filter;
        (a.verb == ViewVerb::Showcase ? next.showcase : next.hide_isolated) = a.on;
        SetFilter(next);
        return Ok(ToCommand(a));
    }
    case ViewVerb::Case: case ViewVerb::Recommendation: {
        const bool is_case = a.verb == ViewVerb::Case;
        const int found = a.text.empty() ? -1 : is_case ? IndexOf(Data().cases, a.text) : IndexOf(Data().recommendations, a.text);
        if (!a.text.empty() && found < 0) return Fail("unknown-" + word, "unknown " + word + " '" + a.text + "'");
        if (is_case) ChooseCase(found);
        else ChooseRecommendation(found);
        if (found >= 0) FitFocus();
        return Ok(found < 0 ? word + " cleared" : word + " " + a.text);
    }
    case ViewVerb::Size:
        SetSizeMetric(static_cast<MetricKind>(a.number));
        return Ok(std::string("actors sized by ") + ToString(static_cast<MetricKind>(a.number)));
    case ViewVerb::Tour: {
        if (a.text.empty()) {
            StartTour(-1);
            return Ok("tour left");
        }
        const int t = IndexOf(Data().tours, a.text);
        if (t >= 0) {
            StartTour(t);
            return Ok("tour " + a.text + ", step 1 of " + std::to_string(Data().tours[t].steps.size()));
        }
        std::string known;
        for (const Tour& tour : Data().tours) known += (known.empty() ? "" : ", ") + tour.id;
        return Fail("unknown-tour", "unknown tour '" + a.text + "'; available: " + (known.empty() ? "none in this data set" : known));
    }
    case ViewVerb::Step: case ViewVerb::Next: case ViewVerb::Prev: case ViewVerb::First: case ViewVerb::Last: {
        if (m_tour < 0) return Fail("no-tour", "no tour is running: start one with 'tour <id>'");
        const int count = (int)Data().tours[m_tour].steps.size();
        int target = m_step;
        if (a.verb == ViewVerb::Step) {
            target = a.number - 1;
            if (target < 0 || target >= count)
                return Fail("unknown-step", "step " + std::to_string(a.number) + " does not exist; this tour has steps 1 to " + std::to_string(count));
        } else if (a.verb == ViewVerb::Next) target = std::min(m_step + 1, count - 1);
        else if (a.verb == ViewVerb::Prev) target = std::max(m_step - 1, 0);
        else if (a.verb == ViewVerb::First) target = 0;
        else target = count - 1;
        GoToStep(target);
        return Ok("step " + std::to_string(m_step + 1) + " of " + std::to_string(count));
    }
    case ViewVerb::Autoplay:
        if (a.x > 0 && m_tour < 0) return Fail("no-tour", "no tour is running: start one with 'tour <id>'");
        autoplay_seconds = a.x;
        m_autoplay_timer = 0;
        return Ok(a.x > 0 ? "autoplay every " + FormatNumber(a.x) + " s" : "autoplay off");
    case ViewVerb::Scale:
        presentation.scale_percent = std::clamp(a.number, MinScale, MaxScale);
        return Ok("scale " + std::to_string(presentation.scale_percent) + "%");
    case ViewVerb::Theme:
        presentation.theme = WireName(static_cast<Theme>(a.number));
        return Ok("theme " + presentation.theme);
    case ViewVerb::Original:  // translated data text, or the original (English) it translates
        show_original = a.on;
        return Ok(show_original ? "showing the original text" : "showing the translation where there is one");
    case ViewVerb::HelpList:
        return Ok(CommandHelpText());  // generated from the verbs table
    case ViewVerb::HelpOverlay:
        presentation.help = a.on;
        return Ok(ToCommand(a));
    case ViewVerb::Present:
        presentation.presenting = a.on;
        m_pending_fit = true;  // the panels come and go: frame the picture again
        return Ok(ToCommand(a));
    case ViewVerb::Pointer: presentation.pointer = a.on; return Ok(ToCommand(a));
    case ViewVerb::Welcome: presentation.welcome = a.on; return Ok(ToCommand(a));
    case ViewVerb::TerritoryCue: presentation.territory_cue = a.on; return Ok(ToCommand(a));
    case ViewVerb::Share: presentation.share = a.on; return Ok(ToCommand(a));
    case ViewVerb::ReducedMotion: reduced_motion = a.on; return Ok(ToCommand(a));
    case ViewVerb::Panel:
        ShowPanel(static_cast<Panel>(a.number), a.on);
        return Ok(ToCommand(a));
    case ViewVerb::Touch:
        SetTouch(a.on);
        return Ok(ToCommand(a) + (Compact() ? " (compact layout)" : ""));
    case ViewVerb::Escape: {
        const std::string what = Escape();
        return Ok("escape: " + what, "{\"closed\": \"" + what + "\"}");
    }
    case ViewVerb::Clear:
        ClearFocus();
        return Ok("cleared");
    case ViewVerb::Fit:
        FitView();
        return Ok("view fitted");
    case ViewVerb::ResetView:
        ResetView();
        return Ok("view reset: layout computed afresh, everything framed");
    case ViewVerb::Camera:  // an exact view (deep links, tours): centre x y in world units and zoom
        m_camera_anim.active = false;
        m_fly_actor = -1;
        m_refit_all = false;
        m_camera.center = {a.x, a.y};
        m_camera.zoom = std::clamp(a.z, Camera::MinZoom, Camera::MaxZoom);
        return Ok("camera set");
    case ViewVerb::Zoom:  // about the middle of the canvas, or about a screen point (a wheel turn, a pinch)
        m_camera.ZoomAbout(a.on ? Vec2{a.y, a.z} : m_camera.origin + m_camera.viewport * 0.5, a.x);
        return Ok("zoom " + std::to_string(m_camera.zoom));
    case ViewVerb::Centre:  // the middle of the canvas the panels leave uncovered (the minimap)
        CenterViewOn({a.x, a.y});
        return Ok("centred");
    case ViewVerb::Move: {  // an actor put at a world point (a drag)
        const int actor = Data().FindActor(a.text);
        if (actor < 0) return Fail("unknown-actor", "unknown actor id '" + a.text + "'");
        MoveActor(actor, {a.x, a.y});
        return Ok("moved " + a.text);
    }
    case ViewVerb::SelectAdd: {  // Shift+click: added to the selection, or taken out again
        const int actor = Data().FindActor(a.text);
        if (actor < 0) return Fail("unknown-actor", "unknown actor id '" + a.text + "'");
        SelectAdd(actor);
        return Ok(std::to_string(Selection().size()) + " selected");
    }
    case ViewVerb::Locate: {  // where an actor is drawn, in canvas pixels: lets scripts click it like a user would
        const int actor = Data().FindActor(a.text);
        if (actor < 0) return Fail("usage", "usage: locate <actor id> (an existing id)");
        const Vec2 s = m_camera.WorldToScreen(m_positions[actor]);
        const std::string x = FormatNumber(s.x), y = FormatNumber(s.y);
        return Ok(x + " " + y, "{\"x\": " + x + ", \"y\": " + y + "}");
    }
    case ViewVerb::Pick: {
        const int actor = PickActor({a.x, a.y});
        const std::string id = actor >= 0 ? Data().actors[actor].id : "none";
        return Ok(id, actor >= 0 ? IdJson(id) : "{\"id\": null}");
    }
    case ViewVerb::Pan: {
        // Huge deltas would leave the camera at inf: nothing drawn, and a view link that cannot be read back.
        Camera moved = m_camera;
        moved.PanByScreen({a.x, a.y});
        if (!std::isfinite(moved.center.x) || !std::isfinite(moved.center.y))
            return Fail("usage", "usage: pan <dx> <dy> (screen pixels, finite numbers)");
        m_camera = moved;
        return Ok("panned");
    }
    }
    return Fail("unknown-command", "unknown command '" + word + "'; try 'help'");
}

}  // namespace sse
