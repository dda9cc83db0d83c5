// explorer.cpp: see explorer.h. The view over the document; the command language is in explorer_commands.cpp,
// how the view follows an edit in explorer_edit.cpp, the state object in explorer_state.cpp.
//
// Index of this file:
//   1. loading: Load, LoadFile, Rebuild, RecomputeDerived
//   2. sizes and layouts: Metrics, SetSizeMetric, SetLayout, ResetView, RunForce
//   3. camera: FitView, FitFocus, FlyTo, CenterViewOn, MoveCamera, ReaimFlight
//   4. selection, filters, focus: Select, SetFilter, SetFocusDepth, ChooseCase, ChooseRecommendation, ClearFocus,
//      Escape, GoTo, DetailsSubject, RecomputeVisibility, RecomputeFocus, PickActor, MoveActor
//   5. tours: CurrentStep, StartTour, GoToStep, ApplyPendingFit, FitFocusOn
//   6. time: Moving, Tick
#include "core/explorer.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>
#include <cmath>

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

}  // namespace

bool Explorer::Load(std::string_view text, const std::string& file_name) {
    LoadResult result = LoadDataset(text, file_name);
    m_diagnostics = result.diagnostics;
    if (!result.ok) return false;  // atomic: the current data set stays
    m_doc.Reset(std::move(result.dataset));
    m_file = file_name;
    m_selected = m_hovered = -1;
    Rebuild();
    return true;
}

bool Explorer::LoadFile(const std::string& path) {
    LoadResult result = LoadDatasetFile(path);
    m_diagnostics = result.diagnostics;
    if (!result.ok) return false;
    m_doc.Reset(std::move(result.dataset));
    m_file = path;
    m_selected = m_hovered = -1;
    Rebuild();
    return true;
}

