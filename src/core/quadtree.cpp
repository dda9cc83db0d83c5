// quadtree.cpp: see quadtree.h.
#include "core/quadtree.h"

#include <algorithm>
#include <cmath>

namespace sse {

namespace {
constexpr int MaxDepth = 48;  // beyond this, coincident points are aggregated instead of split forever
}

void QuadTree::Build(const double* x, const double* y, const double* m, int n) {
    m_x = x;
    m_y = y;
    m_m = m;
    m_cells.clear();
    if (n <= 0) return;
    double minx = x[0], maxx = x[0], miny = y[0], maxy = y[0];
    for (int i = 1; i < n; ++i) {
        minx = std::min(minx, x[i]);
        maxx = std::max(maxx, x[i]);
        miny = std::min(miny, y[i]);
        maxy = std::max(maxy, y[i]);
    }
    Cell root;
    root.cx = (minx + maxx) * 0.5;
    root.cy = (miny + maxy) * 0.5;
    root.half = std::max(maxx - minx, maxy - miny) * 0.5 + 1e-9;
    m_cells.reserve(4 * n + 1);
    m_cells.push_back(root);
    for (int i = 0; i < n; ++i) Insert(0, i, 0);
}

void QuadTree::Insert(int cell, int body, int depth) {
    for (;;) {
        Cell& c = m_cells[cell];
        double bm = m_m[body];
        // Update this cell's centre of mass on the way down.
        double total = c.mass + bm;
        c.mx = (c.mx * c.mass + m_x[body] * bm) / total;
        c.my = (c.my * c.mass + m_y[body] * bm) / total;
        bool was_empty_leaf = c.child < 0 && c.body < 0 && c.mass == 0;
        c.mass = total;
        if (was_empty_leaf) {
            c.body = body;
            return;
        }
        if (c.child < 0) {
            if (depth >= MaxDepth) {  // aggregate: the leaf keeps only mass and centre
                c.body = -1;
                return;
            }
            // Split: push the resident point down into a new child.
            int resident = c.body;
            double half = c.half * 0.5, cx = c.cx, cy = c.cy;
            int first = (int)m_cells.size();
            c.child = first;
            c.body = -1;
            for (int k = 0; k < 4; ++k) {
                Cell child;
                child.half = half;
                child.cx = cx + ((k & 1) ? half : -half);
                child.cy = cy + ((k & 2) ? half : -half);
                m_cells.push_back(child);  // invalidates c
            }
            if (resident >= 0) {
                Cell& parent = m_cells[cell];
                int k = (m_x[resident] >= parent.cx ? 1 : 0) | (m_y[resident] >= parent.cy ? 2 : 0);
                Cell& child = m_cells[first + k];
                child.mass = m_m[resident];
                child.mx = m_x[resident];
                child.my = m_y[resident];
                child.body = resident;
            }
        }
        Cell& parent = m_cells[cell];
        int k = (m_x[body] >= parent.cx ? 1 : 0) | (m_y[body] >= parent.cy ? 2 : 0);
        cell = parent.child + k;
        ++depth;
    }
}

}  // namespace sse
