// accessible_view.cpp: see accessible_view.h.
#include "core/accessible_view.h"

#include <nlohmann/json.hpp>

#include "core/explorer.h"
#include "core/vocabulary.h"
#include "core/i18n.h"

namespace sse {

namespace {

std::string Lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    return s;
}

// "Public agency, regional level, Catalonia".
std::string About(const Dataset& d, const Actor& a) {
    std::string s = i18n::TrF("a11y.about", "{kind}, {level} level", {{"kind", DisplayName(a.kind)}, {"level", Lower(DisplayName(a.level))}});
    if (a.territory >= 0) s += ", " + d.territories[a.territory].name;
    return s;
}

// "Horizontal partnership, both ways" / "Vertical funding, to ACCIÓ" from the selected actor's side.
std::string LinkAbout(const Link& l, bool outgoing) {
    const char* way = l.direction == Direction::Both ? i18n::Tr("a11y.both_ways", "both ways")
                      : outgoing                     ? i18n::Tr("a11y.outgoing", "outgoing")
                                                     : i18n::Tr("a11y.incoming", "incoming");
    std::string s = i18n::TrF("a11y.link_about", "{kind} link, {relation}, {way}",
                              {{"kind", DisplayName(l.kind)}, {"relation", Lower(DisplayName(l.relation))}, {"way", way}});
    return s;
}

}  // namespace

std::string AccessibleViewKey(const Explorer& ex) {
    return ex.Data().id + "|" + std::to_string(ex.Doc().Revision()) + "|" + std::to_string(ex.Data().actors.size()) + "|" +
           std::to_string(ex.Selected()) + "|" + std::to_string(ex.TourIndex()) + "|" + std::to_string(ex.TourStepIndex());
}

std::string AccessibleViewJson(const Explorer& ex, bool with_actors) {
    using nlohmann::json;
    const Dataset& d = ex.Data();
    json out;
    if (with_actors) {
        json actors = json::array();
        for (const Actor& a : d.actors) actors.push_back({{"id", a.id}, {"name", a.name}, {"about", About(d, a)}});
        out["actors"] = std::move(actors);
    }
    const int sel = ex.Selected();
    if (sel >= 0 && sel < (int)d.actors.size()) {
        const Actor& a = d.actors[sel];
        json links = json::array();
        for (const Link& l : d.links) {
            if (l.from != sel && l.to != sel) continue;
            const int other = l.from == sel ? l.to : l.from;
            if (other < 0) continue;
            links.push_back({{"id", d.actors[other].id}, {"name", d.actors[other].name}, {"about", LinkAbout(l, l.from == sel)}});
        }
        json sources = json::array();
        for (const Source& s : a.sources) sources.push_back({{"title", s.title}, {"url", s.url}});
        out["selected"] = {{"id", a.id}, {"name", a.name}, {"about", About(d, a)}, {"description", a.description},
                           {"links", std::move(links)}, {"sources", std::move(sources)}};
    } else {
        out["selected"] = nullptr;
    }
    if (const TourStep* step = ex.CurrentStep()) {
        const Tour& t = d.tours[ex.TourIndex()];
        out["tour"] = {{"title", t.title}, {"step", ex.TourStepIndex() + 1}, {"steps", t.steps.size()},
                       {"stepTitle", step->title}, {"caption", step->text}};
    } else {
        out["tour"] = nullptr;
    }
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace sse
