// quadtree.cpp: see quadtree.h.
#include "core/quadtree.h"

#include <algorithm>
#include <cmath>

#include "core/repulsion_kernel.h"

namespace sse {

namespace {
constexpr int KeyBits = 31;     // bits per axis in the Morton key, so also the deepest level
constexpr int LeafSize = 4;     // a cell with at most this many points keeps them individually
constexpr int GroupSize = 64;   // points that share one tree walk in AddRepulsion

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

int QuadTree::Gather(double theta2, double bx0, double by0, double bx1, double by1) const {
    // The list never holds more than every cell plus every point: sized once per Build, written without checks.
    double* __restrict lx = m_lx.data();
    double* __restrict ly = m_ly.data();
    double* __restrict lm = m_lm.data();
    const Cell* cells = m_cells.data();
    int len = 0;
    const int count = (int)m_cells.size();
    for (int c = 0; c < count;) {
        const Cell& cell = cells[c];
        double dx = std::max(std::max(bx0 - cell.cx, cell.cx - bx1), 0.0);
        double dy = std::max(std::max(by0 - cell.cy, cell.cy - by1), 0.0);
        if (cell.size * cell.size < theta2 * (dx * dx + dy * dy)) {
            lx[len] = cell.cx;
            ly[len] = cell.cy;
            lm[len] = cell.mass;
            ++len;
            c = cell.skip;
        } else if (cell.leaf) {
            for (int k = cell.begin; k < cell.end; ++k, ++len) {
                lx[len] = m_sx[k];
                ly[len] = m_sy[k];
                lm[len] = m_sm[k];
            }
            c = cell.skip;
        } else {
            ++c;
        }
    }
    return len;
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
    const double theta2 = theta * theta;
    const int count = (int)m_cells.size();
    const RepulsionKernel kernel = ActiveRepulsionKernel();
    for (int c = 0; c < count;) {
        const Cell& group = m_cells[c];
        if (!group.leaf && group.end - group.begin > GroupSize) {
            ++c;  // too many points: its children make the groups
            continue;
        }
        double bx0 = m_sx[group.begin], bx1 = bx0, by0 = m_sy[group.begin], by1 = by0;
        for (int i = group.begin + 1; i < group.end; ++i) {
            bx0 = std::min(bx0, m_sx[i]);
            bx1 = std::max(bx1, m_sx[i]);
            by0 = std::min(by0, m_sy[i]);
            by1 = std::max(by1, m_sy[i]);
        }
        const int len = Gather(theta2, bx0, by0, bx1, by1);
        // The group's sums, by the kernel of the CPU's widest vectors (repulsion_kernel.h).
        const int size = group.end - group.begin;
        if ((int)m_gx.size() < size) {
            m_gx.resize(size);
            m_gy.resize(size);
        }
        std::fill(m_gx.begin(), m_gx.begin() + size, 0.0);
        std::fill(m_gy.begin(), m_gy.begin() + size, 0.0);
        kernel(&m_sx[group.begin], &m_sy[group.begin], size, m_lx.data(), m_ly.data(), m_lm.data(), len, m_gx.data(),
               m_gy.data());
        for (int j = 0; j < size; ++j) {
            const int i = group.begin + j;
            const double km = k * m_sm[i];
            fx[m_order[i]] += km * m_gx[j];
            fy[m_order[i]] += km * m_gy[j];
        }
        c = group.skip;
    }
}

}  // namespace sse
