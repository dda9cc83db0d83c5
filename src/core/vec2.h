// vec2.h: a 2-D point/vector in world or screen units. Plain value type, no dependencies.
#pragma once

#include <cmath>

namespace sse {

struct Vec2 {
    double x = 0, y = 0;
};

inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
inline double Length(Vec2 a) { return std::sqrt(a.x * a.x + a.y * a.y); }

// Axis-aligned box; empty when min > max.
struct Box {
    Vec2 min{1e300, 1e300}, max{-1e300, -1e300};
    bool Empty() const { return min.x > max.x || min.y > max.y; }
    void Add(Vec2 p) {
        if (p.x < min.x) min.x = p.x;
        if (p.y < min.y) min.y = p.y;
        if (p.x > max.x) max.x = p.x;
        if (p.y > max.y) max.y = p.y;
    }
};

}  // namespace sse
