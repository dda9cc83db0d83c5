// force_layout.h: a ForceAtlas2-style force-directed layout (Jacomy et al. 2014) with Barnes-Hut repulsion.
// Seeded, so the same graph gives the same picture; adaptive speed; stops by itself once converged.
// Works on flat arrays indexed by node; knows nothing of JSON or UI.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/quadtree.h"
#include "core/vec2.h"

namespace sse {

struct ForceSettings {
    double repulsion = 200.0;      // kr: repulsion strength (larger spreads the graph)
    double gravity = 0.1;          // kg: pull towards the origin, growing with distance ("strong gravity"), so that
                                   // small disconnected components stay near the rest instead of drifting away
    double theta = 0.8;            // Barnes-Hut opening criterion; 0 = exact O(n^2) repulsion
    double jitter_tolerance = 1.0; // FA2 "tolerance": higher is faster but less precise
    double converged_move = 0.05;  // converged when the mean move per node (world units) stays below this...
    int converged_steps = 10;      // ...for this many steps in a row
    int max_steps = 2000;          // hard stop, whatever happens
};

struct ForceStepStats {
    double mean_move = 0;  // mean displacement per free node in this step, world units
    double speed = 0;      // FA2 global speed
};

class ForceLayout {
public:
    // Starts over with n nodes and the given edges (pairs of node indices, weight > 0). Nodes start at the
    // given positions when initial has n entries, else on a seeded random disc.
    void Reset(int n, const std::vector<std::pair<int, int>>& edges, const std::vector<double>& weights,
               const std::vector<Vec2>& initial, uint64_t seed, const ForceSettings& settings = {});
    // A pinned node keeps its position (it still repels and attracts the others).
    void SetPinned(int node, bool pinned);
    // Moves a node (e.g. the user drags it) and wakes the layout up.
    void SetPosition(int node, Vec2 p);
    // One iteration. O(n log n + edges) with Barnes-Hut, O(n^2 + edges) when theta == 0.
    ForceStepStats Step();
    // True once the layout has converged (or hit max_steps); Step() is then a no-op until woken.
    bool Converged() const { return m_converged; }
    // Makes a converged layout run again (after a drag, a pin change or new data).
    void Wake();
    int Steps() const { return m_steps; }
    Vec2 Position(int node) const { return {m_x[node], m_y[node]}; }
    std::vector<Vec2> Positions() const;
    int Size() const { return (int)m_x.size(); }

    // Repulsion force on every node with the given theta (for tests comparing Barnes-Hut with exact forces).
    std::vector<Vec2> RepulsionForces(double theta) const;

private:
    void AddRepulsion(double theta);
    ForceSettings m_settings;
    std::vector<double> m_x, m_y, m_mass, m_fx, m_fy, m_old_fx, m_old_fy;
    std::vector<uint8_t> m_pinned;
    std::vector<double> m_node_swing;  // per-step scratch, kept to avoid reallocating
    QuadTree m_tree;                   // rebuilt every step; kept for its buffers
    std::vector<std::pair<int, int>> m_edges;
    std::vector<double> m_weights;
    double m_speed = 1.0, m_speed_efficiency = 1.0;
    int m_steps = 0, m_calm_steps = 0;
    bool m_converged = false;
};

}  // namespace sse
