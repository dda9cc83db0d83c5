// explorer.cpp: see explorer.h.
#include "core/explorer.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/search.h"

namespace sse {

namespace {
constexpr double FlyDuration = 0.6;  // seconds for camera moves
constexpr double FitMargin = 40.0;   // pixels around the network when fitting
constexpr double LayoutBudgetMs = 8.0;  // force-layout time per frame, so interaction stays smooth
constexpr double FirstLayoutBudgetMs = 150.0;  // computed at once when the force layout starts
constexpr double TransitionSeconds = 0.7;      // animated move from one layout to another
constexpr double RevealSeconds = 0.9;          // between two links of a tour step that reveals them
constexpr uint64_t LayoutSeed = 20210504;  // fixed: the same data always gives the same picture

std::vector<std::string> SplitWords(const std::string& text) {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

std::string Rest(const std::string& text, const std::string& first_word) {
    size_t at = text.find(first_word);
    if (at == std::string::npos) return "";
    std::string rest = text.substr(at + first_word.size());
    size_t b = rest.find_first_not_of(" \t");
    return b == std::string::npos ? "" : rest.substr(b);
}

CommandResult Fail(std::string message) { return {false, std::move(message)}; }
}  // namespace

bool Explorer::Load(std::string_view text, const std::string& file_name) {
    LoadResult result = LoadDataset(text, file_name);
    m_diagnostics = result.diagnostics;
    if (!result.ok) return false;  // atomic: the current data set stays
    m_data = std::move(result.dataset);
    m_file = file_name;
    m_selected = m_hovered = -1;
    Rebuild();
    return true;
}

bool Explorer::LoadFile(const std::string& path) {
    LoadResult result = LoadDatasetFile(path);
    m_diagnostics = result.diagnostics;
    if (!result.ok) return false;
    m_data = std::move(result.dataset);
    m_file = path;
    m_selected = m_hovered = -1;
    Rebuild();
    return true;
}

void Explorer::Rebuild() {
    ++m_data_generation;
    m_degree.assign(m_data.actors.size(), 0);
    for (const Link& l : m_data.links) {
        if (l.from >= 0) ++m_degree[l.from];
        if (l.to >= 0) ++m_degree[l.to];
    }
    // Bends for parallel links: the k-th link of an unordered pair gets 0, +1, -1, +2, -2, ...
    m_link_bend.assign(m_data.links.size(), 0);
    std::map<std::pair<int, int>, int> seen;
    for (size_t l = 0; l < m_data.links.size(); ++l) {
        const Link& link = m_data.links[l];
        int k = seen[{std::min(link.from, link.to), std::max(link.from, link.to)}]++;
        int bend = (k + 1) / 2 * (k % 2 ? 1 : -1);
        m_link_bend[l] = link.from < link.to ? bend : -bend;  // same side whichever way the link is written
    }
    m_cues = ComputeTerritoryCues(m_data);
    m_filter = FilterState{};
    m_chosen_case = m_chosen_recommendation = -1;
    RecomputeVisibility();
    m_positions.clear();  // a new data set: no transition from the old picture
    m_ego_centre = -1;
    m_tour = -1;
    m_step = 0;
    m_fly_actor = -1;
    SetLayout(m_layout == LayoutKind::Ego ? LayoutKind::Levels : m_layout);
    m_camera_anim.active = false;
    FitView(false);
}

const ActorMetrics& Explorer::Metrics() const {
    if (!m_path_metrics_valid) {
        m_metrics = ComputeActorMetrics(m_data, m_link_mask, true);
        m_path_metrics_valid = true;
    }
    return m_metrics;
}

void Explorer::SetSizeMetric(MetricKind kind) {
    m_size_metric = kind;
    bool needs_paths = kind == MetricKind::Betweenness || kind == MetricKind::Closeness;
    m_size = NormalisedMetric(needs_paths ? Metrics() : m_metrics, kind, &m_data, &m_indicators);
    // Area grows with the metric, so a hub looks big without hiding its neighbours.
    m_radius.resize(m_size.size());
    for (size_t a = 0; a < m_size.size(); ++a) m_radius[a] = MinActorRadius + 14.0 * std::sqrt(m_size[a]);
}

void Explorer::SetLayout(LayoutKind kind) {
    m_layout = kind;
    std::vector<Vec2> before = m_positions;
    switch (kind) {
        case LayoutKind::Geographic: m_target = GeographicLayout(m_data); break;
        case LayoutKind::Ego:
            if (m_selected >= 0) m_ego_centre = m_selected;
            m_target = EgoLayout(m_data, m_ego_centre);
            break;
        case LayoutKind::Levels: m_target = LevelsLayout(m_data); break;
        case LayoutKind::Force: {
            std::vector<std::pair<int, int>> edges;
            std::vector<double> weights;
            for (const Link& l : m_data.links) {
                edges.push_back({l.from, l.to});
                weights.push_back(l.weight);
            }
            m_force.Reset((int)m_data.actors.size(), edges, weights, {}, LayoutSeed);
            // Most of the work happens now, within a budget, so the fit and the transition aim at (nearly) the
            // final picture; a large graph finishes over the next frames.
            RunForce(FirstLayoutBudgetMs);
            m_fit_when_settled = !m_force.Converged();
            break;
        }
    }
    // Animate from the old picture to the new one (not on a new data set, where there is no old picture).
    if (before.size() == m_target.size() && !reduced_motion) {
        m_tween_from = before;
        m_tween_elapsed = 0;
        m_tween_active = true;
    } else {
        m_tween_active = false;
        m_positions = m_target;
    }
}

void Explorer::ResetView() {
    SetLayout(m_layout);  // a fresh layout forgets pinned actors; the actors glide back
    FitView();
}

void Explorer::RunForce(double budget_ms) {
    auto start = std::chrono::steady_clock::now();
    int steps = 0;
    do {
        m_force.Step();
        ++steps;
    } while (!m_force.Converged() && (force_steps_per_run <= 0 || steps < force_steps_per_run) &&
             std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() < budget_ms);
    m_target = m_force.Positions();
}

void Explorer::FitView(bool animate) {
    Box box;
    for (size_t a = 0; a < m_target.size(); ++a) {
        if (!ActorVisible((int)a)) continue;
        double r = ActorRadius((int)a);
        box.Add(m_target[a] - Vec2{r, r});
        box.Add(m_target[a] + Vec2{r, r});
    }
    Camera target = m_camera;
    target.Fit(box, FitMargin);
    MoveCamera(target, animate);
    // Before the first frame the panels' sizes are unknown: fit again once the UI has reported them.
    if (!m_insets_known) m_refit_all = true;
}

void Explorer::FitFocus() {
    Box box;
    for (size_t a = 0; a < m_target.size(); ++a) {
        if (!ActorVisible((int)a) || (m_any_focus && !m_actor_focus[a])) continue;
        double r = ActorRadius((int)a);
        box.Add(m_target[a] - Vec2{r, r});
        box.Add(m_target[a] + Vec2{r, r});
    }
    if (box.Empty()) return;
    Camera target = m_camera;
    target.Fit(box, FitMargin * 3);
    target.zoom = std::min(target.zoom, 2.5);
    MoveCamera(target);
}

void Explorer::FlyTo(int actor) {
    if (actor < 0 || actor >= (int)m_target.size()) return;
    Camera target = m_camera;
    target.zoom = std::max(m_camera.zoom, 1.0);
    target.CenterOn(m_target[actor]);
    MoveCamera(target);
    m_fly_actor = actor;
    m_fly_frames = 3;  // a jump (reduced motion) may still need re-aiming for the next frames
    const double insets[4] = {m_camera.inset_left, m_camera.inset_right, m_camera.inset_top, m_camera.inset_bottom};
    std::copy(insets, insets + 4, m_fly_insets);
}

void Explorer::MoveCamera(const Camera& target, bool animate) {
    m_fly_actor = -1;  // a new move replaces any flight being re-aimed, or a fit waiting for the panels
    m_refit_all = false;
    if (animate && !reduced_motion) {
        m_camera_anim.Start(m_camera, target, FlyDuration);
    } else {
        m_camera_anim.active = false;  // a jump ends any move still running (it would overwrite the jump)
        m_camera = target;
    }
}

void Explorer::ReaimFlight() {
    if (m_fly_actor < 0) return;
    if (m_fly_actor >= (int)m_target.size() || (!m_camera_anim.active && --m_fly_frames < 0)) {
        m_fly_actor = -1;
        return;
    }
    const double insets[4] = {m_camera.inset_left, m_camera.inset_right, m_camera.inset_top, m_camera.inset_bottom};
    if (std::equal(insets, insets + 4, m_fly_insets)) return;
    std::copy(insets, insets + 4, m_fly_insets);
    Camera& target = m_camera_anim.active ? m_camera_anim.to : m_camera;
    target.inset_left = insets[0], target.inset_right = insets[1], target.inset_top = insets[2], target.inset_bottom = insets[3];
    target.CenterOn(m_target[m_fly_actor]);
}

void Explorer::Select(int actor) {
    m_selected = (actor >= 0 && actor < (int)m_data.actors.size()) ? actor : -1;
    if (m_selected >= 0) m_chosen_case = m_chosen_recommendation = -1;  // the newest choice wins
    if (m_layout == LayoutKind::Ego && m_selected >= 0 && m_selected != m_ego_centre) SetLayout(LayoutKind::Ego);
    RecomputeFocus();
}

void Explorer::SetFilter(const FilterState& filter) {
    m_filter = filter;
    RecomputeVisibility();
}

void Explorer::SetFocusDepth(int depth) {
    m_focus_depth = std::clamp(depth, 0, MaxFocusDepth);
    RecomputeFocus();
}

void Explorer::ChooseCase(int c) {
    m_chosen_case = (c >= 0 && c < (int)m_data.cases.size()) ? c : -1;
    if (m_chosen_case >= 0) {
        m_chosen_recommendation = -1;
        m_selected = -1;
    }
    RecomputeFocus();
}

void Explorer::ChooseRecommendation(int r) {
    m_chosen_recommendation = (r >= 0 && r < (int)m_data.recommendations.size()) ? r : -1;
    if (m_chosen_recommendation >= 0) {
        m_chosen_case = -1;
        m_selected = -1;
    }
    RecomputeFocus();
}

void Explorer::ClearFocus() {
    if (m_selected >= 0) Select(-1);
    else {
        m_chosen_case = m_chosen_recommendation = -1;
        RecomputeFocus();
    }
}

void Explorer::RecomputeVisibility() {
    m_vis = ComputeVisibility(m_data, m_filter);
    m_link_mask.assign(m_data.links.size(), 0);
    for (size_t l = 0; l < m_link_mask.size(); ++l) m_link_mask[l] = m_vis.links[l] != Visibility::Hidden;
    m_metrics = ComputeActorMetrics(m_data, m_link_mask, false);
    m_path_metrics_valid = false;
    m_indicators = ComputeTerritoryIndicators(m_data, m_link_mask);
    SetSizeMetric(m_size_metric);
    if (m_selected >= 0 && !ActorVisible(m_selected)) m_selected = -1;
    RecomputeFocus();
}

void Explorer::RecomputeFocus() {
    size_t na = m_data.actors.size(), nl = m_data.links.size();
    m_actor_focus.assign(na, 0);
    m_link_focus.assign(nl, 0);
    m_any_focus = false;
    // A tour step's own highlights (its case or recommendation, if any, is handled below like a user's choice).
    if (const TourStep* step = CurrentStep(); step && (!step->actors.empty() || !step->links.empty())) {
        m_any_focus = true;
        for (int a : step->actors) m_actor_focus[a] = 1;
        int shown = step->reveal ? m_reveal_count : (int)step->links.size();
        for (int i = 0; i < (int)step->links.size() && i < shown; ++i) {
            const Link& link = m_data.links[step->links[i]];
            m_link_focus[step->links[i]] = 1;
            m_actor_focus[link.from] = m_actor_focus[link.to] = 1;
        }
        if (m_chosen_case < 0 && m_chosen_recommendation < 0) return;
    }
    // A chosen case or recommendation: its actors and links (and those of the recommendation's cases).
    std::vector<int> cases;
    if (m_chosen_case >= 0) cases.push_back(m_chosen_case);
    if (m_chosen_recommendation >= 0) cases = m_data.recommendations[m_chosen_recommendation].cases;
    if (m_chosen_case >= 0 || m_chosen_recommendation >= 0) {
        m_any_focus = true;  // (adds to a tour step's highlights, if any)
        for (int c : cases) {
            if (c < 0) continue;
            for (int a : m_data.cases[c].actors)
                if (a >= 0) m_actor_focus[a] = 1;
            for (int l : m_data.cases[c].links)
                if (l >= 0) m_link_focus[l] = 1;
        }
        for (size_t l = 0; l < nl; ++l) {
            for (int c : m_data.links[l].cases)
                if (std::find(cases.begin(), cases.end(), c) != cases.end()) m_link_focus[l] = 1;
            if (m_link_focus[l]) m_actor_focus[m_data.links[l].from] = m_actor_focus[m_data.links[l].to] = 1;
        }
        return;
    }
    // The selection and its neighbourhood up to the focus depth, over visible links.
    if (m_selected < 0 || m_focus_depth == 0) return;
    m_any_focus = true;
    std::vector<int> dist(na, -1), frontier{m_selected};
    dist[m_selected] = 0;
    m_actor_focus[m_selected] = 1;
    for (int d = 1; d <= m_focus_depth && !frontier.empty(); ++d) {
        std::vector<int> next;
        for (size_t l = 0; l < nl; ++l) {
            const Link& link = m_data.links[l];
            if (!LinkVisible((int)l)) continue;
            for (int a : frontier) {
                int other = link.from == a ? link.to : (link.to == a ? link.from : -1);
                if (other < 0) continue;
                m_link_focus[l] = 1;
                if (dist[other] < 0) {
                    dist[other] = d;
                    m_actor_focus[other] = 1;
                    next.push_back(other);
                }
            }
        }
        frontier.swap(next);
    }
}

int Explorer::PickActor(Vec2 screen, double slack_px) const {
    int best = -1;
    double best_d = 1e300;
    for (int a = 0; a < (int)m_positions.size(); ++a) {
        if (!ActorVisible(a)) continue;
        Vec2 s = m_camera.WorldToScreen(m_positions[a]);
        double d = Length(s - screen);
        double r = ActorRadius(a) * m_camera.zoom + slack_px;
        if (d <= r && d < best_d) {
            best = a;
            best_d = d;
        }
    }
    return best;
}

void Explorer::MoveActor(int actor, Vec2 to) {
    if (actor < 0 || actor >= (int)m_positions.size()) return;
    m_positions[actor] = m_target[actor] = to;
    if (m_tween_active) m_tween_from[actor] = to;
    if (m_layout == LayoutKind::Force) {  // a dragged actor stays where the user put it
        m_force.SetPosition(actor, to);
        m_force.SetPinned(actor, true);
    }
}

int Explorer::VisibleActorCount() const {
    return (int)std::count_if(m_vis.actors.begin(), m_vis.actors.end(), [](Visibility v) { return v != Visibility::Hidden; });
}
int Explorer::VisibleLinkCount() const {
    return (int)std::count_if(m_vis.links.begin(), m_vis.links.end(), [](Visibility v) { return v != Visibility::Hidden; });
}

bool Explorer::Moving() const {
    const TourStep* step = CurrentStep();
    return m_tween_active || m_camera_anim.active || (step && step->reveal && m_reveal_count < (int)step->links.size());
}

const TourStep* Explorer::CurrentStep() const {
    if (m_tour < 0 || m_tour >= (int)m_data.tours.size()) return nullptr;
    const Tour& tour = m_data.tours[m_tour];
    return m_step >= 0 && m_step < (int)tour.steps.size() ? &tour.steps[m_step] : nullptr;
}

void Explorer::StartTour(int t) {
    if (t < 0 || t >= (int)m_data.tours.size() || m_data.tours[t].steps.empty()) {
        bool was_running = m_tour >= 0;
        m_tour = -1;
        m_step = 0;
        autoplay_seconds = 0;
        if (was_running) {  // back to the whole, unfiltered network
            m_chosen_case = m_chosen_recommendation = -1;
            SetFilter(FilterState{});
            FitView();
        }
        return;
    }
    m_tour = t;
    GoToStep(0);
}

void Explorer::GoToStep(int s) {
    if (m_tour < 0) return;
    const Tour& tour = m_data.tours[m_tour];
    m_step = std::clamp(s, 0, (int)tour.steps.size() - 1);
    const TourStep& step = tour.steps[m_step];
    m_reveal_count = step.reveal ? 0 : (int)step.links.size();
    m_reveal_timer = m_autoplay_timer = 0;
    // 1. Filters (the step's own, faded rather than hidden unless it says otherwise).
    FilterState filter;
    for (const auto& [field, values] : step.filters) SetFilterField(filter, m_data, field, values);  // validated at load
    filter.showcase = step.showcase;
    m_selected = -1;
    m_chosen_case = step.case_index;
    m_chosen_recommendation = step.case_index >= 0 ? -1 : step.recommendation;
    SetFilter(filter);  // also recomputes the focus from the step
    // 2. Layout (kept when the step names none, so the story can stay in one picture).
    if (step.has_layout) {
        LayoutKind kind = static_cast<LayoutKind>(step.layout);
        if (kind == LayoutKind::Ego) m_ego_centre = step.centre;
        if (kind != m_layout || kind == LayoutKind::Ego) SetLayout(kind);
    }
    // 3. Camera: framed once the UI has laid out its panels for this frame (ApplyPendingFit), so the caption and
    // the panels never cover what the step is about.
    m_pending_fit = true;
    m_redraw = true;
}

void Explorer::ApplyPendingFit() {
    m_insets_known = true;
    if (m_refit_all) FitView(false);
    ReaimFlight();
    if (!m_pending_fit) return;
    m_pending_fit = false;
    const TourStep* current = CurrentStep();
    if (!current) {
        if (m_any_focus) FitFocus();
        else FitView();
        return;
    }
    const TourStep& step = *current;
    switch (step.camera) {
        case TourStep::CameraMode::All: FitView(); break;
        case TourStep::CameraMode::Explicit: {
            Camera target = m_camera;
            target.center = {step.camera_x, step.camera_y};
            target.zoom = std::clamp(step.camera_zoom, Camera::MinZoom, Camera::MaxZoom);
            MoveCamera(target);
            break;
        }
        case TourStep::CameraMode::Highlighted:
            if (m_any_focus) FitFocusOn(step);
            else FitView();
            break;
    }
}

void Explorer::FitFocusOn(const TourStep& step) {
    // Frame every highlighted actor, including the ends of links still to be revealed (no camera jumps later).
    std::vector<uint8_t> keep = m_actor_focus;
    for (int l : step.links) keep[m_data.links[l].from] = keep[m_data.links[l].to] = 1;
    Box box;
    for (size_t a = 0; a < m_target.size(); ++a) {
        if (!keep[a]) continue;
        double r = ActorRadius((int)a);
        box.Add(m_target[a] - Vec2{r, r});
        box.Add(m_target[a] + Vec2{r, r});
    }
    if (box.Empty()) return FitView();
    Camera target = m_camera;
    target.Fit(box, FitMargin * 3);
    target.zoom = std::min(target.zoom, 2.5);
    MoveCamera(target);
}

bool Explorer::Tick(double dt) {
    bool moving = m_camera_anim.Advance(dt, m_camera);
    // Tour: reveal links one by one, and autoplay.
    if (const TourStep* step = CurrentStep()) {
        if (step->reveal && m_reveal_count < (int)step->links.size()) {
            m_reveal_timer += dt;
            if (m_reveal_timer >= RevealSeconds) {
                m_reveal_timer = 0;
                ++m_reveal_count;
                RecomputeFocus();
            }
            moving = true;
        }
        if (autoplay_seconds > 0) {
            m_autoplay_timer += dt;
            if (m_autoplay_timer >= autoplay_seconds) {
                int last = (int)m_data.tours[m_tour].steps.size() - 1;
                if (m_step < last) GoToStep(m_step + 1);
                else autoplay_seconds = 0;  // stop at the end
            }
            moving = true;
        }
    }
    bool layout_moved = false;
    if (m_layout == LayoutKind::Force && !m_force.Converged()) {
        RunForce(LayoutBudgetMs);
        if (m_force.Converged() && m_fit_when_settled) {
            m_fit_when_settled = false;
            FitView();
        }
        layout_moved = true;
    }
    if (m_tween_active) {
        m_tween_elapsed += dt;
        double t = EaseInOutCubic(m_tween_elapsed / TransitionSeconds);
        for (size_t a = 0; a < m_positions.size(); ++a) m_positions[a] = m_tween_from[a] + (m_target[a] - m_tween_from[a]) * t;
        if (m_tween_elapsed >= TransitionSeconds) {
            m_tween_active = false;
            m_positions = m_target;
        }
        layout_moved = true;
    } else if (layout_moved) {
        m_positions = m_target;
    }
    return moving || layout_moved;
}

CommandResult Explorer::Command(const std::string& text) {
    m_redraw = true;  // whatever it did, the picture may have changed
    std::vector<std::string> w = SplitWords(text);
    if (w.empty()) return Fail("empty command; try 'help'");
    const std::string& verb = w[0];
    if (verb == "help" && w.size() == 1)
        return {true, "commands: select <id>|none, search <text>, layout force|geographic|levels|ego, fit, reset-view, "
                      "focus <depth>, filter <field> <values>|clear, showcase on|off, hide-isolated on|off, "
                      "case <id>|none, recommendation <id>|none, size <metric>, panel <name> on|off, scale <percent>, theme light|dark|high-contrast, help on|off, present on|off, "
                      "pointer on|off, territory-cue on|off, reduced-motion on|off, camera <x> <y> <zoom>, tour <id>|none, step <n>, next, prev, first, last, "
                      "autoplay <seconds>|off, clear, zoom <factor>, pan <dx> <dy>, locate <id>, pick <x> <y>"};
    if (verb == "select") {
        if (w.size() != 2) return Fail("usage: select <actor id> | select none");
        if (w[1] == "none") {
            Select(-1);
            return {true, "selection cleared"};
        }
        int a = m_data.FindActor(w[1]);
        if (a < 0) return Fail("unknown actor id '" + w[1] + "'");
        Select(a);
        return {true, "selected " + m_data.actors[a].id};
    }
    if (verb == "search") {
        std::string query = Rest(text, "search");
        last_search = query;
        std::vector<int> hits = SearchActors(m_data, query, 1);
        if (hits.empty()) return Fail("no actor matches '" + query + "'");
        Select(hits[0]);
        FlyTo(hits[0]);
        return {true, "selected " + m_data.actors[hits[0]].id};
    }
    if (verb == "layout") {
        LayoutKind kind;
        if (w.size() < 2 || w.size() > 3 || !ParseLayoutKind(w[1], kind) || (w.size() == 3 && kind != LayoutKind::Ego))
            return Fail("usage: layout force|geographic|levels|ego [centre actor id]");
        if (w.size() == 3) {  // "layout ego <id>": centred on that actor without selecting it
            int centre = m_data.FindActor(w[2]);
            if (centre < 0) return Fail("unknown actor id '" + w[2] + "'");
            int keep = m_selected;
            m_selected = centre;
            SetLayout(kind);
            m_selected = keep;
            FitView();
            return {true, "layout ego centred on " + w[2]};
        }
        if (kind == LayoutKind::Ego && m_selected < 0) return Fail("layout ego needs a selected actor: select one first");
        SetLayout(kind);
        if (kind == LayoutKind::Ego) FitFocus();  // the centre and its neighbours, not the far rings
        else FitView();
        return {true, std::string("layout ") + ToString(kind)};
    }
    if (verb == "focus") {
        if (w.size() != 2 || w[1].find_first_not_of("0123456789") != std::string::npos || w[1].size() > 2)
            return Fail("usage: focus <depth>, a number of link steps from 0 (no focus) to " + std::to_string(MaxFocusDepth));
        SetFocusDepth(std::atoi(w[1].c_str()));
        return {true, "focus depth " + std::to_string(m_focus_depth)};
    }
    if (verb == "filter") {
        if (w.size() == 2 && w[1] == "clear") {
            FilterState cleared;
            cleared.showcase = m_filter.showcase;
            cleared.hide_isolated = m_filter.hide_isolated;
            SetFilter(cleared);
            return {true, "filters cleared"};
        }
        if (w.size() < 3) return Fail("usage: filter <field> <value>[,<value>...] | filter <field> all | filter clear");
        FilterState next = m_filter;
        std::string error = SetFilterField(next, m_data, w[1], Rest(text, w[1]));
        if (!error.empty()) return Fail(error);
        SetFilter(next);
        return {true, std::to_string(VisibleActorCount()) + " actors and " + std::to_string(VisibleLinkCount()) + " links visible"};
    }
    if (verb == "showcase" || verb == "hide-isolated") {
        if (w.size() != 2 || (w[1] != "on" && w[1] != "off")) return Fail("usage: " + verb + " on|off");
        FilterState next = m_filter;
        (verb == "showcase" ? next.showcase : next.hide_isolated) = w[1] == "on";
        SetFilter(next);
        return {true, verb + " " + w[1]};
    }
    if (verb == "case" || verb == "recommendation") {
        if (w.size() != 2) return Fail("usage: " + verb + " <id> | " + verb + " none");
        bool is_case = verb == "case";
        int found = -1;
        if (w[1] != "none") {
            if (is_case) {
                for (int c = 0; c < (int)m_data.cases.size(); ++c)
                    if (m_data.cases[c].id == w[1]) found = c;
            } else {
                for (int r = 0; r < (int)m_data.recommendations.size(); ++r)
                    if (m_data.recommendations[r].id == w[1]) found = r;
            }
            if (found < 0) return Fail("unknown " + verb + " '" + w[1] + "'");
        }
        if (is_case) ChooseCase(found);
        else ChooseRecommendation(found);
        if (found >= 0) FitFocus();
        return {true, found < 0 ? verb + " cleared" : verb + " " + w[1]};
    }
    if (verb == "size") {
        MetricKind kind;
        if (w.size() != 2 || !ParseMetricKind(w[1], kind))
            return Fail("usage: size degree|in_degree|out_degree|betweenness|closeness|territories_bridged|territory_horizontal|territory_vertical|territory_levels");
        SetSizeMetric(kind);
        return {true, "actors sized by " + w[1]};
    }
    if (verb == "tour") {
        if (w.size() != 2) return Fail("usage: tour <id> | tour none");
        if (w[1] == "none" || w[1] == "off") {
            StartTour(-1);
            return {true, "tour left"};
        }
        for (int t = 0; t < (int)m_data.tours.size(); ++t)
            if (m_data.tours[t].id == w[1]) {
                StartTour(t);
                return {true, "tour " + w[1] + ", step 1 of " + std::to_string(m_data.tours[t].steps.size())};
            }
        std::string known;
        for (const Tour& t : m_data.tours) known += (known.empty() ? "" : ", ") + t.id;
        return Fail("unknown tour '" + w[1] + "'; available: " + (known.empty() ? "none in this data set" : known));
    }
    if (verb == "step" || verb == "next" || verb == "prev" || verb == "first" || verb == "last") {
        if (m_tour < 0) return Fail("no tour is running: start one with 'tour <id>'");
        int count = (int)m_data.tours[m_tour].steps.size(), target = m_step;
        if (verb == "step") {
            if (w.size() != 2 || w[1].empty() || w[1].size() > 4 || w[1].find_first_not_of("0123456789") != std::string::npos)
                return Fail("usage: step <n>, from 1 to " + std::to_string(count));
            target = std::atoi(w[1].c_str()) - 1;
            if (target < 0 || target >= count) return Fail("step " + w[1] + " does not exist; this tour has steps 1 to " + std::to_string(count));
        } else if (verb == "next") target = std::min(m_step + 1, count - 1);
        else if (verb == "prev") target = std::max(m_step - 1, 0);
        else if (verb == "first") target = 0;
        else target = count - 1;
        GoToStep(target);
        return {true, "step " + std::to_string(m_step + 1) + " of " + std::to_string(count)};
    }
    if (verb == "autoplay") {
        double seconds = w.size() == 2 && w[1] != "off" ? std::atof(w[1].c_str()) : 0;
        if (w.size() != 2 || (w[1] != "off" && !(seconds >= 2 && seconds <= 600)))
            return Fail("usage: autoplay <seconds between steps, 2 to 600> | autoplay off");
        if (seconds > 0 && m_tour < 0) return Fail("no tour is running: start one with 'tour <id>'");
        autoplay_seconds = seconds;
        m_autoplay_timer = 0;
        return {true, w[1] == "off" ? "autoplay off" : "autoplay every " + w[1] + " s"};
    }
    if (verb == "scale") {
        int percent = w.size() == 2 ? std::atoi(w[1].c_str()) : 0;
        if (percent < MinScale || percent > MaxScale || w[1].find_first_not_of("0123456789%") != std::string::npos)
            return Fail("usage: scale <percent>, from 100 to 250");
        presentation.scale_percent = percent;
        return {true, "scale " + std::to_string(percent) + "%"};
    }
    if (verb == "theme") {
        if (w.size() != 2 || (w[1] != "light" && w[1] != "dark" && w[1] != "high-contrast"))
            return Fail("usage: theme light|dark|high-contrast");
        presentation.theme = w[1];
        return {true, "theme " + w[1]};
    }
    if (verb == "help" && w.size() == 2) {
        if (w[1] != "on" && w[1] != "off") return Fail("usage: help on|off (or help alone for the command list)");
        presentation.help = w[1] == "on";
        return {true, "help " + w[1]};
    }
    if (verb == "present" || verb == "pointer" || verb == "welcome" || verb == "reduced-motion" || verb == "territory-cue") {
        if (w.size() != 2 || (w[1] != "on" && w[1] != "off")) return Fail("usage: " + verb + " on|off");
        bool on = w[1] == "on";
        if (verb == "present") {
            presentation.presenting = on;
            m_pending_fit = true;  // the panels come and go: frame the picture again
        }
        else if (verb == "pointer") presentation.pointer = on;
        else if (verb == "welcome") presentation.welcome = on;
        else if (verb == "territory-cue") presentation.territory_cue = on;
        else reduced_motion = on;
        return {true, verb + " " + w[1]};
    }
    if (verb == "panel") {
        bool* target = nullptr;
        if (w.size() == 3) {
            if (w[1] == "sidebar") target = &panels.sidebar;
            else if (w[1] == "details") target = &panels.details;
            else if (w[1] == "table") target = &panels.table;
        }
        if (!target || (w[2] != "on" && w[2] != "off")) return Fail("usage: panel sidebar|details|table on|off");
        *target = w[2] == "on";
        return {true, "panel " + w[1] + " " + w[2]};
    }
    if (verb == "clear") {
        ClearFocus();
        return {true, "cleared"};
    }
    if (verb == "fit") {
        FitView();
        return {true, "view fitted"};
    }
    if (verb == "reset-view") {
        ResetView();
        return {true, "view reset: layout computed afresh, everything framed"};
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
        if (!ok || v[2] <= 0) return Fail("usage: camera <x> <y> <zoom> (finite numbers, zoom > 0)");
        m_camera_anim.active = false;
        m_fly_actor = -1;
        m_refit_all = false;
        m_camera.center = {v[0], v[1]};
        m_camera.zoom = std::clamp(v[2], Camera::MinZoom, Camera::MaxZoom);
        return {true, "camera set"};
    }
    if (verb == "zoom") {
        double f = w.size() == 2 ? std::atof(w[1].c_str()) : 0;
        if (!(f > 0)) return Fail("usage: zoom <factor>, e.g. zoom 2 or zoom 0.5");
        m_camera.ZoomAbout(m_camera.origin + m_camera.viewport * 0.5, f);
        return {true, "zoom " + std::to_string(m_camera.zoom)};
    }
    if (verb == "locate") {
        // Where an actor is drawn, in canvas pixels: lets scripts click it like a user would.
        int a = w.size() == 2 ? m_data.FindActor(w[1]) : -1;
        if (a < 0) return Fail("usage: locate <actor id> (an existing id)");
        Vec2 s = m_camera.WorldToScreen(m_positions[a]);
        std::ostringstream out;
        out << s.x << " " << s.y;
        return {true, out.str()};
    }
    if (verb == "pick") {
        if (w.size() != 3) return Fail("usage: pick <x> <y> (canvas pixels)");
        int a = PickActor({std::atof(w[1].c_str()), std::atof(w[2].c_str())});
        return {true, a >= 0 ? m_data.actors[a].id : "none"};
    }
    if (verb == "pan") {
        // Non-finite or huge deltas would leave the camera at inf/NaN: nothing drawn, and a view link that
        // cannot be read back. Such a pan is refused and the view stays as it was.
        Camera moved = m_camera;
        if (w.size() == 3) moved.PanByScreen({std::atof(w[1].c_str()), std::atof(w[2].c_str())});
        if (w.size() != 3 || !std::isfinite(moved.center.x) || !std::isfinite(moved.center.y))
            return Fail("usage: pan <dx> <dy> (screen pixels, finite numbers)");
        m_camera = moved;
        return {true, "panned"};
    }
    return Fail("unknown command '" + verb + "'; try 'help'");
}

std::string Explorer::StateJson() const {
    using nlohmann::json;
    auto actor_or_null = [&](int a) { return a >= 0 ? json(m_data.actors[a].id) : json(nullptr); };
    json s;
    s["frame"] = m_frames;
    s["dataset"] = m_data.id;
    s["file"] = m_file;
    s["actors"] = m_data.actors.size();
    s["links"] = m_data.links.size();
    s["visibleActors"] = VisibleActorCount();
    s["visibleLinks"] = VisibleLinkCount();
    s["selected"] = actor_or_null(m_selected);
    s["selectedName"] = m_selected >= 0 ? json(m_data.actors[m_selected].name) : json(nullptr);
    s["hovered"] = actor_or_null(m_hovered);
    s["layout"] = ToString(m_layout);
    s["egoCentre"] = m_layout == LayoutKind::Ego && m_ego_centre >= 0 ? json(m_data.actors[m_ego_centre].id) : json(nullptr);
    s["settled"] = Settled();
    s["moving"] = Moving();
    s["focusDepth"] = m_focus_depth;
    s["sizeBy"] = ToString(m_size_metric);
    s["scale"] = presentation.scale_percent;
    s["theme"] = presentation.theme;
    s["help"] = presentation.help;
    s["welcome"] = presentation.welcome;
    s["presenting"] = presentation.presenting;
    s["pointer"] = presentation.pointer;
    s["territoryCue"] = presentation.territory_cue;
    s["reducedMotion"] = reduced_motion;
    s["notices"] = notices;
    s["lastWake"] = last_wake;
    s["panels"] = {{"sidebar", panels.sidebar}, {"details", panels.details}, {"table", panels.table}};
    s["filters"] = json::parse(FilterToJson(m_filter, m_data));
    s["case"] = m_chosen_case >= 0 ? json(m_data.cases[m_chosen_case].id) : json(nullptr);
    s["recommendation"] = m_chosen_recommendation >= 0 ? json(m_data.recommendations[m_chosen_recommendation].id) : json(nullptr);
    s["camera"] = {{"x", m_camera.center.x}, {"y", m_camera.center.y}, {"zoom", m_camera.zoom}};
    int errors = 0, warnings = 0;
    for (const Diagnostic& d : m_diagnostics) (d.severity == Diagnostic::Severity::Error ? errors : warnings)++;
    s["diagnostics"] = {{"errors", errors}, {"warnings", warnings}};
    if (const TourStep* step = CurrentStep()) {
        const Tour& tour = m_data.tours[m_tour];
        s["tour"] = {{"id", tour.id}, {"title", tour.title}, {"step", m_step + 1}, {"steps", tour.steps.size()},
                     {"stepTitle", step->title}, {"revealed", m_reveal_count}, {"autoplay", autoplay_seconds}};
    } else {
        s["tour"] = nullptr;
    }
    json tours = json::array();
    for (const Tour& t : m_data.tours) tours.push_back(t.id);
    s["tours"] = tours;
    // Replace, not throw, on invalid UTF-8 (a notice quoting a mangled link, a data string): state() must always answer.
    return s.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace sse
