// svg_export.cpp: see svg_export.h. The geometry follows the canvas's drawing code (ui/graph_canvas.cpp,
// ui/canvas_labels.cpp, ui/map_backdrop.cpp): where a number appears here, it is the canvas's.
#include "core/svg_export.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>

#include "core/display_list.h"
#include "core/explorer.h"
#include "core/layouts.h"
#include "core/palette.h"
#include "core/vocabulary.h"
#include "core/xml_text.h"

namespace sse {

namespace {

constexpr float FadedAlpha = 0.13f;        // graph_canvas.cpp
constexpr size_t CrowdedLinks = 2000;      // graph_canvas.cpp: level of detail beyond this many links
constexpr float CodeSizeRatio = 0.8f;      // canvas_labels.cpp
constexpr float BandFontSize = 15.0f;      // ui/theme.h BaseFontSize (the level bands' names)
const char* const FontFamily = "'DejaVu Sans', Verdana, Arial, sans-serif";  // the app's font, by name
// The canvas's text sizes are line heights (Dear ImGui scales a font so that ascent + descent is the size); SVG's
// font-size is the em. DejaVu Sans: ascent 0.928 em, descent 0.236 em, so an em is 1 / 1.164 of the line, and
// the baseline lies 0.928 / 1.164 of the line below its top.
constexpr double EmPerLine = 1.0 / 1.164, AscentPerLine = 0.928 / 1.164;

using P = Vec2;  // screen pixels here (std::vector<Vec2> is in the program already: no second copy of its code)

// A coordinate rounded to a tenth of a pixel (enough at screen resolution, and the files stay small), for %g.
double R(double v) {
    const double r = std::isfinite(v) ? std::round(v * 10) / 10 : 0.0;
    return r == 0 ? 0.0 : r;  // no "-0"
}
Rgba Opaque(Rgb c) { return {c.r, c.g, c.b, 255}; }

// Code points in a UTF-8 string (the estimate of a label's width counts characters, not bytes).
size_t CodePoints(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}
// A text's width in pixels at line height `size`: DejaVu Sans averages about 0.6 em per character in names.
double TextWidth(const std::string& s, double size) { return 0.6 * EmPerLine * size * (double)CodePoints(s); }

struct Box {
    double x0, y0, x1, y1;
    bool Overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    bool Contains(P p) const { return x0 < p.x && p.x < x1 && y0 < p.y && p.y < y1; }
};

// Writes the document through printf-style formats (one shared formatting routine: this code is in the page's
// first download, where string concatenations would cost several times more).
class Writer {
public:
    Writer(const Explorer& ex, const SvgLabels& labels, const SvgOptions& options)
        : m_ex(ex), m_labels(labels), m_options(options), m_pal(CanvasPaletteFor(ex.presentation.theme)),
          m_cam(ex.View()) {
        BuildDisplayList(ex, &m_list);
        m_w = std::max(1.0, m_cam.viewport.x);
        m_h = std::max(1.0, m_cam.viewport.y);
        m_screen.resize(m_list.actors.size());
        m_radius.resize(m_list.actors.size());
        for (size_t i = 0; i < m_list.actors.size(); ++i) {
            const Vec2 s = m_cam.WorldToScreen(m_list.actors[i].pos);
            m_screen[i] = {s.x - m_cam.origin.x, s.y - m_cam.origin.y};
            m_radius[i] = m_list.actors[i].radius * m_cam.zoom;
        }
    }

