// layouts.cpp: see layouts.h.
#include "core/layouts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "core/vocabulary.h"

namespace sse {

namespace {
constexpr double BandHeight = 160.0;   // world units between level bands
constexpr double ActorSpacing = 70.0;  // between actors of one territory group
constexpr double GroupGap = 60.0;      // extra gap between territory groups
constexpr double Pi = 3.14159265358979323846;

// Sort key that keeps sub-territories next to their parent (EU > Spain > Catalonia).
std::string TerritoryPath(const Dataset& data, int t) {
    std::string path;
    for (int guard = 0; t >= 0 && guard < 16; ++guard) {
        path = data.territories[t].id + "/" + path;
        t = data.territories[t].parent;
    }
    return path;
}
}  // namespace

void SpreadApart(std::vector<Vec2>& pos, const std::vector<Vec2>& anchors, const std::vector<uint8_t>& movable,
                 double min_dist, int iterations) {
    const int n = (int)pos.size();
    const double cell = min_dist;
    std::unordered_map<long long, std::vector<int>> grid;
    // Shifted as unsigned: a left shift of a negative value is undefined behaviour in C++17.
    auto cell_key = [](long long gx, long long gy) { return (long long)(((uint64_t)gx << 32) ^ (uint64_t)(uint32_t)(int)gy); };
    auto key = [&](double x, double y) { return cell_key((long long)std::floor(x / cell), (long long)std::floor(y / cell)); };
    for (int it = 0; it < iterations; ++it) {
        // The spring first and fading out, so each iteration ends on a push and the last ones only push.
        double spring = 0.02 * std::max(0.0, 1.0 - 1.25 * it / iterations);
        for (int i = 0; i < n; ++i)
            if (movable[i]) pos[i] = pos[i] + (anchors[i] - pos[i]) * spring;
        grid.clear();
        for (int i = 0; i < n; ++i)
            if (movable[i]) grid[key(pos[i].x, pos[i].y)].push_back(i);
        double worst = 0;
        for (int i = 0; i < n; ++i) {
            if (!movable[i]) continue;
            long long cx = (long long)std::floor(pos[i].x / cell), cy = (long long)std::floor(pos[i].y / cell);
            for (long long gx = cx - 1; gx <= cx + 1; ++gx)
                for (long long gy = cy - 1; gy <= cy + 1; ++gy) {
                    auto found = grid.find(cell_key(gx, gy));
                    if (found == grid.end()) continue;
                    for (int j : found->second) {
                        if (j <= i) continue;
                        Vec2 d = pos[j] - pos[i];
                        double len = Length(d);
                        if (len >= min_dist) continue;
                        if (len < 1e-9) d = {std::cos(i * 2.399), std::sin(i * 2.399)}, len = 1;  // golden-angle nudge
                        double push = (min_dist - len) * 0.5 / len;
                        pos[i] = pos[i] - d * push;
                        pos[j] = pos[j] + d * push;
                        worst = std::max(worst, min_dist - len);
                    }
                }
        }
        if (worst < 0.5) break;
    }
}

const char* ToString(LayoutKind kind) { return WireName(kind); }

bool ParseLayoutKind(const std::string& name, LayoutKind& out) {
    const auto kind = ParseEnum<LayoutKind>(name);
    if (kind) out = *kind;
    return kind.has_value();
}

double LevelBandY(Level level, double band_spacing) { return (int)level * (band_spacing > 0 ? band_spacing : BandHeight); }

double LevelBandSpacing(const Dataset& data, double aspect) {
    if (!(aspect > 0)) return BandHeight;
    double min_x = 0, max_x = 0;
    for (const Vec2& p : LevelsLayout(data)) {
        min_x = std::min(min_x, p.x);
        max_x = std::max(max_x, p.x);
    }
    // LevelCount bands (half a band of room above the first and below the last) across the canvas's height.
    const double spacing = (max_x - min_x) * aspect / LevelCount;
    return std::clamp(spacing, BandHeight, 4 * BandHeight);
}

std::vector<Vec2> LevelsLayout(const Dataset& data, double band_spacing) {
    std::vector<Vec2> pos(data.actors.size());
    for (int level = 0; level < LevelCount; ++level) {
        std::vector<int> band;
        for (int a = 0; a < (int)data.actors.size(); ++a)
            if ((int)data.actors[a].level == level) band.push_back(a);
        std::vector<std::pair<std::string, int>> keyed;
        for (int a : band) keyed.push_back({TerritoryPath(data, data.actors[a].territory) + "|" + data.actors[a].id, a});
        std::sort(keyed.begin(), keyed.end());
        // Lay out left to right, with a gap wherever the territory changes; then centre the band.
        double x = 0;
        int prev_territory = -2;
        std::vector<double> xs;
        for (auto& [key, a] : keyed) {
            int t = data.actors[a].territory;
            if (prev_territory != -2) x += ActorSpacing + (t != prev_territory ? GroupGap : 0);
            prev_territory = t;
            xs.push_back(x);
        }
        for (size_t i = 0; i < keyed.size(); ++i) pos[keyed[i].second] = {xs[i] - x * 0.5, LevelBandY((Level)level, band_spacing)};
    }
    return pos;
}

std::vector<Vec2> GeographicLayout(const Dataset& data) {
    std::vector<Vec2> pos(data.actors.size());
    std::map<int, std::vector<int>> by_territory;
    std::vector<int> unplaced;
    for (int a = 0; a < (int)data.actors.size(); ++a) {
        int t = data.actors[a].territory;
        if (t >= 0 && data.territories[t].has_coordinates) by_territory[t].push_back(a);
        else unplaced.push_back(a);
    }
    for (auto& [t, actors] : by_territory) {
        const Territory& ter = data.territories[t];
        Vec2 c{ter.lon * GeoScale, -ter.lat * GeoScale};
        if (actors.size() == 1) {
            pos[actors[0]] = c;
            continue;
        }
        // Spread on rings around the point: 6 on the first ring, 12 on the next, ...
        int placed = 0, ring = 1;
        while (placed < (int)actors.size()) {
            int on_ring = std::min<int>(6 * ring, (int)actors.size() - placed);
            double radius = 28.0 * ring;
            for (int k = 0; k < on_ring; ++k) {
                double angle = 2 * Pi * k / on_ring + ring * 0.5;
                pos[actors[placed + k]] = {c.x + radius * std::cos(angle), c.y + radius * std::sin(angle)};
            }
            placed += on_ring;
            ++ring;
        }
    }
    // Neighbouring territories (Scotland, the UK, Belgium, France...) still collide: push overlapping actors
    // apart while a weak spring keeps each near its territory's point.
    std::vector<Vec2> anchors = pos;
    std::vector<uint8_t> movable(pos.size(), 0);
    for (auto& [t, actors] : by_territory)
        for (int a : actors) movable[a] = 1;
    SpreadApart(pos, anchors, movable, 34.0, 120);
    // Actors with no coordinates (global organisations) sit in a row below the map (south of -60 degrees).
    for (size_t i = 0; i < unplaced.size(); ++i)
        pos[unplaced[i]] = {(double(i) - (unplaced.size() - 1) * 0.5) * ActorSpacing, 75 * GeoScale};
    return pos;
}

}  // namespace sse

