// quadtree.cpp: see quadtree.h.
#include "core/quadtree.h"

#include <algorithm>
#include <cmath>

#include "core/repulsion_kernel.h"

namespace sse {

namespace {
constexpr int KeyBits = 31;     // bits per axis in the Morton key, so also the deepest level
constexpr int LeafSize = 4;     // a cell with at most this many points keeps them individually

// Spreads the low 32 bits of v to the even bits of a 64-bit word.
uint64_t Spread(uint64_t v) {
    v &= 0xFFFFFFFFull;
    v = (v | (v << 16)) & 0x0000FFFF0000FFFFull;
    v = (v | (v << 8)) & 0x00FF00FF00FF00FFull;
    v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0Full;
    v = (v | (v << 2)) & 0x3333333333333333ull;
    v = (v | (v << 1)) & 0x5555555555555555ull;
    return v;
}

// The quadrant (0..3) of a key at a level (0 = the root's children).
int Quadrant(uint64_t key, int level) { return (int)((key >> (2 * (KeyBits - 1 - level))) & 3u); }
}  // namespace

void QuadTree::Build(const double* x, const double* y, const double* m, int n) {
    m_n = std::max(n, 0);
    m_cells.clear();
    if (m_n == 0) return;
    double minx = x[0], maxx = x[0], miny = y[0], maxy = y[0];
    for (int i = 1; i < n; ++i) {
        minx = std::min(minx, x[i]);
        maxx = std::max(maxx, x[i]);
        miny = std::min(miny, y[i]);
        maxy = std::max(maxy, y[i]);
    }
    double side = std::max(maxx - minx, maxy - miny);
    side = side > 0 && std::isfinite(side) ? side * (1 + 1e-9) : 1.0;
    const double scale = (double)(1u << KeyBits) / side, top = (double)((1u << KeyBits) - 1);

    // Morton keys, then an LSD radix sort (8 bits a pass) of (key, index).
    m_keys.resize(n);
    m_keys_tmp.resize(n);
    m_order.resize(n);
    m_order_tmp.resize(n);
    for (int i = 0; i < n; ++i) {
        double qx = std::min(std::max((x[i] - minx) * scale, 0.0), top);
        double qy = std::min(std::max((y[i] - miny) * scale, 0.0), top);
        m_keys[i] = Spread((uint64_t)qx) | (Spread((uint64_t)qy) << 1);
        m_order[i] = i;
    }
    for (int shift = 0; shift < 2 * KeyBits; shift += 8) {
        int count[257] = {0};
        for (int i = 0; i < n; ++i) ++count[((m_keys[i] >> shift) & 0xFF) + 1];
        if (count[((m_keys[0] >> shift) & 0xFF) + 1] == n) continue;  // every key has the same digit
        for (int d = 0; d < 256; ++d) count[d + 1] += count[d];
        for (int i = 0; i < n; ++i) {
            int at = count[(m_keys[i] >> shift) & 0xFF]++;
            m_keys_tmp[at] = m_keys[i];
            m_order_tmp[at] = m_order[i];
        }
        m_keys.swap(m_keys_tmp);
        m_order.swap(m_order_tmp);
    }
    m_sx.resize(n);
    m_sy.resize(n);
    m_sm.resize(n);
    for (int k = 0; k < n; ++k) {
        m_sx[k] = x[m_order[k]];
        m_sy[k] = y[m_order[k]];
        m_sm[k] = m[m_order[k]];
    }
    m_cells.reserve(n / 2 + 16);
    BuildCell(0, n, 0, side);
    const size_t most = m_cells.size() + (size_t)n;  // longest possible interaction list
    if (m_lx.size() < most) {
        m_lx.resize(most);
        m_ly.resize(most);
        m_lm.resize(most);
    }
}

// Builds the cell over sorted points [begin, end) whose keys agree above `level`; returns its index.
int QuadTree::BuildCell(int begin, int end, int level, double size) {
    // Collapse quadrants that hold every point: the cell is the smallest square that splits them.
    while (level < KeyBits && end - begin > LeafSize &&
           Quadrant(m_keys[begin], level) == Quadrant(m_keys[end - 1], level)) {
        ++level;
        size *= 0.5;
    }
    int index = (int)m_cells.size();
    m_cells.push_back(Cell{0, 0, 0, size, begin, end, 0, 0});
    double mass = 0, mx = 0, my = 0;
    if (end - begin <= LeafSize || level >= KeyBits) {
        for (int k = begin; k < end; ++k) {
            mass += m_sm[k];
            mx += m_sm[k] * m_sx[k];
            my += m_sm[k] * m_sy[k];
        }
        m_cells[index].leaf = 1;
    } else {
        int from = begin;
        for (int q = 0; q < 4 && from < end; ++q) {
            // The points of quadrant q are the run of keys whose digit at `level` is q.
            int to = (int)(std::partition_point(m_keys.begin() + from, m_keys.begin() + end,
                                                [&](uint64_t key) { return Quadrant(key, level) <= q; }) -
                           m_keys.begin());
            if (to > from) {
                int child = BuildCell(from, to, level + 1, size * 0.5);
                const Cell& c = m_cells[child];
                mass += c.mass;
                mx += c.mass * c.cx;
                my += c.mass * c.cy;
            }
            from = to;
        }
    }
    Cell& cell = m_cells[index];
    cell.mass = mass;
    cell.cx = mass > 0 ? mx / mass : m_sx[begin];
    cell.cy = mass > 0 ? my / mass : m_sy[begin];
    cell.skip = (int)m_cells.size();
    return index;
}

void QuadTree::AddRepulsion(double k, double theta, double* fx, double* fy) const {
    const int n = m_n;
    if (n == 0) return;
    if (theta <= 0) {  // exact: every pair once
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                double dx = m_sx[i] - m_sx[j], dy = m_sy[i] - m_sy[j], d2 = dx * dx + dy * dy;
                if (d2 < 1e-18) continue;
                double f = k * m_sm[i] * m_sm[j] / d2;
                fx[m_order[i]] += dx * f;
                fy[m_order[i]] += dy * f;
                fx[m_order[j]] -= dx * f;
                fy[m_order[j]] -= dy * f;
            }
        return;
    }
    m_candidates.clear();
    m_candidates.push_back(0);  // the root
    m_group_size = ActiveRepulsionGroupSize();
    WalkGroup(0, 0, 1, 0, theta * theta, k, ActiveRepulsionKernel(), fx, fy);
}