    std::string Write() {
        const std::string title = m_ex.Data().title.empty() ? m_ex.Data().id : m_ex.Data().title;
        Out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
            "width=\"%g\" height=\"%g\" viewBox=\"0 0 %g %g\" font-family=\"%s\">\n<title>",
            R(m_w), R(m_h), R(m_w), R(m_h), FontFamily);
        Text(title);
        Out("</title>\n<desc>SSE Ecosystem Explorer: %s view, %d actors and %d links shown</desc>\n"
            "<defs><clipPath id=\"canvas\"><rect width=\"%g\" height=\"%g\"/></clipPath></defs>\n",
            DisplayName(m_ex.Layout()), (int)m_list.actors.size(), (int)m_list.links.size(), R(m_w), R(m_h));
        if (m_options.background) {
            Out("<rect id=\"background\" width=\"%g\" height=\"%g\"", R(m_w), R(m_h));
            Paint("fill", m_pal.background);
            Out("/>\n");
        }
        Out("<g clip-path=\"url(#canvas)\">\n");
        if (m_ex.Layout() == LayoutKind::Geographic) MapBackdrop();
        if (m_ex.Layout() == LayoutKind::Levels) LevelBands();
        Links();
        Actors();
        Labels();
        Out("</g>\n");
        if (m_options.legend) Legend(title);
        Out("</svg>\n");
        return std::move(m_out);
    }

private:
    // Appends printf-formatted text.
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    void Out(const char* format, ...) {
        char buf[512];
        va_list args;
        va_start(args, format);
        const int n = std::vsnprintf(buf, sizeof buf, format, args);
        va_end(args);
        if (n < 0) return;
        if ((size_t)n < sizeof buf) {
            m_out.append(buf, (size_t)n);
            return;
        }
        std::vector<char> big((size_t)n + 1);
        va_start(args, format);
        std::vsnprintf(big.data(), big.size(), format, args);
        va_end(args);
        m_out.append(big.data(), (size_t)n);
    }
    void Text(const std::string& text) { m_out += XmlEscape(text); }
    // ' fill="#rrggbb"' plus a fill-opacity when not opaque (attr: "fill" or "stroke").
    void Paint(const char* attr, Rgba c, float alpha = 1.0f) {
        Out(" %s=\"#%02x%02x%02x\"", attr, c.r, c.g, c.b);
        const double a = c.a / 255.0 * alpha;
        if (a < 0.999) Out(" %s-opacity=\"%g%%\"", attr, R(a * 100));
    }

    bool OnCanvas(P c, double reach) const { return c.x + reach >= 0 && c.x - reach <= m_w && c.y + reach >= 0 && c.y - reach <= m_h; }

    void LevelBands() {
        Out("<g id=\"levels\">\n");
        const double left = m_cam.inset_left + 8;
        for (int l = 0; l < LevelCount; ++l) {
            const double spacing = m_ex.BandSpacing() > 0 ? m_ex.BandSpacing() : LevelBandY(static_cast<Level>(1));
            const double y = m_cam.WorldToScreen({0, LevelBandY((Level)l, m_ex.BandSpacing())}).y - m_cam.origin.y;
            const double half = 0.375 * spacing * m_cam.zoom;
            Out("<rect x=\"0\" y=\"%g\" width=\"%g\" height=\"%g\"", R(y - half), R(m_w), R(2 * half));
            Paint("fill", l % 2 ? m_pal.band_a : m_pal.band_b);
            Out("/>\n<text x=\"%g\" y=\"%g\" font-size=\"%g\"", R(left), R(y - half + 3 + AscentPerLine * BandFontSize),
                R(BandFontSize * EmPerLine));
            Paint("fill", m_pal.band_label);
            Out(">");
            Text(DisplayName((Level)l));
            Out("</text>\n");
        }
        Out("</g>\n");
    }

    // The graticule every 30 degrees and the land outlines (map_backdrop.cpp), rings off the canvas left out.
    void MapBackdrop() {
        auto to = [&](double lon, double lat) {
            const Vec2 s = m_cam.WorldToScreen(Vec2{lon * GeoScale, -lat * GeoScale});
            return P{s.x - m_cam.origin.x, s.y - m_cam.origin.y};
        };
        Out("<g id=\"map\" fill=\"none\">\n<path stroke=\"#e2e5ea\" stroke-width=\"1\" d=\"");
        for (int lon = -180; lon <= 180; lon += 30) {
            const P a = to(lon, 90), b = to(lon, -90);
            Out("M%g %gL%g %g", R(a.x), R(a.y), R(b.x), R(b.y));
        }
        for (int lat = -90; lat <= 90; lat += 30) {
            const P a = to(-180, lat), b = to(180, lat);
            Out("M%g %gL%g %g", R(a.x), R(a.y), R(b.x), R(b.y));
        }
        Out("\"/>\n<path stroke=\"#aab0ba\" stroke-width=\"1.2\" d=\"");
        for (const std::vector<Vec2>& ring : m_ex.world.rings) {
            if (ring.size() < 2) continue;
            double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
            for (const Vec2& v : ring) {
                const P p = to(v.x, v.y);
                x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
            }
            if (x1 < -4 || x0 > m_w + 4 || y1 < -4 || y0 > m_h + 4) continue;
            for (size_t i = 0; i < ring.size(); ++i) {
                const P p = to(ring[i].x, ring[i].y);
                Out("%c%g %g", i ? 'L' : 'M', R(p.x), R(p.y));
            }
        }
        Out("\"/>\n</g>\n");
    }