namespace sse {
std::vector<Vec2> EgoLayout(const Dataset& data, int centre) {
    int n = (int)data.actors.size();
    if (centre < 0 || centre >= n) return LevelsLayout(data);
    std::vector<std::vector<int>> adj(n);
    for (const Link& l : data.links)
        if (l.from >= 0 && l.to >= 0) {
            adj[l.from].push_back(l.to);
            adj[l.to].push_back(l.from);
        }
    std::vector<int> dist(n, -1), order{centre};
    dist[centre] = 0;
    for (size_t i = 0; i < order.size(); ++i)
        for (int b : adj[order[i]])
            if (dist[b] < 0) {
                dist[b] = dist[order[i]] + 1;
                order.push_back(b);
            }
    int max_d = 0;
    for (int d : dist) max_d = std::max(max_d, d);
    std::vector<std::vector<int>> rings(max_d + 2);
    for (int a = 0; a < n; ++a) rings[dist[a] < 0 ? max_d + 1 : dist[a]].push_back(a);
    std::vector<Vec2> pos(n);
    for (int r = 1; r < (int)rings.size(); ++r) {
        auto& ring = rings[r];
        // Radius grows with the ring index and with how many actors must fit on it.
        double radius = std::max(150.0 * r, ring.size() * ActorSpacing / (2 * Pi));
        for (size_t k = 0; k < ring.size(); ++k) {
            double angle = 2 * Pi * k / ring.size() - Pi / 2;
            pos[ring[k]] = {radius * std::cos(angle), radius * std::sin(angle)};
        }
    }
    return pos;
}
}  // namespace sse
