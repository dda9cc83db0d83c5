// explorer.h: the application's state and every action a user can take, without any UI.
// The ImGui layer draws from it and calls its methods; window.explorer.command()/state() and the desktop
// --state flag go through Command() and StateJson(), so scripts see exactly what a user would.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/camera.h"
#include "core/dataset_loader.h"
#include "core/force_layout.h"
#include "core/layouts.h"
#include "core/model.h"
#include "core/vec2.h"

namespace sse {

struct CommandResult {
    bool ok = true;
    std::string message;  // what happened, or what is wrong and what is allowed
};

class Explorer {
public:
    // Parses and validates text; on success replaces the data set (new layout, view fitted), otherwise keeps
    // the current one. The diagnostics are kept for the diagnostics panel either way.
    bool Load(std::string_view text, const std::string& file_name);
    // Same as Load, reading a file (a missing or unreadable file is a diagnostic, not a crash).
    bool LoadFile(const std::string& path);

    const Dataset& Data() const { return m_data; }
    const std::string& FileName() const { return m_file; }
    const std::vector<Diagnostic>& Diagnostics() const { return m_diagnostics; }

    // World positions, one per actor, and the actor's radius in world units.
    const std::vector<Vec2>& Positions() const { return m_positions; }
    double ActorRadius(int actor) const;
    const std::vector<int>& Degree() const { return m_degree; }

    // Layout: recomputes positions and (optionally animating) fits the view.
    void SetLayout(LayoutKind kind);
    LayoutKind Layout() const { return m_layout; }

    Camera& View() { return m_camera; }
    const Camera& View() const { return m_camera; }
    // Frames all actors; animated unless reduced motion is set.
    void FitView(bool animate = true);
    // Centres the view on one actor (animated), keeping a readable zoom.
    void FlyTo(int actor);

    // Selection and hover (-1 for none).
    int Selected() const { return m_selected; }
    void Select(int actor);
    int Hovered() const { return m_hovered; }
    void SetHovered(int actor) { m_hovered = actor; }

    // The top-most actor whose disc contains the screen point (plus slack pixels), or -1.
    int PickActor(Vec2 screen, double slack_px = 3) const;
    // Moves an actor to a world position (dragging); it stays there until the layout is recomputed.
    void MoveActor(int actor, Vec2 world);

    // Visibility masks (all visible until filters exist); counts for state().
    bool ActorVisible(int actor) const { return m_actor_visible[actor] != 0; }
    bool LinkVisible(int link) const { return m_link_visible[link] != 0; }
    int VisibleActorCount() const;
    int VisibleLinkCount() const;

    // Performs a text command (the window.explorer.command vocabulary, see README). Never throws.
    CommandResult Command(const std::string& text);
    // The state object (JSON text) that window.explorer.state() and --state return.
    std::string StateJson() const;

    // True when nothing is laid out any more (the force layout converged, or a static layout is shown).
    bool Settled() const { return m_layout != LayoutKind::Force || m_force.Converged(); }

    // Advances animations and the running force layout (within a small time budget) by dt seconds;
    // returns true while something still moves (needs redraw).
    bool Tick(double dt);
    // Counts a drawn frame (the platform calls it once per rendered frame).
    void CountFrame() { ++m_frames; }
    uint64_t Frames() const { return m_frames; }

    bool reduced_motion = false;  // no camera animation (prefers-reduced-motion / desktop setting)
    std::string last_search;      // last search text (for the search box)

private:
    void Rebuild();  // derived data after a load: degree, visibility, layout

    Dataset m_data;
    std::string m_file;
    std::vector<Diagnostic> m_diagnostics;
    std::vector<Vec2> m_positions;
    std::vector<int> m_degree;
    std::vector<uint8_t> m_actor_visible, m_link_visible;
    LayoutKind m_layout = LayoutKind::Levels;
    Camera m_camera;
    CameraAnimation m_camera_anim;
    ForceLayout m_force;
    bool m_fit_when_settled = false;  // frame the picture once the force layout has converged
    int m_selected = -1, m_hovered = -1;
    uint64_t m_frames = 0;
};

}  // namespace sse
