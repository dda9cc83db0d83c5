// quadtree.h: a Barnes-Hut quadtree over weighted points, for O(n log n) approximate repulsion.
#pragma once

#include <vector>

namespace sse {

class QuadTree {
public:
    // Rebuilds the tree over n points (x[i], y[i]) with masses m[i]. O(n log n).
    void Build(const double* x, const double* y, const double* m, int n);

    // Calls visit(cx, cy, mass) for every cell that is far enough from (px, py) (size / distance < theta) and for every
    // single point other than skip; cells that are too close are opened. theta == 0 visits every other point exactly.
    template <class Visit>
    void ForEachFar(double px, double py, int skip, double theta, Visit&& visit) const;

private:
    struct Cell {
        double cx = 0, cy = 0, half = 0;  // square bounds: centre and half side
        double mx = 0, my = 0, mass = 0;  // centre of mass and total mass
        int child = -1;                   // index of the first of 4 children, -1 for a leaf
        int body = -1;                    // the single point of a leaf, -1 when empty (or aggregated)
    };
    void Insert(int cell, int body, int depth);
    std::vector<Cell> m_cells;
    const double *m_x = nullptr, *m_y = nullptr, *m_m = nullptr;
    mutable std::vector<int> m_stack;
};

template <class Visit>
void QuadTree::ForEachFar(double px, double py, int skip, double theta, Visit&& visit) const {
    if (m_cells.empty()) return;
    m_stack.clear();
    m_stack.push_back(0);
    const double theta2 = theta * theta;
    while (!m_stack.empty()) {
        const Cell& c = m_cells[m_stack.back()];
        m_stack.pop_back();
        if (c.mass == 0) continue;
        if (c.child < 0) {
            if (c.body >= 0) {
                if (c.body != skip) visit(m_x[c.body], m_y[c.body], m_m[c.body]);
            } else if (c.mass > 0) {
                visit(c.mx, c.my, c.mass);  // points too close together to split further: one aggregate
            }
            continue;
        }
        double dx = c.mx - px, dy = c.my - py, d2 = dx * dx + dy * dy;
        double size = 2 * c.half;
        if (theta > 0 && size * size < theta2 * d2) {
            visit(c.mx, c.my, c.mass);
            continue;
        }
        for (int k = 0; k < 4; ++k) m_stack.push_back(c.child + k);
    }
}

}  // namespace sse
