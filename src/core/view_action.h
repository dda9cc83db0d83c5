// view_action.h: the typed actions on the view (selection, layout, filters, tour position, camera, presentation),
// their command text in both directions, without the data set or any UI. Explorer::Apply (explorer_view_actions.cpp)
// is the one place they take effect; the command language, the URL hash, the keys and the buttons all build one.
// Document changes are the other kind of action (DocumentEdit, document_edit.h): undoable, unlike these.
#pragma once

#include <string>
#include <vector>

#include "core/vocabulary.h"

namespace sse {

struct FilterState;

// One verb per action. Each is spelt once, in the command-verb table (vocabulary.cpp); VerbName reads it there.
enum class ViewVerb {
    Select, Search, Layout, Focus, Filter, FilterClear, Showcase, HideIsolated, Case, Recommendation, Size, Tour,
    Step, Next, Prev, First, Last, Autoplay, Present, Pointer, Share, HelpList, HelpOverlay, Welcome, Scale, Theme,
    ReducedMotion, Original, TerritoryCue, Panel, Touch, Fit, ResetView, Camera, Zoom, Pan, Locate, Pick, Clear,
    Escape, GoTo, SelectAdd, Move, Centre,
};
constexpr int ViewVerbCount = static_cast<int>(ViewVerb::Centre) + 1;

struct ViewAction {
    ViewVerb verb = ViewVerb::Fit;
    // Select, GoTo, SelectAdd, Case, Recommendation, Tour: the id ("" for none); Layout: the ego centre ("" for the
    // selection); Search: the text; Locate, Move: the actor's id; Filter: the values as typed ("a,b", "all", "2016-2026").
    std::string text;
    bool on = false;          // the on|off verbs (Showcase, Present, Panel, ...)
    int number = 0;           // Focus: depth; Step: 1-based step; Scale: percent; Layout, Size, Theme, Panel, Filter:
                              // the value of the vocabulary enum (LayoutKind, MetricKind, Theme, Panel, FilterField)
    double x = 0, y = 0, z = 0;  // Camera: centre and zoom; Pan: dx dy; Pick: x y; Move, Centre: the world point
                                 // x y; Zoom: factor in x, and with `on` the screen point y z it zooms about;
                                 // Autoplay: seconds in x (0 = off)

    bool operator==(const ViewAction& o) const {
        return verb == o.verb && text == o.text && on == o.on && number == o.number && x == o.x && y == o.y && z == o.z;
    }
    bool operator!=(const ViewAction& o) const { return !(*this == o); }
};

// Shorthands for the UI and the URL hash, so they build actions rather than command text.
// A verb without arguments (Next, Fit, Escape, ...).
ViewAction Act(ViewVerb verb);
// An on|off verb, or Panel with its panel.
ViewAction Act(ViewVerb verb, bool on);
ViewAction ActPanel(Panel panel, bool on);
// A verb that names one element or a text (Select, GoTo, Case, Recommendation, Tour, Search, Locate); "" for none.
ViewAction Act(ViewVerb verb, const std::string& text);
ViewAction ActNumber(ViewVerb verb, int number);  // Focus, Step, Scale, Layout, Size, Theme
// Pan by screen pixels; Centre on a world point; Move an actor (its id) to a world point.
ViewAction ActPoint(ViewVerb verb, double x, double y, const std::string& id = "");
// Zoom by `factor` about the screen point (x, y) (a wheel turn, a pinch).
ViewAction ActZoomAbout(double factor, double x, double y);

// The command word of a verb ("select", "hide-isolated", ...), from the command-verb table.
const char* VerbName(ViewVerb verb);

// A parsed view command, or why it is not one. `code`: "usage" for wrong arguments, "unknown-command" for a verb
// that is not a view action (the caller tries its other interpreters first).
struct ViewParse {
    bool ok = false;
    std::string code, message;
    ViewAction action;
};
// Parses a view command by its syntax alone (ids are checked when the action is applied, against the data).
ViewParse ParseViewCommand(const std::string& text);
// The command text that performs the action: ParseViewCommand(ToCommand(a)).action == a.
std::string ToCommand(const ViewAction& action);

// The actions that take the filters from `from` to `to` (the sidebar's checkboxes edit a copy of the filter state):
// one per field that differs, in the vocabulary's order, or a single `filter clear` when `to` restricts nothing.
std::vector<ViewAction> FilterActions(const Dataset& data, const FilterState& from, const FilterState& to);

}  // namespace sse
