// explorer_edit.cpp: document actions on the Explorer (edit, undo, redo) and how the view follows them. The view
// keeps, by id, everything that is still there: positions (dragged ones too), selection, filters, the chosen case,
// the tour and its step. Only what the edit touched moves: a new actor is placed near its neighbours (or where
// a static layout puts it), an actor whose level or territory changed glides to its new place.
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "core/i18n.h"
#include "core/message_text.h"
#include "core/explorer.h"

namespace sse {

struct Explorer::ViewIds {
    std::vector<std::string> actors;  // old actor index -> id
    std::vector<std::string> placement;  // old actor index -> what a static layout places it by (level, territory)
    std::vector<Vec2> positions, target;
    std::string selected, hovered, ego_centre, chosen_case, chosen_recommendation, tour;
    std::vector<std::string> filter_territories, filter_cases, filter_recommendations;
};

namespace {

// The notice for a warning an applied edit earned, in the reader's language (the edit's label stays as recorded).
std::string EditWarning(const EditOutcome& outcome, const Diagnostic& w) {
    return i18n::TrF("notice.edit_warning", "Warning ({edit}): {message}", {{"edit", outcome.message}, {"message", MessageText(w.code, w.message)}});
}

template <typename T>
int IndexOfId(const std::vector<T>& items, const std::string& id) {
    if (id.empty()) return -1;
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return static_cast<int>(i);
    return -1;
}

template <typename T>
std::string IdAt(const std::vector<T>& items, int index) {
    return index >= 0 && index < static_cast<int>(items.size()) ? items[index].id : std::string();
}

template <typename T>
std::vector<std::string> IdsOf(const std::vector<T>& items, const std::vector<int>& indices) {
    std::vector<std::string> ids;
    for (int i : indices) ids.push_back(IdAt(items, i));
    return ids;
}

// The indices of the ids still present (deleted ones drop out).
template <typename T>
std::vector<int> IndicesOf(const std::vector<T>& items, const std::vector<std::string>& ids) {
    std::vector<int> out;
    for (const std::string& id : ids)
        if (int i = IndexOfId(items, id); i >= 0) out.push_back(i);
    return out;
}

constexpr uint64_t FollowSeed = 20210504;  // the force layout's seed (explorer.cpp): the same edit, the same picture

}  // namespace

Explorer::ViewIds Explorer::CaptureViewIds() const {
    const Dataset& d = Data();
    ViewIds v;
    for (const Actor& a : d.actors) {
        v.actors.push_back(a.id);
        v.placement.push_back(std::to_string(static_cast<int>(a.level)) + "|" + a.territory_id);
    }
    v.positions = m_positions;
    v.target = m_target;
    v.selected = IdAt(d.actors, m_selected);
    v.hovered = IdAt(d.actors, m_hovered);
    v.ego_centre = IdAt(d.actors, m_ego_centre);
    v.chosen_case = IdAt(d.cases, m_chosen_case);
    v.chosen_recommendation = IdAt(d.recommendations, m_chosen_recommendation);
    v.tour = IdAt(d.tours, m_tour);
    v.filter_territories = IdsOf(d.territories, m_filter.territories);
    v.filter_cases = IdsOf(d.cases, m_filter.cases);
    v.filter_recommendations = IdsOf(d.recommendations, m_filter.recommendations);
    return v;
}

EditOutcome Explorer::ApplyEdit(const DocumentEdit& edit) {
    ViewIds before = CaptureViewIds();
    EditOutcome outcome = m_doc.Apply(edit);
    if (outcome.ok && !outcome.changes.empty()) FollowEdit(before, outcome);
    // An edit that earned a warning is applied; the warning is shown on screen, not only returned.
    for (const Diagnostic& w : outcome.warnings) notices.push_back(EditWarning(outcome, w));
    return outcome;
}

EditOutcome Explorer::ReplaceContent(const nlohmann::json& content, const std::string& label) {
    return ReplaceContent(nlohmann::json(content), label);
}

EditOutcome Explorer::ReplaceContent(nlohmann::json&& content, const std::string& label) {
    ViewIds before = CaptureViewIds();
    EditOutcome outcome = m_doc.ReplaceContent(std::move(content), label);
    if (!outcome.ok || outcome.changes.empty()) return outcome;
    FollowEdit(before, outcome);
    const bool none_stayed = std::none_of(before.actors.begin(), before.actors.end(), [&](const std::string& id) {
        return IndexOfId(Data().actors, id) >= 0;
    });
    if (none_stayed) ResetView();  // a different map: frame it
    for (const Diagnostic& w : outcome.warnings) notices.push_back(EditWarning(outcome, w));
    return outcome;
}

EditOutcome Explorer::Undo() {
    ViewIds before = CaptureViewIds();
    EditOutcome outcome = m_doc.Undo();
    if (outcome.ok) FollowEdit(before, outcome);
    return outcome;
}

EditOutcome Explorer::Redo() {
    ViewIds before = CaptureViewIds();
    EditOutcome outcome = m_doc.Redo();
    if (outcome.ok) FollowEdit(before, outcome);
    return outcome;
}

void Explorer::FollowEdit(const ViewIds& before, const EditOutcome& outcome) {
    const Dataset& d = Data();
    RecomputeDerived();
    m_redraw = true;
    m_fly_actor = -1;

    // View state kept by id.
    m_filter.territories = IndicesOf(d.territories, before.filter_territories);
    m_filter.cases = IndicesOf(d.cases, before.filter_cases);
    m_filter.recommendations = IndicesOf(d.recommendations, before.filter_recommendations);
    m_selected = IndexOfId(d.actors, before.selected);
    m_hovered = IndexOfId(d.actors, before.hovered);
    m_ego_centre = IndexOfId(d.actors, before.ego_centre);
    m_chosen_case = IndexOfId(d.cases, before.chosen_case);
    m_chosen_recommendation = IndexOfId(d.recommendations, before.chosen_recommendation);
    m_tour = IndexOfId(d.tours, before.tour);
    if (m_tour >= 0) {
        m_step = std::clamp(m_step, 0, std::max(0, static_cast<int>(d.tours[m_tour].steps.size()) - 1));
    } else {
        m_step = 0;
        autoplay_seconds = 0;
    }

    // Positions: kept by id, except for new actors and (in a static layout) actors whose placement may have changed.
    std::unordered_map<std::string, int> old_index;
    for (size_t i = 0; i < before.actors.size(); ++i) old_index.emplace(before.actors[i], static_cast<int>(i));
    // Only a change of level or territory moves an actor in a static layout: a new name or description leaves it
    // where it is (where the user put it, too).
    std::unordered_set<std::string> changed;
    for (const ElementChange& c : outcome.changes) {
        if (c.element != ElementKind::Actor || c.what != ElementChange::What::Changed) continue;
        const int now = IndexOfId(d.actors, c.id);
        auto old = old_index.find(c.id);
        if (now < 0 || old == old_index.end() || old->second >= static_cast<int>(before.placement.size()) ||
            before.placement[old->second] != std::to_string(static_cast<int>(d.actors[now].level)) + "|" + d.actors[now].territory_id)
            changed.insert(c.id);
    }
    const bool force = m_layout == LayoutKind::Force;
    std::vector<Vec2> fresh;
    if (m_layout == LayoutKind::Levels) fresh = LevelsLayout(d, m_band_spacing);
    else if (m_layout == LayoutKind::Geographic) fresh = GeographicLayout(d);
    else if (m_layout == LayoutKind::Ego) fresh = EgoLayout(d, m_ego_centre);
    const size_t n = d.actors.size();
    std::vector<Vec2> positions(n), target(n);
    std::vector<uint8_t> placed(n, 0);
    for (size_t i = 0; i < n; ++i) {
        auto it = old_index.find(d.actors[i].id);
        const bool known = it != old_index.end() && it->second < static_cast<int>(before.target.size());
        if (known) {
            positions[i] = before.positions.size() == before.target.size() ? before.positions[it->second] : before.target[it->second];
            target[i] = before.target[it->second];
            placed[i] = 1;
        }
        if (!force && (!known || changed.count(d.actors[i].id))) {
            target[i] = fresh[i];
            if (!known) positions[i] = fresh[i];
            placed[i] = 1;
        }
    }
    // Force layout: a new actor starts at the middle of its placed neighbours (the view's centre when it has none),
    // nudged along a golden-angle spiral so that several new actors do not start on one point.
    for (size_t i = 0; i < n; ++i) {
        if (placed[i]) continue;
        Vec2 sum{0, 0};
        int count = 0;
        for (const Link& l : d.links) {
            const int other = l.from == static_cast<int>(i) ? l.to : l.to == static_cast<int>(i) ? l.from : -1;
            if (other >= 0 && placed[other]) {
                sum = sum + target[other];
                ++count;
            }
        }
        const Vec2 centre = count ? sum * (1.0 / count) : m_camera.center;
        const double angle = 2.39996323 * static_cast<double>(i), radius = 30.0;
        target[i] = positions[i] = centre + Vec2{radius * std::cos(angle), radius * std::sin(angle)};
    }
    m_target = std::move(target);
    m_positions = std::move(positions);
    if (force) {
        std::vector<std::pair<int, int>> edges;
        std::vector<double> weights;
        for (const Link& l : d.links) {
            edges.push_back({l.from, l.to});
            weights.push_back(l.weight);
        }
        m_force.Reset(static_cast<int>(n), edges, weights, m_target, FollowSeed);  // from the current picture
        m_fit_when_settled = false;
    }
    const bool moves = !std::equal(m_positions.begin(), m_positions.end(), m_target.begin(),
                                   [](Vec2 a, Vec2 b) { return a.x == b.x && a.y == b.y; });
    if (moves && !reduced_motion) {
        m_tween_from = m_positions;
        m_tween_elapsed = 0;
        m_tween_active = true;
    } else {
        m_tween_active = false;
        m_positions = m_target;
    }
    RecomputeVisibility();  // metrics, sizes, focus over the new data
    CheckAfterEdit(outcome.message);
}

}  // namespace sse
