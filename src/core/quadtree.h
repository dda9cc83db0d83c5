// quadtree.h: a Barnes-Hut quadtree over weighted points, for O(n log n) approximate repulsion.
//
// Built from the points sorted along a Morton (Z-order) curve: every cell is a contiguous range of the sorted
// points, cells are stored in depth-first order with a "skip" index past their subtree (no pointers, no
// stack), cells with a single non-empty quadrant are collapsed into it (same centre of mass and mass, smaller
// square: the opening test gives what the classic tree gives), and leaves hold up to a few points.
// Repulsion walks the tree once per small group of nearby points instead of once per point: a cell is taken
// as one body for the whole group when it is far enough from the group's bounding box, which is at least as
// accurate for each point as the classic per-point test with the same theta.
#pragma once

#include <cstdint>
#include <vector>

#include "core/repulsion_kernel.h"

namespace sse {

class QuadTree {
public:
    // Rebuilds the tree over n points (x[i], y[i]) with masses m[i] > 0. O(n) (radix sort) plus O(cells).
    void Build(const double* x, const double* y, const double* m, int n);

    // Adds to fx[i], fy[i] the repulsion k * m_i * m_j / d from every other point j, directed away from j, with
    // the Barnes-Hut approximation: a cell of side s at distance d (from its centre of mass) counts as one
    // body when s < theta * d. theta <= 0 computes every pair exactly. Coincident points do not repel.
    void AddRepulsion(double k, double theta, double* fx, double* fy) const;

    // Calls visit(cx, cy, mass) for every cell that is far enough from (px, py) (size / distance < theta) and
    // for every single point other than skip; cells that are too close are opened.
    template <class Visit>
    void ForEachFar(double px, double py, int skip, double theta, Visit&& visit) const;

    int CellCount() const { return (int)m_cells.size(); }

private:
    struct Cell {
        double cx, cy, mass;  // centre of mass and total mass
        double size;          // side of the cell's square
        int begin, end;       // its points: [begin, end) in the sorted order
        int skip;             // index of the next cell after this one's subtree
        int leaf;             // 1 when its points are stored individually (no children)
    };
    int BuildCell(int begin, int end, int level, double size);
    // The repulsion on the points of cell g from the bodies already on the list (lx/ly/lm [0, len)) and from the
    // candidate cells m_candidates[cand_begin, cand_end): see quadtree.cpp.
    void WalkGroup(int g, size_t cand_begin, size_t cand_end, int len, double theta2, double k, RepulsionKernel kernel,
                   double* fx, double* fy) const;

    int m_n = 0;
    std::vector<Cell> m_cells;
    std::vector<uint64_t> m_keys, m_keys_tmp;
    std::vector<int> m_order, m_order_tmp;  // m_order[k] = original index of the k-th sorted point
    std::vector<double> m_sx, m_sy, m_sm;   // points in sorted order
    // Interaction list of the group being processed (cells taken whole, and single points); sized by Build.
    mutable std::vector<double> m_lx, m_ly, m_lm;
    mutable std::vector<double> m_gx, m_gy;  // the sums of the group being processed
    mutable int m_group_size = 64;            // points that share one walk (the kernel's preference)
    mutable std::vector<int> m_candidates;   // cells handed down to subgroups, a stack of ranges (WalkGroup)
};

template <class Visit>
void QuadTree::ForEachFar(double px, double py, int skip, double theta, Visit&& visit) const {
    const double theta2 = theta * theta;
    int c = 0;
    const int count = (int)m_cells.size();
    while (c < count) {
        const Cell& cell = m_cells[c];
        double dx = cell.cx - px, dy = cell.cy - py;
        if (theta > 0 && cell.size * cell.size < theta2 * (dx * dx + dy * dy)) {
            visit(cell.cx, cell.cy, cell.mass);
            c = cell.skip;
        } else if (cell.leaf) {
            for (int k = cell.begin; k < cell.end; ++k)
                if (m_order[k] != skip) visit(m_sx[k], m_sy[k], m_sm[k]);
            c = cell.skip;
        } else {
            ++c;
        }
    }
}

}  // namespace sse
