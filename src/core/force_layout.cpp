// force_layout.cpp: see force_layout.h. Forces follow ForceAtlas2 (LinLog off, no hub dissuasion):
// repulsion kr * (deg_i + 1)(deg_j + 1) / d, linear attraction along edges times weight, strong gravity
// kg * (deg + 1) * d;
// the adaptive global speed with swinging / traction follows the paper's section "Adaptive speed".
#include "core/force_layout.h"

#include <algorithm>
#include <cmath>

#include "core/quadtree.h"

namespace sse {

namespace {
// SplitMix64: small, seedable, and the same on every platform (std:: distributions are not).
uint64_t NextRandom(uint64_t& state) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
double Uniform01(uint64_t& state) { return (NextRandom(state) >> 11) * (1.0 / 9007199254740992.0); }
}  // namespace

void ForceLayout::Reset(int n, const std::vector<std::pair<int, int>>& edges, const std::vector<double>& weights,
                        const std::vector<Vec2>& initial, uint64_t seed, const ForceSettings& settings) {
    m_settings = settings;
    m_x.assign(n, 0);
    m_y.assign(n, 0);
    m_mass.assign(n, 1);
    m_fx.assign(n, 0);
    m_fy.assign(n, 0);
    m_old_fx.assign(n, 0);
    m_old_fy.assign(n, 0);
    m_pinned.assign(n, 0);
    m_edges.clear();
    m_weights.clear();
    for (size_t e = 0; e < edges.size(); ++e) {
        auto [a, b] = edges[e];
        if (a < 0 || b < 0 || a >= n || b >= n || a == b) continue;
        m_edges.push_back({a, b});
        m_weights.push_back(e < weights.size() && weights[e] > 0 ? weights[e] : 1.0);
        m_mass[a] += 1;
        m_mass[b] += 1;
    }
    uint64_t state = seed;
    double radius = 10.0 * std::sqrt((double)std::max(n, 1)) * std::sqrt(settings.repulsion);
    for (int i = 0; i < n; ++i) {
        if ((int)initial.size() == n) {
            m_x[i] = initial[i].x;
            m_y[i] = initial[i].y;
        } else {
            double r = radius * std::sqrt(Uniform01(state)), a = 2 * 3.14159265358979323846 * Uniform01(state);
            m_x[i] = r * std::cos(a);
            m_y[i] = r * std::sin(a);
        }
    }
    m_speed = 1.0;
    m_speed_efficiency = 1.0;
    m_steps = 0;
    Wake();
}

void ForceLayout::SetPinned(int node, bool pinned) {
    if (node < 0 || node >= Size()) return;
    m_pinned[node] = pinned;
    Wake();
}

void ForceLayout::SetPosition(int node, Vec2 p) {
    if (node < 0 || node >= Size()) return;
    m_x[node] = p.x;
    m_y[node] = p.y;
    Wake();
}

void ForceLayout::Wake() {
    m_converged = Size() == 0;
    m_calm_steps = 0;
    if (m_steps >= m_settings.max_steps) m_steps = 0;
}

std::vector<Vec2> ForceLayout::Positions() const {
    std::vector<Vec2> out(m_x.size());
    for (size_t i = 0; i < out.size(); ++i) out[i] = {m_x[i], m_y[i]};
    return out;
}

void ForceLayout::AddRepulsion(double theta) {
    int n = Size();
    const double kr = m_settings.repulsion;
    if (theta <= 0) {
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                double dx = m_x[i] - m_x[j], dy = m_y[i] - m_y[j], d2 = dx * dx + dy * dy;
                if (d2 < 1e-18) continue;
                double f = kr * m_mass[i] * m_mass[j] / d2;  // (kr m_i m_j / d) along the unit vector
                m_fx[i] += dx * f;
                m_fy[i] += dy * f;
                m_fx[j] -= dx * f;
                m_fy[j] -= dy * f;
            }
        return;
    }
    m_tree.Build(m_x.data(), m_y.data(), m_mass.data(), n);
    m_tree.AddRepulsion(kr, theta, m_fx.data(), m_fy.data());
}

std::vector<Vec2> ForceLayout::RepulsionForces(double theta) const {
    ForceLayout copy = *this;
    std::fill(copy.m_fx.begin(), copy.m_fx.end(), 0.0);
    std::fill(copy.m_fy.begin(), copy.m_fy.end(), 0.0);
    copy.AddRepulsion(theta);
    std::vector<Vec2> out(m_x.size());
    for (size_t i = 0; i < out.size(); ++i) out[i] = {copy.m_fx[i], copy.m_fy[i]};
    return out;
}