    // One arrow head: tip, pointing along dir, `size` long and half as wide (draw_primitives.cpp).
    void Head(P tip, P dir, double size, Rgba col, float alpha) {
        const P base{tip.x - dir.x * size, tip.y - dir.y * size}, side{-dir.y * size * 0.5, dir.x * size * 0.5};
        Out("<polygon class=\"head\" points=\"%g,%g %g,%g %g,%g\"", R(tip.x), R(tip.y), R(base.x + side.x),
            R(base.y + side.y), R(base.x - side.x), R(base.y - side.y));
        Paint("fill", col, alpha);
        Out("/>\n");
    }

    // Where a curve (sampled as the canvas samples it) leaves a disc of radius r around its end or its start,
    // and the direction there, pointing into the actor (graph_canvas.cpp ExitPoint).
    static P Exit(const P* pts, int n, double r, bool from_end, P& dir) {
        const P c = from_end ? pts[n - 1] : pts[0];
        for (int k = 1; k < n; ++k) {
            const P p = from_end ? pts[(size_t)(n - 1 - k)] : pts[(size_t)k];
            const double dx = p.x - c.x, dy = p.y - c.y, d = std::sqrt(dx * dx + dy * dy);
            if (d >= r || k == n - 1) {
                const double s = d > 1e-3 ? r / d : 0, dd = d > 1e-3 ? d : 1;
                dir = {-dx / dd, -dy / dd};
                return {c.x + dx * std::min(s, 1.0), c.y + dy * std::min(s, 1.0)};
            }
        }
        dir = {1, 0};
        return c;
    }

    void Links() {
        Out("<g id=\"links\" fill=\"none\">\n");
        const bool crowded = m_list.links.size() > CrowdedLinks;
        P path[21];  // a curve's points, sampled as the canvas samples it
        for (const DisplayLink& l : m_list.links) {
            const P a = m_screen[(size_t)l.from], b = m_screen[(size_t)l.to];
            const double dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
            if (len < 1) continue;
            double bow = l.bend * 22.0;
            if (l.arc != 0 && len > 90) bow += l.arc * std::min(0.18 * len, 90.0);
            const double reach = std::fabs(bow) + 40;
            if (std::max(a.x, b.x) + reach < 0 || std::min(a.x, b.x) - reach > m_w || std::max(a.y, b.y) + reach < 0 ||
                std::min(a.y, b.y) - reach > m_h)
                continue;
            const bool straight = std::fabs(bow) < 0.5;
            const double t = l.width, ra = m_radius[(size_t)l.from] + 1, rb = m_radius[(size_t)l.to] + 1;
            const double visible = len - ra - rb, head_size = 6.0 + t * 1.5, period = 12.0 + 2.0 * t;
            if (crowded && straight && visible <= 0 && !l.highlighted) continue;
            const bool heads = !crowded || !straight || l.highlighted || visible >= 4.0 * head_size;
            const bool dashed = l.dashed && (!crowded || !straight || visible >= 2.0 * period);
            const Rgba col = l.highlighted ? m_pal.link_highlight : m_pal.link;
            const float alpha = l.faded ? FadedAlpha * 1.5f : 1.0f;
            const P ctrl{(a.x + b.x) * 0.5 - dy / len * bow, (a.y + b.y) * 0.5 + dx / len * bow};
            Out(straight ? "<line class=\"link\" data-link=\"" : "<path class=\"link\" data-link=\"");
            Text(m_ex.Data().links[(size_t)l.link].id);
            if (straight)
                Out("\" x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\"", R(a.x), R(a.y), R(b.x), R(b.y));
            else
                Out("\" d=\"M%g %gQ%g %g %g %g\"", R(a.x), R(a.y), R(ctrl.x), R(ctrl.y), R(b.x), R(b.y));
            Paint("stroke", col, alpha);
            Out(" stroke-width=\"%g\"", R(std::max(t, 1.0)));
            if (dashed) Out(" stroke-dasharray=\"%g %g\"", R(7 + t), R(5 + t));
            Out("/>\n");
            if (!heads) continue;
            for (int i = 0; !straight && i <= 20; ++i) {
                const double s = i / 20.0, u = 1 - s;
                path[i] = {u * u * a.x + 2 * u * s * ctrl.x + s * s * b.x, u * u * a.y + 2 * u * s * ctrl.y + s * s * b.y};
            }
            const P u{dx / len, dy / len};
            if (l.head_at_to) {
                P dir = u, tip{b.x - u.x * std::min(rb, len), b.y - u.y * std::min(rb, len)};
                if (!straight) tip = Exit(path, 21, rb, true, dir);
                Head(tip, dir, head_size, col, alpha);
            }
            if (l.head_at_from) {
                P dir{-u.x, -u.y}, tip{a.x + u.x * std::min(ra, len), a.y + u.y * std::min(ra, len)};
                if (!straight) tip = Exit(path, 21, ra, false, dir);
                Head(tip, dir, head_size, col, alpha);
            }
        }
        Out("</g>\n");
    }