void Explorer::Rebuild() {
    RecomputeDerived();
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

void Explorer::RecomputeDerived() {
    ++m_data_generation;
    const Dataset& data = Data();
    m_degree.assign(data.actors.size(), 0);
    for (const Link& l : data.links) {
        if (l.from >= 0) ++m_degree[l.from];
        if (l.to >= 0) ++m_degree[l.to];
    }
    // Bends for parallel links: the k-th link of an unordered pair gets 0, +1, -1, +2, -2, ...
    m_link_bend.assign(data.links.size(), 0);
    // Keyed by the unordered pair packed in 64 bits: a hash map, since this runs after every edit (50,000 links).
    std::unordered_map<uint64_t, int> seen;
    seen.reserve(data.links.size());
    for (size_t l = 0; l < data.links.size(); ++l) {
        const Link& link = data.links[l];
        const uint64_t key = (static_cast<uint64_t>(static_cast<uint32_t>(std::min(link.from, link.to))) << 32) |
                             static_cast<uint32_t>(std::max(link.from, link.to));
        int k = seen[key]++;
        int bend = (k + 1) / 2 * (k % 2 ? 1 : -1);
        m_link_bend[l] = link.from < link.to ? bend : -bend;  // same side whichever way the link is written
    }
    m_cues = ComputeTerritoryCues(data);
}

const ActorMetrics& Explorer::Metrics() const {
    if (!m_path_metrics_valid) {
        m_metrics = ComputeActorMetrics(Data(), m_link_mask, true);
        m_path_metrics_valid = true;
    }
    return m_metrics;
}

void Explorer::SetSizeMetric(MetricKind kind) {
    m_size_metric = kind;
    bool needs_paths = kind == MetricKind::Betweenness || kind == MetricKind::Closeness;
    m_size = NormalisedMetric(needs_paths ? Metrics() : m_metrics, kind, &Data(), &m_indicators);
    // Area grows with the metric, so a hub looks big without hiding its neighbours.
    m_radius.resize(m_size.size());
    for (size_t a = 0; a < m_size.size(); ++a) m_radius[a] = MinActorRadius + 14.0 * std::sqrt(m_size[a]);
}

void Explorer::SetLayout(LayoutKind kind) {
    m_layout = kind;
    std::vector<Vec2> before = m_positions;
    switch (kind) {
        case LayoutKind::Geographic: m_target = GeographicLayout(Data()); break;
        case LayoutKind::Ego:
            if (m_selected >= 0) m_ego_centre = m_selected;
            m_target = EgoLayout(Data(), m_ego_centre);
            break;
        case LayoutKind::Levels: m_target = LevelsLayout(Data(), m_band_spacing); break;
        case LayoutKind::Force: {
            std::vector<std::pair<int, int>> edges;
            std::vector<double> weights;
            for (const Link& l : Data().links) {
                edges.push_back({l.from, l.to});
                weights.push_back(l.weight);
            }
            m_force.Reset((int)Data().actors.size(), edges, weights, {}, LayoutSeed);
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

void Explorer::SetCanvasAspect(double aspect) {
    if (!(aspect > 0) || std::fabs(aspect - m_canvas_aspect) < 0.02 * std::max(aspect, m_canvas_aspect)) return;
    m_canvas_aspect = aspect;
    const double spacing = LevelBandSpacing(Data(), aspect);
    if (std::fabs(spacing - m_band_spacing) < 0.1 * std::max(spacing, m_band_spacing)) return;
    m_band_spacing = spacing;
    if (m_layout != LayoutKind::Levels && !(m_layout == LayoutKind::Ego && m_ego_centre < 0)) return;
    // Before the first frame the picture appears at once; later (a resized window) the actors glide.
    const bool was_reduced = reduced_motion;
    if (m_frames == 0) reduced_motion = true;
    SetLayout(m_layout);
    reduced_motion = was_reduced;
    if (m_frames > 0) RequestFit();  // before the first frame, the load's own framing (or a link's camera) stands
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

void Explorer::CenterViewOn(Vec2 point) {
    Camera target = m_camera;
    target.CenterOn(point);
    MoveCamera(target, false);
    m_redraw = true;
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
    m_extra_selection.clear();  // a plain click or command starts a new selection (SelectAdd adds to it)
    m_selected = (actor >= 0 && actor < (int)Data().actors.size()) ? actor : -1;
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
    m_chosen_case = (c >= 0 && c < (int)Data().cases.size()) ? c : -1;
    if (m_chosen_case >= 0) {
        m_chosen_recommendation = -1;
        m_selected = -1;
    }
    RecomputeFocus();
}

void Explorer::ChooseRecommendation(int r) {
    m_chosen_recommendation = (r >= 0 && r < (int)Data().recommendations.size()) ? r : -1;
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

std::string Explorer::Escape() {
    if (presentation.share) {
        presentation.share = false;
        return "share";
    }
    if (presentation.help) {
        presentation.help = false;
        return "help";
    }
    if (presentation.presenting) {
        Command("present off");
        return "present";
    }
    if (m_tour >= 0) {
        StartTour(-1);
        return "tour";
    }
    ClearFocus();
    return "focus";
}

void Explorer::GoTo(int actor) {
    if (actor < 0 || actor >= (int)Data().actors.size()) return;
    Select(actor);
    FlyTo(actor);
}

std::string Explorer::DetailsSubject() const {
    const Dataset& d = Data();
    if (m_selected >= 0) return "actor:" + d.actors[m_selected].id;
    if (m_chosen_case >= 0) return "case:" + d.cases[m_chosen_case].id;
    if (m_chosen_recommendation >= 0) return "recommendation:" + d.recommendations[m_chosen_recommendation].id;
    return "";
}

void Explorer::RecomputeVisibility() {
    m_vis = ComputeVisibility(Data(), m_filter);
    m_link_mask.assign(Data().links.size(), 0);
    for (size_t l = 0; l < m_link_mask.size(); ++l) m_link_mask[l] = m_vis.links[l] != Visibility::Hidden;
    m_metrics = ComputeActorMetrics(Data(), m_link_mask, false);
    m_path_metrics_valid = false;
    m_indicators = ComputeTerritoryIndicators(Data(), m_link_mask);
    SetSizeMetric(m_size_metric);
    if (m_selected >= 0 && !ActorVisible(m_selected)) m_selected = -1;
    RecomputeFocus();
}

void Explorer::RecomputeFocus() {
    size_t na = Data().actors.size(), nl = Data().links.size();
    m_actor_focus.assign(na, 0);
    m_link_focus.assign(nl, 0);
    m_any_focus = false;
    // A tour step's own highlights (its case or recommendation, if any, is handled below like a user's choice).
    if (const TourStep* step = CurrentStep(); step && (!step->actors.empty() || !step->links.empty())) {
        m_any_focus = true;
        for (int a : step->actors) m_actor_focus[a] = 1;
        int shown = step->reveal ? m_reveal_count : (int)step->links.size();
        for (int i = 0; i < (int)step->links.size() && i < shown; ++i) {
            const Link& link = Data().links[step->links[i]];
            m_link_focus[step->links[i]] = 1;
            m_actor_focus[link.from] = m_actor_focus[link.to] = 1;
        }
        if (m_chosen_case < 0 && m_chosen_recommendation < 0) return;
    }
    // A chosen case or recommendation: its actors and links (and those of the recommendation's cases).
    std::vector<int> cases;
    if (m_chosen_case >= 0) cases.push_back(m_chosen_case);
    if (m_chosen_recommendation >= 0) cases = Data().recommendations[m_chosen_recommendation].cases;
    if (m_chosen_case >= 0 || m_chosen_recommendation >= 0) {
        m_any_focus = true;  // (adds to a tour step's highlights, if any)
        for (int c : cases) {
            if (c < 0) continue;
            for (int a : Data().cases[c].actors)
                if (a >= 0) m_actor_focus[a] = 1;
            for (int l : Data().cases[c].links)
                if (l >= 0) m_link_focus[l] = 1;
        }
        for (size_t l = 0; l < nl; ++l) {
            for (int c : Data().links[l].cases)
                if (std::find(cases.begin(), cases.end(), c) != cases.end()) m_link_focus[l] = 1;
            if (m_link_focus[l]) m_actor_focus[Data().links[l].from] = m_actor_focus[Data().links[l].to] = 1;
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
            const Link& link = Data().links[l];
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
    if (m_tour < 0 || m_tour >= (int)Data().tours.size()) return nullptr;
    const Tour& tour = Data().tours[m_tour];
    return m_step >= 0 && m_step < (int)tour.steps.size() ? &tour.steps[m_step] : nullptr;
}

void Explorer::StartTour(int t) {
    if (t < 0 || t >= (int)Data().tours.size() || Data().tours[t].steps.empty()) {
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
    const Tour& tour = Data().tours[m_tour];
    m_step = std::clamp(s, 0, (int)tour.steps.size() - 1);
    const TourStep& step = tour.steps[m_step];
    m_reveal_count = step.reveal ? 0 : (int)step.links.size();
    m_reveal_timer = m_autoplay_timer = 0;
    // 1. Filters (the step's own, faded rather than hidden unless it says otherwise).
    FilterState filter;
    for (const auto& [field, values] : step.filters) SetFilterField(filter, Data(), field, values);  // validated at load
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
    for (int l : step.links) keep[Data().links[l].from] = keep[Data().links[l].to] = 1;
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
    m_doc.ReleaseRetired();  // nothing of the last frame holds references into replaced data sets any more
    bool moving = m_camera_anim.Advance(dt, m_camera);
    if (notices.empty()) m_notice_age = 0;
    else if ((m_notice_age += dt) > NoticeSeconds) {  // the oldest notice has been read: the next one shows
        notices.erase(notices.begin());
        m_notice_age = 0;
        m_redraw = true;
    }
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
                int last = (int)Data().tours[m_tour].steps.size() - 1;
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

}  // namespace sse