// One walk of the tree serves a whole group of points, and the walks of the groups inside it continue from where
// it stopped instead of starting again at the root: a cell far enough from the group's bounding box acts on every
// point of the group as one body, and is put once on the list that all of the group's subgroups share (the list
// grows along the path from the root and is cut back on return); a cell too near is either opened here (when it
// is larger than the group, or the group is small enough to be computed) or handed down to the subgroups, which
// being smaller may take it whole. The acceptance test is the classic one against the group's box, so each point
// gets at least the accuracy of the per-point test with the same theta.
void QuadTree::WalkGroup(int g, size_t cand_begin, size_t cand_end, int len, double theta2, double k,
                         RepulsionKernel kernel, double* fx, double* fy) const {
    const Cell* cells = m_cells.data();
    const Cell& group = cells[g];
    double bx0 = m_sx[group.begin], bx1 = bx0, by0 = m_sy[group.begin], by1 = by0;
    for (int i = group.begin + 1; i < group.end; ++i) {
        bx0 = std::min(bx0, m_sx[i]);
        bx1 = std::max(bx1, m_sx[i]);
        by0 = std::min(by0, m_sy[i]);
        by1 = std::max(by1, m_sy[i]);
    }
    const bool computed_here = group.leaf || group.end - group.begin <= m_group_size;
    double* __restrict lx = m_lx.data();
    double* __restrict ly = m_ly.data();
    double* __restrict lm = m_lm.data();
    const size_t handed_down = m_candidates.size();
    for (size_t ci = cand_begin; ci < cand_end; ++ci) {
        const int first = m_candidates[ci];
        // The candidate's subtree in depth-first order: skip what is taken whole or handed down, enter what is opened.
        for (int c = first, stop = cells[first].skip; c < stop;) {
            const Cell& cell = cells[c];
            const double dx = std::max(std::max(bx0 - cell.cx, cell.cx - bx1), 0.0);
            const double dy = std::max(std::max(by0 - cell.cy, cell.cy - by1), 0.0);
            if (cell.size * cell.size < theta2 * (dx * dx + dy * dy)) {
                lx[len] = cell.cx;
                ly[len] = cell.cy;
                lm[len] = cell.mass;
                ++len;
                c = cell.skip;
            } else if (cell.leaf) {
                for (int p = cell.begin; p < cell.end; ++p, ++len) {
                    lx[len] = m_sx[p];
                    ly[len] = m_sy[p];
                    lm[len] = m_sm[p];
                }
                c = cell.skip;
            } else if (computed_here || cell.size > group.size) {
                ++c;  // opened: its children follow it
            } else {
                m_candidates.push_back(c);
                c = cell.skip;
            }
        }
    }
    if (computed_here) {
        const int size = group.end - group.begin;
        if ((int)m_gx.size() < size) {
            m_gx.resize(size);
            m_gy.resize(size);
        }
        std::fill(m_gx.begin(), m_gx.begin() + size, 0.0);
        std::fill(m_gy.begin(), m_gy.begin() + size, 0.0);
        kernel(&m_sx[group.begin], &m_sy[group.begin], size, lx, ly, lm, len, m_gx.data(), m_gy.data());
        for (int j = 0; j < size; ++j) {
            const int i = group.begin + j;
            const double km = k * m_sm[i];
            fx[m_order[i]] += km * m_gx[j];
            fy[m_order[i]] += km * m_gy[j];
        }
    } else {
        const size_t end = m_candidates.size();
        for (int child = g + 1; child < group.skip; child = cells[child].skip)
            WalkGroup(child, handed_down, end, len, theta2, k, kernel, fx, fy);
    }
    m_candidates.resize(handed_down);
}

}  // namespace sse
