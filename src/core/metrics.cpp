// metrics.cpp: actor metrics (degree, Brandes betweenness, Wasserman-Faust closeness, bridging) and territory
// indicators. Adjacency lists are built once per call; one BFS per actor serves both betweenness and closeness.
#include "core/metrics.h"

#include <algorithm>
#include <cstddef>

#include "core/vocabulary.h"

namespace sse {
namespace {

// Whether link i takes part; see the header for the short-mask rule.
bool Selected(const std::vector<uint8_t>& mask, size_t i) {
    if (mask.empty()) return true;
    return i < mask.size() && mask[i] != 0;
}

// A link usable for metrics: selected, both ends valid actors, not a self-link.
bool Usable(const Dataset& data, const std::vector<uint8_t>& mask, size_t i) {
    if (!Selected(mask, i)) return false;
    const Link& l = data.links[i];
    const int n = static_cast<int>(data.actors.size());
    return l.from >= 0 && l.to >= 0 && l.from < n && l.to < n && l.from != l.to;
}

// Territory index of an actor when it is valid, else -1 (unknown territories take no part in bridging).
int TerritoryOf(const Dataset& data, int actor) {
    const int t = data.actors[static_cast<size_t>(actor)].territory;
    return (t >= 0 && t < static_cast<int>(data.territories.size())) ? t : -1;
}

// For each territory, itself followed by its ancestors. A parent cycle or out-of-range parent ends the chain
// instead of looping, since the loader may be given broken data.
std::vector<std::vector<int>> AncestorChains(const Dataset& data) {
    const int count = static_cast<int>(data.territories.size());
    std::vector<std::vector<int>> chains(static_cast<size_t>(count));
    std::vector<int> seen(static_cast<size_t>(count), -1);
    for (int t = 0; t < count; ++t) {
        auto& chain = chains[static_cast<size_t>(t)];
        for (int p = t; p >= 0 && p < count && seen[static_cast<size_t>(p)] != t;
             p = data.territories[static_cast<size_t>(p)].parent) {
            seen[static_cast<size_t>(p)] = t;
            chain.push_back(p);
        }
    }
    return chains;
}

}  // namespace

ActorMetrics ComputeActorMetrics(const Dataset& data, const std::vector<uint8_t>& link_mask, bool with_paths) {
    const size_t n = data.actors.size();
    ActorMetrics m;
    m.degree.assign(n, 0);
    m.in_degree.assign(n, 0);
    m.out_degree.assign(n, 0);
    m.betweenness.assign(n, 0.0);
    m.closeness.assign(n, 0.0);
    m.territories_bridged.assign(n, 0);
    m.bridges_territories.assign(n, 0);
    if (n == 0) return m;

    // Degrees count every link; the adjacency lists are deduplicated afterwards (simple graph).
    std::vector<std::vector<int>> adj(n);
    for (size_t i = 0; i < data.links.size(); ++i) {
        if (!Usable(data, link_mask, i)) continue;
        const Link& l = data.links[i];
        const auto a = static_cast<size_t>(l.from), b = static_cast<size_t>(l.to);
        ++m.degree[a];
        ++m.degree[b];
        switch (l.direction) {
            case Direction::Outward: ++m.out_degree[a]; ++m.in_degree[b]; break;
            case Direction::Inward: ++m.in_degree[a]; ++m.out_degree[b]; break;
            case Direction::Both:
                ++m.in_degree[a]; ++m.out_degree[a];
                ++m.in_degree[b]; ++m.out_degree[b];
                break;
        }
        adj[a].push_back(l.to);
        adj[b].push_back(l.from);
    }
    for (auto& list : adj) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }

    // Territorial bridging from the (deduplicated) neighbours.
    {
        std::vector<int> terrs;
        for (size_t v = 0; v < n; ++v) {
            const int own = TerritoryOf(data, static_cast<int>(v));
            terrs.clear();
            for (int w : adj[v]) {
                const int t = TerritoryOf(data, w);
                if (t >= 0 && t != own) terrs.push_back(t);
            }
            std::sort(terrs.begin(), terrs.end());
            const int other = static_cast<int>(std::unique(terrs.begin(), terrs.end()) - terrs.begin());
            const int total = other + (own >= 0 ? 1 : 0);
            m.territories_bridged[v] = other;
            m.bridges_territories[v] = (other >= 1 && total >= 2) ? 1 : 0;
        }
    }

    if (!with_paths) return m;
    // Brandes (2001): one BFS per source; the same BFS gives distances for closeness. The predecessor lists
    // are not stored: a predecessor of w is any neighbour one step closer to the source.
    std::vector<int> dist(n, -1), order;
    std::vector<double> sigma(n, 0.0), delta(n, 0.0);
    order.reserve(n);
    const double n_minus_1 = static_cast<double>(n) - 1.0;
    for (size_t s = 0; s < n; ++s) {
        order.clear();
        std::fill(dist.begin(), dist.end(), -1);
        std::fill(sigma.begin(), sigma.end(), 0.0);
        std::fill(delta.begin(), delta.end(), 0.0);
        dist[s] = 0;
        sigma[s] = 1.0;
        order.push_back(static_cast<int>(s));
        long long dist_sum = 0;
        for (size_t head = 0; head < order.size(); ++head) {  // `order` doubles as the BFS queue
            const auto v = static_cast<size_t>(order[head]);
            dist_sum += dist[v];
            for (int wi : adj[v]) {
                const auto w = static_cast<size_t>(wi);
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    order.push_back(wi);
                }
                if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
            }
        }
        for (size_t k = order.size(); k-- > 1;) {  // reverse BFS order, the source (index 0) excluded
            const auto w = static_cast<size_t>(order[k]);
            for (int vi : adj[w]) {
                const auto v = static_cast<size_t>(vi);
                if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            m.betweenness[w] += delta[w];
        }
        const double reach_minus_1 = static_cast<double>(order.size()) - 1.0;
        if (reach_minus_1 > 0 && dist_sum > 0 && n_minus_1 > 0) {
            m.closeness[s] = (reach_minus_1 / static_cast<double>(dist_sum)) * (reach_minus_1 / n_minus_1);
        }
    }

    // Undirected: each pair was seen from both ends, hence the extra factor 2 in (n-1)(n-2).
    if (n >= 3) {
        const double scale = 1.0 / (n_minus_1 * (static_cast<double>(n) - 2.0));
        for (double& b : m.betweenness) b *= scale;
    } else {
        std::fill(m.betweenness.begin(), m.betweenness.end(), 0.0);
    }
    return m;
}

