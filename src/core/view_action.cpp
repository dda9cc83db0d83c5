// view_action.cpp: see view_action.h. Parsing checks the words and numbers; the data (which ids exist) is the
// Explorer's business when it applies the action.
#include "core/view_action.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/filter.h"
#include "core/layouts.h"
#include "core/metrics.h"
#include "core/text_split.h"

namespace sse {

namespace {

// The verb's word in the command-verb table (one spelling for help, parser and printer). Two actions share a
// word: "filter clear" and "help" alone are the other forms of "filter" and "help on|off".
const char* const kVerbWords[ViewVerbCount] = {
    "select", "search", "layout", "focus", "filter", "filter", "showcase", "hide-isolated", "case", "recommendation",
    "size", "tour", "step", "next", "prev", "first", "last", "autoplay", "present", "pointer", "share", "help", "help",
    "welcome", "scale", "theme", "reduced-motion", "original", "territory-cue", "panel", "touch", "fit", "reset-view",
    "camera", "zoom", "pan", "locate", "pick", "clear", "escape", "goto", "select-add", "move", "centre",
};

bool IsSwitch(ViewVerb v) {
    switch (v) {
    case ViewVerb::Showcase: case ViewVerb::HideIsolated: case ViewVerb::Present: case ViewVerb::Pointer:
    case ViewVerb::Share: case ViewVerb::HelpOverlay: case ViewVerb::Welcome: case ViewVerb::ReducedMotion:
    case ViewVerb::Original: case ViewVerb::TerritoryCue: case ViewVerb::Touch:
        return true;
    default:
        return false;
    }
}

bool IsBare(ViewVerb v) {
    switch (v) {
    case ViewVerb::FilterClear: case ViewVerb::Next: case ViewVerb::Prev: case ViewVerb::First: case ViewVerb::Last:
    case ViewVerb::HelpList: case ViewVerb::Fit: case ViewVerb::ResetView: case ViewVerb::Clear: case ViewVerb::Escape:
        return true;
    default:
        return false;
    }
}

// World points given to move and centre stay within this (a layout never goes near it).
constexpr double kMaxWorld = 1000000;

// The text after the first word, from its first non-blank character ("search  la red" -> "la red").
std::string AfterVerb(const std::string& text) {
    size_t at = text.find_first_not_of(" \t\r\n");
    at = text.find_first_of(" \t\r\n", at == std::string::npos ? text.size() : at);
    if (at == std::string::npos) return "";
    at = text.find_first_not_of(" \t\r\n", at);
    return at == std::string::npos ? "" : text.substr(at);
}

// A finite number written entirely as one ("12", "-3.5", "1e3"); false for "12px", "nan", "".
bool ParseFinite(const std::string& word, double* out) {
    if (word.empty()) return false;
    char* end = nullptr;
    *out = std::strtod(word.c_str(), &end);
    return end && *end == 0 && std::isfinite(*out);
}

// A count of at most `digits` decimal digits.
bool ParseCount(const std::string& word, size_t digits, int* out) {
    if (word.empty() || word.size() > digits || word.find_first_not_of("0123456789") != std::string::npos) return false;
    *out = std::atoi(word.c_str());
    return true;
}

// The shortest text that reads back as exactly this number (for the printer's round trip).
std::string ExactNumber(double v) {
    char buf[40];
    for (int digits = 6; digits <= 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    return buf;
}

ViewParse Refuse(std::string code, std::string message) {
    ViewParse p;
    p.code = std::move(code);
    p.message = std::move(message);
    return p;
}

ViewParse Usage(ViewVerb verb, const std::string& detail = "") {
    const CommandVerb* row = FindCommandVerb(VerbName(verb));
    return Refuse("usage", "usage: " + (row ? CommandUsage(*row) : std::string(VerbName(verb))) + detail);
}

}  // namespace

const char* VerbName(ViewVerb verb) {
    const int i = static_cast<int>(verb);
    return i >= 0 && i < ViewVerbCount ? kVerbWords[i] : "?";
}

ViewAction Act(ViewVerb verb) {
    ViewAction a;
    a.verb = verb;
    return a;
}

ViewAction Act(ViewVerb verb, bool on) {
    ViewAction a = Act(verb);
    a.on = on;
    return a;
}

ViewAction ActPanel(Panel panel, bool on) {
    ViewAction a = Act(ViewVerb::Panel, on);
    a.number = static_cast<int>(panel);
    return a;
}

ViewAction Act(ViewVerb verb, const std::string& text) {
    ViewAction a = Act(verb);
    a.text = text;
    return a;
}

ViewAction ActNumber(ViewVerb verb, int number) {
    ViewAction a = Act(verb);
    a.number = number;
    return a;
}

ViewAction ActPoint(ViewVerb verb, double x, double y, const std::string& id) {
    ViewAction a = Act(verb, id);
    a.x = x;
    a.y = y;
    return a;
}

ViewAction ActZoomAbout(double factor, double x, double y) {
    ViewAction a = Act(ViewVerb::Zoom, true);
    a.x = factor;
    a.y = x;
    a.z = y;
    return a;
}

ViewParse ParseViewCommand(const std::string& text) {
    const std::vector<std::string> w = SplitWords(text);
    if (w.empty()) return Refuse("usage", "empty command; try 'help'");
    const std::string& word = w[0];
    int found = -1;
    for (int i = 0; i < ViewVerbCount && found < 0; ++i)
        if (word == kVerbWords[i]) found = i;
    if (found < 0) return Refuse("unknown-command", "unknown command '" + word + "'; try 'help'");
    ViewVerb verb = static_cast<ViewVerb>(found);
    // The two words with two forms.
    if (verb == ViewVerb::Filter && w.size() == 2 && w[1] == "clear") verb = ViewVerb::FilterClear;
    if (verb == ViewVerb::HelpList && w.size() != 1) verb = ViewVerb::HelpOverlay;
    ViewParse p;
    ViewAction& a = p.action;
    a.verb = verb;
    const size_t n = w.size();
    if (IsBare(verb)) {
        if (n != 1 && verb != ViewVerb::FilterClear) {
            if (verb == ViewVerb::Escape) return Refuse("usage", "usage: escape (as the Esc key: help, presentation, tour, then the focus)");
            return Refuse("usage", std::string("usage: ") + VerbName(verb) + " (no arguments)");
        }
    } else if (IsSwitch(verb)) {
        if (n != 2 || (w[1] != "on" && w[1] != "off")) {
            if (verb == ViewVerb::HelpOverlay) return Refuse("usage", "usage: help on|off (or help alone for the command list)");
            return Refuse("usage", std::string("usage: ") + VerbName(verb) + " on|off");
        }
        a.on = w[1] == "on";
    } else {
        switch (verb) {
        case ViewVerb::Select: case ViewVerb::Case: case ViewVerb::Recommendation: case ViewVerb::Tour:
            if (n != 2) return Refuse("usage", std::string("usage: ") + VerbName(verb) + " <id> | " + VerbName(verb) + " none");
            a.text = w[1] == "none" || (verb == ViewVerb::Tour && w[1] == "off") ? "" : w[1];
            break;
        case ViewVerb::Search:
            a.text = AfterVerb(text);
            break;
        case ViewVerb::GoTo: case ViewVerb::SelectAdd:
            if (n != 2) return Usage(verb);
            a.text = w[1];
            break;
        case ViewVerb::Move:
            if (n != 4 || !ParseFinite(w[2], &a.x) || !ParseFinite(w[3], &a.y) || std::fabs(a.x) > kMaxWorld || std::fabs(a.y) > kMaxWorld)
                return Refuse("usage", "usage: move <actor id> <x> <y> (world units, -1000000 to 1000000)");
            a.text = w[1];
            break;
        case ViewVerb::Centre:
            if (n != 3 || !ParseFinite(w[1], &a.x) || !ParseFinite(w[2], &a.y) || std::fabs(a.x) > kMaxWorld || std::fabs(a.y) > kMaxWorld)
                return Refuse("usage", "usage: centre <x> <y> (a world point, -1000000 to 1000000)");
            break;
        case ViewVerb::Locate:
            if (n != 2) return Refuse("usage", "usage: locate <actor id> (an existing id)");
            a.text = w[1];
            break;
        case ViewVerb::Layout: {
            LayoutKind kind;
            if (n < 2 || n > 3 || !ParseLayoutKind(w[1], kind) || (n == 3 && kind != LayoutKind::Ego)) return Usage(verb);
            a.number = static_cast<int>(kind);
            if (n == 3) a.text = w[2];
            break;
        }
        case ViewVerb::Focus:
            if (n != 2 || !ParseCount(w[1], 2, &a.number))
                return Refuse("usage", "usage: focus <depth>, a number of link steps from 0 (no focus) to 6");
            break;
        case ViewVerb::Filter: {
            if (n < 3) return Refuse("usage", "usage: filter <field> <value>[,<value>...] | filter <field> all | filter clear");
            const std::optional<FilterField> field = ParseEnum<FilterField>(w[1]);
            if (!field) return Refuse("bad-filter", "unknown filter field '" + w[1] + "'; allowed: " + TableOf<FilterField>().Allowed());
            a.number = static_cast<int>(*field);
            a.text = AfterVerb(AfterVerb(text));
            break;
        }
        case ViewVerb::Size: {
            MetricKind kind;
            if (n != 2 || !ParseMetricKind(w[1], kind)) return Usage(verb);
            a.number = static_cast<int>(kind);
            break;
        }
        case ViewVerb::Theme: {
            const std::optional<Theme> theme = n == 2 ? ParseEnum<Theme>(w[1]) : std::nullopt;
            if (!theme) return Usage(verb);
            a.number = static_cast<int>(*theme);
            break;
        }
        case ViewVerb::Panel: {
            const std::optional<Panel> panel = n == 3 ? ParseEnum<Panel>(w[1]) : std::nullopt;
            if (!panel || (w[2] != "on" && w[2] != "off")) return Usage(verb);
            a.number = static_cast<int>(*panel);
            a.on = w[2] == "on";
            break;
        }
        case ViewVerb::Step:
            if (n != 2 || !ParseCount(w[1], 4, &a.number)) return Refuse("usage", "usage: step <n>, a tour step's number from 1");
            break;
        case ViewVerb::Autoplay:
            if (n != 2 || (w[1] != "off" && (!ParseFinite(w[1], &a.x) || a.x < 2 || a.x > 600)))
                return Refuse("usage", "usage: autoplay <seconds between steps, 2 to 600> | autoplay off");
            if (w[1] == "off") a.x = 0;
            break;
        case ViewVerb::Scale: {
            std::string percent = n == 2 ? w[1] : "";
            if (!percent.empty() && percent.back() == '%') percent.pop_back();
            if (!ParseCount(percent, 3, &a.number) || a.number < 100 || a.number > 250)
                return Refuse("usage", "usage: scale <percent>, from 100 to 250");
            break;
        }
        case ViewVerb::Camera:
            if (n != 4 || !ParseFinite(w[1], &a.x) || !ParseFinite(w[2], &a.y) || !ParseFinite(w[3], &a.z) || a.z <= 0)
                return Refuse("usage", "usage: camera <x> <y> <zoom> (finite numbers, zoom > 0)");
            break;
        case ViewVerb::Zoom:
            if ((n != 2 && n != 4) || !ParseFinite(w[1], &a.x) || a.x <= 0 ||
                (n == 4 && (!ParseFinite(w[2], &a.y) || !ParseFinite(w[3], &a.z))))
                return Refuse("usage", "usage: zoom <factor> [<x> <y>], e.g. zoom 2 or zoom 0.5 120 80 (about that canvas pixel)");
            a.on = n == 4;
            break;
        case ViewVerb::Pan:
            if (n != 3 || !ParseFinite(w[1], &a.x) || !ParseFinite(w[2], &a.y))
                return Refuse("usage", "usage: pan <dx> <dy> (screen pixels, finite numbers)");
            break;
        case ViewVerb::Pick:
            if (n != 3 || !ParseFinite(w[1], &a.x) || !ParseFinite(w[2], &a.y)) return Refuse("usage", "usage: pick <x> <y> (canvas pixels)");
            break;
        default:
            return Usage(verb);
        }
    }
    p.ok = true;
    return p;
}

std::string ToCommand(const ViewAction& a) {
    std::string out = VerbName(a.verb);
    const auto none = [](const std::string& id) { return id.empty() ? std::string("none") : id; };
    if (IsSwitch(a.verb)) return out + (a.on ? " on" : " off");
    switch (a.verb) {
    case ViewVerb::FilterClear: return out + " clear";
    case ViewVerb::Select: case ViewVerb::Case: case ViewVerb::Recommendation: case ViewVerb::Tour:
        return out + " " + none(a.text);
    case ViewVerb::Search: case ViewVerb::Locate: case ViewVerb::GoTo: case ViewVerb::SelectAdd:
        return a.text.empty() ? out : out + " " + a.text;
    case ViewVerb::Move: return out + " " + a.text + " " + ExactNumber(a.x) + " " + ExactNumber(a.y);
    case ViewVerb::Centre: return out + " " + ExactNumber(a.x) + " " + ExactNumber(a.y);
    case ViewVerb::Layout:
        return out + " " + ToString(static_cast<LayoutKind>(a.number)) + (a.text.empty() ? "" : " " + a.text);
    case ViewVerb::Focus: case ViewVerb::Step: case ViewVerb::Scale: return out + " " + std::to_string(a.number);
    case ViewVerb::Filter: return out + " " + WireName(static_cast<FilterField>(a.number)) + " " + a.text;
    case ViewVerb::Size: return out + " " + ToString(static_cast<MetricKind>(a.number));
    case ViewVerb::Theme: return out + " " + WireName(static_cast<Theme>(a.number));
    case ViewVerb::Panel: return out + " " + WireName(static_cast<Panel>(a.number)) + (a.on ? " on" : " off");
    case ViewVerb::Autoplay: return out + " " + (a.x > 0 ? ExactNumber(a.x) : std::string("off"));
    case ViewVerb::Camera: return out + " " + ExactNumber(a.x) + " " + ExactNumber(a.y) + " " + ExactNumber(a.z);
    case ViewVerb::Zoom: return out + " " + ExactNumber(a.x) + (a.on ? " " + ExactNumber(a.y) + " " + ExactNumber(a.z) : "");
    case ViewVerb::Pan: case ViewVerb::Pick: return out + " " + ExactNumber(a.x) + " " + ExactNumber(a.y);
    default: return out;
    }
}

std::vector<ViewAction> FilterActions(const Dataset& data, const FilterState& from, const FilterState& to) {
    std::vector<ViewAction> out;
    if (from.showcase != to.showcase) out.push_back(Act(ViewVerb::Showcase, to.showcase));
    if (from.hide_isolated != to.hide_isolated) out.push_back(Act(ViewVerb::HideIsolated, to.hide_isolated));
    if (to.Empty() && !from.Empty()) {
        out.push_back(Act(ViewVerb::FilterClear));
        return out;
    }
    for (int i = 0; i < FilterFieldCount; ++i) {
        const FilterField field = static_cast<FilterField>(i);
        const std::string before = FilterFieldText(from, data, field), after = FilterFieldText(to, data, field);
        if (before == after) continue;
        ViewAction a = ActNumber(ViewVerb::Filter, i);
        a.text = after.empty() ? "all" : after;
        out.push_back(a);
    }
    return out;
}

}  // namespace sse