    // Territory ring, selection ring, then the shape with its outline (graph_canvas.cpp DrawActors, DrawShape).
    void Actors() {
        Out("<g id=\"actors\">\n");
        for (size_t i = 0; i < m_list.actors.size(); ++i) {
            const DisplayActor& d = m_list.actors[i];
            const P c = m_screen[i];
            const double r = m_radius[i];
            if (!OnCanvas(c, r + 12) || r < 0.5) continue;
            const float alpha = d.pale ? FadedAlpha * 1.6f : 1.0f;
            const double ring_w = std::min(2.5, r * 0.3);
            if (d.ring >= 0) {
                Out("<circle class=\"ring\" cx=\"%g\" cy=\"%g\" r=\"%g\" fill=\"none\"", R(c.x), R(c.y), R(r + 1.5 + ring_w * 0.5));
                Paint("stroke", Opaque(TerritoryRingRgb(d.ring)), alpha);
                Out(" stroke-width=\"%g\"/>\n", R(ring_w));
            }
            if (d.selected) {
                Out("<circle class=\"selection\" cx=\"%g\" cy=\"%g\" r=\"%g\" fill=\"none\"", R(c.x), R(c.y),
                    R(r + (d.ring >= 0 ? 4.0 + ring_w : 6.0)));
                Paint("stroke", m_pal.selection);
                Out(" stroke-width=\"3\"/>\n");
            }
            if (d.shape == ActorShape::Circle) {
                Out("<circle class=\"actor\" cx=\"%g\" cy=\"%g\" r=\"%g\"", R(c.x), R(c.y), R(r - 0.5));
            } else {
                static const P square[4] = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}, diamond[4] = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}},
                               triangle[3] = {{0, -1}, {0.93, 0.6}, {-0.93, 0.6}},
                               hexagon[6] = {{1, 0}, {0.5, 0.866025}, {-0.5, 0.866025}, {-1, 0}, {-0.5, -0.866025}, {0.5, -0.866025}};
                const P* pts = square;
                int n = 4;
                double scale = r * 0.88 - 0.5;
                if (d.shape == ActorShape::Diamond) pts = diamond, scale = r;
                if (d.shape == ActorShape::Triangle) pts = triangle, n = 3, scale = r;
                if (d.shape == ActorShape::Hexagon) pts = hexagon, n = 6, scale = r - 0.5;
                Out("<polygon class=\"actor\" points=\"");
                for (int k = 0; k < n; ++k) Out(k ? " %g,%g" : "%g,%g", R(c.x + pts[k].x * scale), R(c.y + pts[k].y * scale));
                Out("\"");
            }
            Out(" data-actor=\"");
            Text(m_ex.Data().actors[(size_t)d.actor].id);
            Out("\"");
            Paint("fill", Opaque(ActorKindRgb(d.kind)), alpha);
            Paint("stroke", d.hovered ? m_pal.label : m_pal.outline, alpha);
            Out(" stroke-width=\"%s\"/>\n", d.hovered ? "2.5" : "1.5");
        }
        Out("</g>\n");
    }

    // The actors whose labels go in the figure: the canvas's own (labels.valid), else placed here by the canvas's
    // rule: in the display list's label order, forced ones always, the others only where they overlap no placed
    // label and the point just under their actor is free (canvas_labels.cpp PlaceLabel).
    std::vector<int> LabelActors(double size) const {
        if (m_labels.valid) return m_labels.actors;
        std::vector<int> out;  // placed labels, by actor; their boxes are LabelBox again (no second vector)
        for (size_t k = 0; k < m_list.label_order.size(); ++k) {
            const DisplayLabel& label = m_list.label_order[k];
            const P c = m_screen[(size_t)label.slot];
            const P under{c.x, c.y + m_radius[(size_t)label.slot] + 3};
            const Box box = LabelBox(label.slot, size);
            bool free = true;
            for (size_t i = 0; free && (int)k >= m_list.forced_labels && i < out.size(); ++i) {
                const Box other = LabelBox(m_list.slot[(size_t)out[i]], size);
                free = !other.Contains(under) && !other.Overlaps(box);
            }
            if (free) out.push_back(label.actor);
        }
        return out;
    }

    bool HasCode(const DisplayActor& d) const { return m_list.territory_codes && d.code && !d.code->empty(); }
    // A label's backdrop (canvas_labels.cpp): `measured` is its width as the canvas measured it, or 0 (estimated).
    Box LabelBox(int slot, double size, double measured = 0) const {
        const DisplayActor& d = m_list.actors[(size_t)slot];
        const P c = m_screen[(size_t)slot];
        const double r = m_radius[(size_t)slot];
        const double w = measured > 0 ? measured - 4
                                      : TextWidth(*d.label, size) + (HasCode(d) ? size * 0.35 + TextWidth(*d.code, size * CodeSizeRatio) : 0);
        return {c.x - w * 0.5 - 2, c.y + r + 2, c.x + w * 0.5 + 2, c.y + r + 4 + size};
    }

    void Labels() {
        const double size = m_labels.font_size > 0 ? m_labels.font_size : 14.0;
        Out("<g id=\"labels\" font-size=\"%g\" text-anchor=\"middle\">\n", R(size * EmPerLine));
        const std::vector<int> actors = LabelActors(size);
        for (size_t k = 0; k < actors.size(); ++k) {
            const int a = actors[k];
            if (a < 0 || (size_t)a >= m_list.slot.size() || m_list.slot[(size_t)a] < 0) continue;
            const int slot = m_list.slot[(size_t)a];
            const DisplayActor& d = m_list.actors[(size_t)slot];
            const bool measured = m_labels.valid && k < m_labels.widths.size();
            const Box box = LabelBox(slot, size, measured ? m_labels.widths[k] : 0);
            if (box.x1 < 0 || box.x0 > m_w || box.y1 < 0 || box.y0 > m_h) continue;
            Out("<rect class=\"label-backdrop\" x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" rx=\"3\"", R(box.x0),
                R(box.y0), R(box.x1 - box.x0), R(box.y1 - box.y0));
            Paint("fill", m_pal.label_backdrop);
            // The baseline: the box's top, the canvas's 1 pixel, then the font's ascent. Centred on the box's middle,
            // as the canvas centres the name and its code together.
            Out("/>\n<text class=\"label\" x=\"%g\" y=\"%g\"", R((box.x0 + box.x1) * 0.5), R(box.y0 + 1 + AscentPerLine * size));
            Paint("fill", m_pal.label);
            Out(">");
            Text(*d.label);
            if (HasCode(d)) {
                Out("<tspan dx=\"%g\" font-size=\"%g\"", R(size * 0.35), R(size * CodeSizeRatio * EmPerLine));
                Paint("fill", m_pal.band_label);
                Out(">");
                Text(*d.code);
                Out("</tspan>");
            }
            Out("</text>\n");
        }
        Out("</g>\n");
    }

    // The title (and a tour step's caption) at the top left; the legend (kinds and link kinds on screen, as the
    // sidebar's) at the bottom left: where the screen has its toolbar and side panel rather than the network.
    void Legend(const std::string& title) {
        const double x = 12, line = 18;
        double y = 12;
        Out("<g id=\"title\"");
        Paint("fill", m_pal.label);
        Out(">\n<text x=\"%g\" y=\"%g\" font-size=\"18\" font-weight=\"bold\">", R(x), R(y + 16));
        Text(title);
        Out("</text>\n");
        if (const TourStep* step = m_ex.CurrentStep()) {
            Out("<text class=\"caption\" x=\"%g\" y=\"%g\" font-size=\"14\" font-weight=\"bold\">", R(x), R(y + 38));
            Text(step->title);
            Out("</text>\n<text class=\"caption\" x=\"%g\" y=\"%g\" font-size=\"13\">", R(x), R(y + 55));
            Text(step->text);
            Out("</text>\n");
        }
        Out("</g>\n");
        int kinds[ActorKindCount] = {}, link_kinds[LinkKindCount] = {};
        for (const DisplayActor& d : m_list.actors) ++kinds[(int)d.kind];
        for (const DisplayLink& l : m_list.links) ++link_kinds[(int)m_ex.Data().links[(size_t)l.link].kind];
        int rows = 0;
        for (int k : kinds) rows += k > 0;
        for (int k : link_kinds) rows += k > 0;
        if (rows == 0) return;
        double ly = m_h - 12 - rows * line - 8;
        Out("<g id=\"legend\" font-size=\"13\">\n<rect x=\"%g\" y=\"%g\" width=\"230\" height=\"%g\" rx=\"4\"", R(x - 6),
            R(ly - 4), R(rows * line + 12));
        Paint("fill", m_pal.label_backdrop);
        Out("/>\n");
        ly += 4;
        // Each kind's shape at radius 6 (the canvas's unit shapes, as in Actors), then its name and count.
        static const char* const shape_points[] = {"", "-5,-5 5,-5 5,5 -5,5", "0,-6 6,0 0,6 -6,0", "0,-6 5.6,3.6 -5.6,3.6",
                                                   "6,0 3,5.2 -3,5.2 -6,0 -3,-5.2 3,-5.2"};
        for (int k = 0; k < ActorKindCount; ++k) {
            if (!kinds[k]) continue;
            const double cy = ly + line * 0.5;
            const ActorShape shape = ActorKindShape((ActorKind)k);
            if (shape == ActorShape::Circle) Out("<circle cx=\"%g\" cy=\"%g\" r=\"6\"", R(x + 6), R(cy));
            else Out("<polygon transform=\"translate(%g %g)\" points=\"%s\"", R(x + 6), R(cy), shape_points[(int)shape]);
            Paint("fill", Opaque(ActorKindRgb((ActorKind)k)));
            Paint("stroke", m_pal.outline);
            Out(" stroke-width=\"1\"/>\n<text x=\"%g\" y=\"%g\"", R(x + 20), R(cy + 4.5));
            Paint("fill", m_pal.label);
            Out(">");
            Text(DisplayName((ActorKind)k));
            Out(" (%d)</text>\n", kinds[k]);
            ly += line;
        }
        for (int k = 0; k < LinkKindCount; ++k) {
            if (!link_kinds[k]) continue;
            const double my = ly + line * 0.5;
            Out("<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\"", R(x - 2), R(my), R(x + 14), R(my));
            Paint("stroke", m_pal.link_highlight);
            Out(" stroke-width=\"2\"%s/>\n<text x=\"%g\" y=\"%g\"", k ? " stroke-dasharray=\"5 3\"" : "", R(x + 20), R(my + 4.5));
            Paint("fill", m_pal.label);
            Out(">");
            Text(DisplayName((LinkKind)k));
            Out(": %d</text>\n", link_kinds[k]);
            ly += line;
        }
        Out("</g>\n");
    }

    const Explorer& m_ex;
    const SvgLabels& m_labels;
    const SvgOptions& m_options;
    const CanvasPalette& m_pal;
    const Camera& m_cam;
    DisplayList m_list;
    std::vector<P> m_screen;
    std::vector<double> m_radius;
    double m_w = 1, m_h = 1;
    std::string m_out;
};

}  // namespace

std::string WriteSvg(const Explorer& ex, const SvgLabels& labels, const SvgOptions& options) {
    return Writer(ex, labels, options).Write();
}

}  // namespace sse