std::vector<TerritoryIndicators> ComputeTerritoryIndicators(const Dataset& data, const std::vector<uint8_t>& link_mask) {
    const size_t count = data.territories.size();
    std::vector<TerritoryIndicators> out(count);
    if (count == 0) return out;
    const auto chains = AncestorChains(data);
    static const std::vector<int> kNone;
    auto chain_of_actor = [&](int actor) -> const std::vector<int>& {
        const int t = TerritoryOf(data, actor);
        return t >= 0 ? chains[static_cast<size_t>(t)] : kNone;
    };

    for (size_t a = 0; a < data.actors.size(); ++a) {
        const int level = static_cast<int>(data.actors[a].level);
        const uint8_t bit = (level >= 0 && level < LevelCount) ? static_cast<uint8_t>(1u << level) : 0;
        for (int t : chain_of_actor(static_cast<int>(a))) {
            auto& ind = out[static_cast<size_t>(t)];
            ++ind.actors;
            ind.level_mask = static_cast<uint8_t>(ind.level_mask | bit);
        }
    }

    // Stamps (link index + 1) mark the territories containing `from` for the current link, so a territory
    // holding both ends is counted once and knows the link is internal.
    std::vector<size_t> from_in(count, 0);
    std::vector<int> touched;
    for (size_t i = 0; i < data.links.size(); ++i) {
        if (!Usable(data, link_mask, i)) continue;
        const Link& l = data.links[i];
        const size_t stamp = i + 1;
        touched.clear();
        for (int t : chain_of_actor(l.from)) {
            from_in[static_cast<size_t>(t)] = stamp;
            touched.push_back(t);
        }
        for (int t : chain_of_actor(l.to)) {
            if (from_in[static_cast<size_t>(t)] != stamp) touched.push_back(t);
        }
        for (int ti : touched) {
            const auto t = static_cast<size_t>(ti);
            auto& ind = out[t];
            (l.kind == LinkKind::Horizontal ? ind.horizontal_links : ind.vertical_links)++;
            // Direction is seen from `from`; when only `to` is inside, the territory sees the flow mirrored.
            const bool mirrored = from_in[t] != stamp;
            switch (l.direction) {
                case Direction::Both: ++ind.both; break;
                case Direction::Outward: ++(mirrored ? ind.inward : ind.outward); break;
                case Direction::Inward: ++(mirrored ? ind.outward : ind.inward); break;
            }
        }
    }

    for (auto& ind : out) {
        int levels = 0;
        for (int b = 0; b < LevelCount; ++b) levels += (ind.level_mask >> b) & 1;
        ind.levels_covered = levels;
        const int flows = ind.inward + ind.outward;
        ind.flow_balance = flows > 0 ? static_cast<double>(ind.inward - ind.outward) / flows : 0.0;
    }
    return out;
}

// The names are the vocabulary's (vocabulary.cpp); "" rather than "?" out of range, as metrics.h promises.
const char* ToString(MetricKind kind) {
    const int i = static_cast<int>(kind);
    return (i >= 0 && i < MetricKindCount) ? WireName(kind) : "";
}

bool ParseMetricKind(const std::string& name, MetricKind& kind) {
    const auto parsed = ParseEnum<MetricKind>(name);
    if (parsed) kind = *parsed;
    return parsed.has_value();
}

std::vector<double> NormalisedMetric(const ActorMetrics& metrics, MetricKind kind, const Dataset* data,
                                     const std::vector<TerritoryIndicators>* indicators) {
    std::vector<double> values;
    auto copy_ints = [&](const std::vector<int>& v) { values.assign(v.begin(), v.end()); };
    // An actor's value is its territory's indicator (0 when the territory or the indicators are missing).
    auto by_territory = [&](auto field) {
        values.assign(metrics.degree.size(), 0.0);
        if (!data || !indicators || data->actors.size() != values.size()) return;
        for (size_t a = 0; a < values.size(); ++a) {
            const int t = data->actors[a].territory;
            if (t >= 0 && t < (int)indicators->size()) values[a] = field((*indicators)[t]);
        }
    };
    switch (kind) {
        case MetricKind::Degree: copy_ints(metrics.degree); break;
        case MetricKind::InDegree: copy_ints(metrics.in_degree); break;
        case MetricKind::OutDegree: copy_ints(metrics.out_degree); break;
        case MetricKind::Betweenness: values = metrics.betweenness; break;
        case MetricKind::Closeness: values = metrics.closeness; break;
        case MetricKind::TerritoriesBridged: copy_ints(metrics.territories_bridged); break;
        case MetricKind::TerritoryHorizontal: by_territory([](const TerritoryIndicators& t) { return t.horizontal_links; }); break;
        case MetricKind::TerritoryVertical: by_territory([](const TerritoryIndicators& t) { return t.vertical_links; }); break;
        case MetricKind::TerritoryLevels: by_territory([](const TerritoryIndicators& t) { return t.levels_covered; }); break;
    }
    double max = 0.0;
    for (double v : values) max = std::max(max, v);
    for (double& v : values) v = max > 0.0 ? v / max : 0.0;
    return values;
}

}  // namespace sse