ForceStepStats ForceLayout::Step() {
    ForceStepStats stats;
    int n = Size();
    if (m_converged || n == 0) return stats;
    m_old_fx.swap(m_fx);
    m_old_fy.swap(m_fy);
    std::fill(m_fx.begin(), m_fx.end(), 0.0);
    std::fill(m_fy.begin(), m_fy.end(), 0.0);

    // 1. Forces: repulsion, gravity, attraction.
    AddRepulsion(m_settings.theta);
    for (int i = 0; i < n; ++i) {  // strong gravity: kg * m * d towards the origin
        m_fx[i] -= m_x[i] * m_settings.gravity * m_mass[i];
        m_fy[i] -= m_y[i] * m_settings.gravity * m_mass[i];
    }
    for (size_t e = 0; e < m_edges.size(); ++e) {
        auto [a, b] = m_edges[e];
        double dx = m_x[a] - m_x[b], dy = m_y[a] - m_y[b], w = m_weights[e];
        m_fx[a] -= dx * w;
        m_fy[a] -= dy * w;
        m_fx[b] += dx * w;
        m_fy[b] += dy * w;
    }

    // 2. Adaptive global speed from swinging (oscillation) and traction (useful movement).
    double swinging = 0, traction = 0;
    std::vector<double>& node_swing = m_node_swing;
    node_swing.resize(n);
    for (int i = 0; i < n; ++i) {
        double sx = m_fx[i] - m_old_fx[i], sy = m_fy[i] - m_old_fy[i];
        node_swing[i] = m_mass[i] * std::sqrt(sx * sx + sy * sy);
        swinging += node_swing[i];
        double tx = m_fx[i] + m_old_fx[i], ty = m_fy[i] + m_old_fy[i];
        traction += 0.5 * m_mass[i] * std::sqrt(tx * tx + ty * ty);
    }
    double estimated_jitter = 0.05 * std::sqrt((double)n);
    double min_jitter = std::sqrt(estimated_jitter), max_jitter = 10;
    double jitter = m_settings.jitter_tolerance *
                    std::max(min_jitter, std::min(max_jitter, estimated_jitter * traction / ((double)n * n)));
    const double min_efficiency = 0.05;
    if (traction > 0 && swinging / traction > 2.0) {
        if (m_speed_efficiency > min_efficiency) m_speed_efficiency *= 0.5;
        jitter = std::max(jitter, m_settings.jitter_tolerance);
    }
    double target = swinging > 0 ? jitter * m_speed_efficiency * traction / swinging : m_speed;
    if (swinging > jitter * traction) {
        if (m_speed_efficiency > min_efficiency) m_speed_efficiency *= 0.7;
    } else if (m_speed < 1000) {
        m_speed_efficiency *= 1.3;
    }
    const double max_rise = 0.5;
    m_speed = m_speed + std::min(target - m_speed, max_rise * m_speed);
    if (!(m_speed > 0) || !std::isfinite(m_speed)) m_speed = 1e-3;

    // 3. Move: each node's step shrinks where it swings.
    double moved = 0;
    int free_nodes = 0;
    for (int i = 0; i < n; ++i) {
        if (m_pinned[i]) continue;
        double factor = m_speed / (1.0 + std::sqrt(m_speed * node_swing[i]));
        // Cap a single move so nothing is flung far away on the first steps.
        double fx = m_fx[i] * factor, fy = m_fy[i] * factor, len = std::sqrt(fx * fx + fy * fy);
        const double max_move = 50.0;
        if (len > max_move) {
            fx *= max_move / len;
            fy *= max_move / len;
            len = max_move;
        }
        m_x[i] += fx;
        m_y[i] += fy;
        moved += len;
        ++free_nodes;
    }
    stats.mean_move = free_nodes ? moved / free_nodes : 0;
    stats.speed = m_speed;
    ++m_steps;

    // 4. Convergence: calm for several steps in a row, or out of steps.
    m_calm_steps = stats.mean_move < m_settings.converged_move ? m_calm_steps + 1 : 0;
    if (m_calm_steps >= m_settings.converged_steps || m_steps >= m_settings.max_steps || free_nodes == 0)
        m_converged = true;
    return stats;
}

}  // namespace sse
