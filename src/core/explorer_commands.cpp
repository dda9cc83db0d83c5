// explorer_commands.cpp: the command language of window.explorer.command() and --command, parsed into calls on
// the Explorer (view actions) and DocumentEdits (document actions, undoable). Every result carries a stable code.
#include <algorithm>
#include <cmath>

#include "core/explorer.h"
#include "core/search.h"
#include "core/text_split.h"
#include "core/vocabulary.h"

#include <nlohmann/json.hpp>

namespace sse {

namespace {


std::string Rest(const std::string& text, const std::string& first_word) {
    size_t at = text.find(first_word);
    if (at == std::string::npos) return "";
    std::string rest = text.substr(at + first_word.size());
    size_t b = rest.find_first_not_of(" \t");
    return b == std::string::npos ? "" : rest.substr(b);
}

// A success: a message for people and, for some commands, structured data (a JSON object's text).
CommandResult Ok(std::string message, std::string data = "") { return {true, std::move(message), "ok", std::move(data)}; }

// A refusal: a stable code for scripts and a message for people.
CommandResult Fail(std::string code, std::string message) { return {false, std::move(message), std::move(code), ""}; }

// A document action's outcome as a command result; the warnings it brought go into the message and the data.
CommandResult FromOutcome(const EditOutcome& o) {
    CommandResult r{o.ok, o.message, o.code, ""};
    if (!o.warnings.empty()) {
        std::string list;
        for (const Diagnostic& d : o.warnings) {
            r.message += "; warning: " + (d.pointer.empty() ? "" : d.pointer + ": ") + d.message;
            list += (list.empty() ? "" : ", ") + nlohmann::json(d.code.empty() ? "warning" : d.code).dump();
        }
        r.data = "{\"warnings\": [" + list + "]}";
    }
    return r;
}

// {"field": ..., "allowed": [...]} for a filter field: its enum names, or the ids of its elements in `data`
// ("allowed" is left out for years, which take a range); "" for an unknown field.
std::string FilterAllowedJson(const Dataset& data, const std::string& field_name) {
    const std::optional<FilterField> field = ParseEnum<FilterField>(field_name);
    if (!field) return "";
    const FilterFieldValues& values = ValuesOf(*field);
    nlohmann::json out = {{"field", field_name}};
    nlohmann::json allowed = nlohmann::json::array();
    auto ids = [&](const auto& items) {
        for (const auto& item : items) allowed.push_back(item.id);
    };
    if (values.names) {
        for (int i = values.names->first_parsable; i < values.names->count; ++i) allowed.push_back(values.names->Name(i));
    } else if (values.years) {
        return out.dump();
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

std::string CommandResultJson(const CommandResult& r) {
    nlohmann::json out = {{"ok", r.ok}, {"code", r.code}, {"message", r.message}};
    if (!r.data.empty()) {
        nlohmann::json data = nlohmann::json::parse(r.data, nullptr, false);
        if (data.is_object())
            for (auto it = data.begin(); it != data.end(); ++it) out[it.key()] = it.value();
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

CommandResult Explorer::Command(const std::string& text) {
    m_redraw = true;  // whatever it did, the picture may have changed
    std::vector<std::string> w = SplitWords(text);
    if (w.empty()) return Fail("usage", "empty command; try 'help'");
    const std::string& verb = w[0];
    if (IsEditVerb(verb)) {
        EditParse parsed = ParseEditCommand(text);
        if (!parsed.ok) return Fail(parsed.code, parsed.message);
        return FromOutcome(ApplyEdit(parsed.edit));
    }
    if (verb == "undo" || verb == "redo") {
        if (w.size() != 1) return Fail("usage", "usage: " + verb + " (no arguments)");
        return FromOutcome(verb == "undo" ? Undo() : Redo());
    }
    if (verb == "import" || verb == "open") return ImportCommand(w);  // explorer_import.cpp
    if (verb == "export") return ExportCommand(w);                    // explorer_import.cpp
    if (verb == "validate" || verb == "check-edits") return ValidateCommand(w);  // explorer_validate.cpp
    if (verb == "language") return LanguageCommand(w);  // explorer_language.cpp
    if (CommandResult r; EditingCommand(w, text, &r)) return r;  // edit mode and its gestures (explorer_editing.cpp)
    if (verb == "help" && w.size() == 1) return Ok(CommandHelpText());  // generated from the verbs table
    if (verb == "select") {
        if (w.size() != 2) return Fail("usage", "usage: select <actor id> | select none");
        if (w[1] == "none") {
            Select(-1);
            return Ok("selection cleared");
        }
        int a = Data().FindActor(w[1]);
        if (a < 0) return Fail("unknown-actor", "unknown actor id '" + w[1] + "'");
        Select(a);
        return Ok("selected " + Data().actors[a].id, "{\"id\": " + nlohmann::json(Data().actors[a].id).dump() + "}");
    }
    if (verb == "search") {
        std::string query = Rest(text, "search");
        last_search = query;
        std::vector<int> hits = SearchActors(Data(), query, 1);
        if (hits.empty()) return Fail("no-match", "no actor matches '" + query + "'");
        Select(hits[0]);
        FlyTo(hits[0]);
        return Ok("selected " + Data().actors[hits[0]].id, "{\"id\": " + nlohmann::json(Data().actors[hits[0]].id).dump() + "}");
    }
    if (verb == "layout") {
        LayoutKind kind;
        if (w.size() < 2 || w.size() > 3 || !ParseLayoutKind(w[1], kind) || (w.size() == 3 && kind != LayoutKind::Ego))
            return Fail("usage", "usage: layout force|geographic|levels|ego [centre actor id]");
        if (w.size() == 3) {  // "layout ego <id>": centred on that actor without selecting it
            int centre = Data().FindActor(w[2]);
            if (centre < 0) return Fail("unknown-actor", "unknown actor id '" + w[2] + "'");
            int keep = m_selected;
            m_selected = centre;
            SetLayout(kind);
            m_selected = keep;
            FitView();
            return Ok("layout ego centred on " + w[2]);
        }
        if (kind == LayoutKind::Ego && m_selected < 0) return Fail("no-selection", "layout ego needs a selected actor: select one first");
        SetLayout(kind);
        if (kind == LayoutKind::Ego) FitFocus();  // the centre and its neighbours, not the far rings
        else FitView();
        return Ok(std::string("layout ") + ToString(kind));
    }
    if (verb == "focus") {
        if (w.size() != 2 || w[1].find_first_not_of("0123456789") != std::string::npos || w[1].size() > 2)
            return Fail("usage", "usage: focus <depth>, a number of link steps from 0 (no focus) to " + std::to_string(MaxFocusDepth));
        SetFocusDepth(std::atoi(w[1].c_str()));
        return Ok("focus depth " + std::to_string(m_focus_depth));
    }
    if (verb == "filter") {
        if (w.size() == 2 && w[1] == "clear") {
            FilterState cleared;
            cleared.showcase = m_filter.showcase;
            cleared.hide_isolated = m_filter.hide_isolated;
            SetFilter(cleared);
            return Ok("filters cleared");
        }
        if (w.size() < 3) return Fail("usage", "usage: filter <field> <value>[,<value>...] | filter <field> all | filter clear");
        FilterState next = m_filter;
        std::string error = SetFilterField(next, Data(), w[1], Rest(text, w[1]));
        if (!error.empty()) {
            CommandResult r = Fail("bad-filter", error);
            r.data = FilterAllowedJson(Data(), w[1]);  // what the field takes, as data: scripts need not read the message
            return r;
        }
        SetFilter(next);
        return Ok(std::to_string(VisibleActorCount()) + " actors and " + std::to_string(VisibleLinkCount()) + " links visible");
    }
    if (verb == "showcase" || verb == "hide-isolated") {
        if (w.size() != 2 || (w[1] != "on" && w[1] != "off")) return Fail("usage", "usage: " + verb + " on|off");
        FilterState next = m_filter;
        (verb == "showcase" ? next.showcase : next.hide_isolated) = w[1] == "on";
        SetFilter(next);
        return Ok(verb + " " + w[1]);
    }
    if (verb == "case" || verb == "recommendation") {
        if (w.size() != 2) return Fail("usage", "usage: " + verb + " <id> | " + verb + " none");
        bool is_case = verb == "case";
        int found = -1;
        if (w[1] != "none") {
            if (is_case) {
                for (int c = 0; c < (int)Data().cases.size(); ++c)
                    if (Data().cases[c].id == w[1]) found = c;
            } else {
                for (int r = 0; r < (int)Data().recommendations.size(); ++r)
                    if (Data().recommendations[r].id == w[1]) found = r;
            }
            if (found < 0) return Fail("unknown-" + verb, "unknown " + verb + " '" + w[1] + "'");
        }
        if (is_case) ChooseCase(found);
        else ChooseRecommendation(found);
        if (found >= 0) FitFocus();
        return Ok(found < 0 ? verb + " cleared" : verb + " " + w[1]);
    }
    if (verb == "size") {
        MetricKind kind;
        if (w.size() != 2 || !ParseMetricKind(w[1], kind))
            return Fail("usage", "usage: size degree|in_degree|out_degree|betweenness|closeness|territories_bridged|territory_horizontal|territory_vertical|territory_levels");
        SetSizeMetric(kind);
        return Ok("actors sized by " + w[1]);
    }
    if (verb == "tour") {
        if (w.size() != 2) return Fail("usage", "usage: tour <id> | tour none");
        if (w[1] == "none" || w[1] == "off") {
            StartTour(-1);
            return Ok("tour left");
        }
        for (int t = 0; t < (int)Data().tours.size(); ++t)
            if (Data().tours[t].id == w[1]) {
                StartTour(t);
                return Ok("tour " + w[1] + ", step 1 of " + std::to_string(Data().tours[t].steps.size()));
            }
        std::string known;
        for (const Tour& t : Data().tours) known += (known.empty() ? "" : ", ") + t.id;
        return Fail("unknown-tour", "unknown tour '" + w[1] + "'; available: " + (known.empty() ? "none in this data set" : known));
    }
    if (verb == "step" || verb == "next" || verb == "prev" || verb == "first" || verb == "last") {
        if (m_tour < 0) return Fail("no-tour", "no tour is running: start one with 'tour <id>'");
        int count = (int)Data().tours[m_tour].steps.size(), target = m_step;
        if (verb == "step") {
            if (w.size() != 2 || w[1].empty() || w[1].size() > 4 || w[1].find_first_not_of("0123456789") != std::string::npos)
                return Fail("usage", "usage: step <n>, from 1 to " + std::to_string(count));
            target = std::atoi(w[1].c_str()) - 1;
            if (target < 0 || target >= count) return Fail("unknown-step", "step " + w[1] + " does not exist; this tour has steps 1 to " + std::to_string(count));
        } else if (verb == "next") target = std::min(m_step + 1, count - 1);
        else if (verb == "prev") target = std::max(m_step - 1, 0);
        else if (verb == "first") target = 0;
        else target = count - 1;
        GoToStep(target);
        return Ok("step " + std::to_string(m_step + 1) + " of " + std::to_string(count));
    }
    if (verb == "autoplay") {
        double seconds = w.size() == 2 && w[1] != "off" ? std::atof(w[1].c_str()) : 0;
        if (w.size() != 2 || (w[1] != "off" && !(seconds >= 2 && seconds <= 600)))
            return Fail("usage", "usage: autoplay <seconds between steps, 2 to 600> | autoplay off");
        if (seconds > 0 && m_tour < 0) return Fail("no-tour", "no tour is running: start one with 'tour <id>'");
        autoplay_seconds = seconds;
        m_autoplay_timer = 0;
        return Ok(w[1] == "off" ? "autoplay off" : "autoplay every " + w[1] + " s");
    }
    if (verb == "scale") {
        int percent = w.size() == 2 ? std::atoi(w[1].c_str()) : 0;
        if (percent < MinScale || percent > MaxScale || w[1].find_first_not_of("0123456789%") != std::string::npos)
            return Fail("usage", "usage: scale <percent>, from 100 to 250");
        presentation.scale_percent = percent;
        return Ok("scale " + std::to_string(percent) + "%");
    }
    if (verb == "theme") {
        if (w.size() != 2 || (w[1] != "light" && w[1] != "dark" && w[1] != "high-contrast"))
            return Fail("usage", "usage: theme light|dark|high-contrast");
        presentation.theme = w[1];
        return Ok("theme " + w[1]);
    }
    if (verb == "original") {  // translated data text, or the original (English) it translates
        if (w.size() != 2 || (w[1] != "on" && w[1] != "off")) return Fail("usage", "usage: original on|off");
        show_original = w[1] == "on";
        return Ok(show_original ? "showing the original text" : "showing the translation where there is one");
    }
    if (verb == "help" && w.size() == 2) {
        if (w[1] != "on" && w[1] != "off") return Fail("usage", "usage: help on|off (or help alone for the command list)");
        presentation.help = w[1] == "on";
        return Ok("help " + w[1]);
    }
    if (verb == "present" || verb == "pointer" || verb == "welcome" || verb == "reduced-motion" || verb == "territory-cue" ||
        verb == "share") {
        if (w.size() != 2 || (w[1] != "on" && w[1] != "off")) return Fail("usage", "usage: " + verb + " on|off");
        bool on = w[1] == "on";
        if (verb == "present") {
            presentation.presenting = on;
            m_pending_fit = true;  // the panels come and go: frame the picture again
        }
        else if (verb == "pointer") presentation.pointer = on;
        else if (verb == "welcome") presentation.welcome = on;
        else if (verb == "territory-cue") presentation.territory_cue = on;
        else if (verb == "share") presentation.share = on;
        else reduced_motion = on;
        return Ok(verb + " " + w[1]);
    }
    if (verb == "panel") {
        const std::optional<Panel> panel = w.size() == 3 ? ParseEnum<Panel>(w[1]) : std::nullopt;
        if (!panel || (w[2] != "on" && w[2] != "off")) return Fail("usage", "usage: panel sidebar|details|table|caption on|off");
        ShowPanel(*panel, w[2] == "on");
        return Ok("panel " + w[1] + " " + w[2]);
    }
    if (verb == "touch") {
        if (w.size() != 2 || (w[1] != "on" && w[1] != "off")) return Fail("usage", "usage: touch on|off");
        SetTouch(w[1] == "on");
        return Ok(std::string("touch ") + w[1] + (Compact() ? " (compact layout)" : ""));
    }
    if (verb == "escape") {
        if (w.size() != 1) return Fail("usage", "usage: escape (as the Esc key: help, presentation, tour, then the focus)");
        const std::string what = Escape();
        return Ok("escape: " + what, "{\"closed\": \"" + what + "\"}");
    }
    if (verb == "clear") {
        ClearFocus();
        return Ok("cleared");
    }
    if (verb == "fit") {
        FitView();
        return Ok("view fitted");
    }
    if (verb == "reset-view") {
        ResetView();
        return Ok("view reset: layout computed afresh, everything framed");
    }
    if (verb == "camera") {
        // Jumps to an exact view (deep links, tours): centre x y in world units and zoom.
        double v[3];
        bool ok = w.size() == 4;
        for (int i = 0; ok && i < 3; ++i) {
            char* end = nullptr;
            v[i] = std::strtod(w[i + 1].c_str(), &end);
            ok = end && *end == 0 && std::isfinite(v[i]);
        }
        if (!ok || v[2] <= 0) return Fail("usage", "usage: camera <x> <y> <zoom> (finite numbers, zoom > 0)");
        m_camera_anim.active = false;
        m_fly_actor = -1;
        m_refit_all = false;
        m_camera.center = {v[0], v[1]};
        m_camera.zoom = std::clamp(v[2], Camera::MinZoom, Camera::MaxZoom);
        return Ok("camera set");
    }
    if (verb == "zoom") {
        double f = w.size() == 2 ? std::atof(w[1].c_str()) : 0;
        if (!(f > 0)) return Fail("usage", "usage: zoom <factor>, e.g. zoom 2 or zoom 0.5");
        m_camera.ZoomAbout(m_camera.origin + m_camera.viewport * 0.5, f);
        return Ok("zoom " + std::to_string(m_camera.zoom));
    }
    if (verb == "locate") {
        // Where an actor is drawn, in canvas pixels: lets scripts click it like a user would.
        int a = w.size() == 2 ? Data().FindActor(w[1]) : -1;
        if (a < 0) return Fail("usage", "usage: locate <actor id> (an existing id)");
        Vec2 s = m_camera.WorldToScreen(m_positions[a]);
        const std::string x = FormatNumber(s.x), y = FormatNumber(s.y);
        return Ok(x + " " + y, "{\"x\": " + x + ", \"y\": " + y + "}");
    }
    if (verb == "pick") {
        if (w.size() != 3) return Fail("usage", "usage: pick <x> <y> (canvas pixels)");
        int a = PickActor({std::atof(w[1].c_str()), std::atof(w[2].c_str())});
        const std::string id = a >= 0 ? Data().actors[a].id : "none";
        return Ok(id, a >= 0 ? "{\"id\": \"" + id + "\"}" : "{\"id\": null}");
    }
    if (verb == "pan") {
        // Non-finite or huge deltas would leave the camera at inf/NaN: nothing drawn, and a view link that
        // cannot be read back. Such a pan is refused and the view stays as it was.
        Camera moved = m_camera;
        if (w.size() == 3) moved.PanByScreen({std::atof(w[1].c_str()), std::atof(w[2].c_str())});
        if (w.size() != 3 || !std::isfinite(moved.center.x) || !std::isfinite(moved.center.y))
            return Fail("usage", "usage: pan <dx> <dy> (screen pixels, finite numbers)");
        m_camera = moved;
        return Ok("panned");
    }
    return Fail("unknown-command", "unknown command '" + verb + "'; try 'help'");
}

}  // namespace sse
