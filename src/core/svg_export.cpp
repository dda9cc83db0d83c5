// svg_export.cpp: see svg_export.h. The geometry follows the canvas's drawing code (ui/graph_canvas.cpp,
// ui/canvas_labels.cpp, ui/map_backdrop.cpp): where a number appears here, it is the canvas's.
#include "core/svg_export.h"

#include <algorithm>
#include <cmath>
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

struct P {
    double x = 0, y = 0;
};

// A number with one decimal (enough at screen resolution, and the files stay small); "-0.0" written as "0".
std::string N(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::isfinite(v) ? v : 0.0);
    std::string s = buf;
    if (s == "-0.0") s = "0";
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

std::string Hex(Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}
std::string Hex(Rgb c) { return Hex(Rgba{c.r, c.g, c.b, 255}); }

// ' fill="#rrggbb"' plus a fill-opacity when not opaque (attr: "fill" or "stroke").
std::string Paint(const char* attr, Rgba c, float alpha = 1.0f) {
    std::string s = std::string(" ") + attr + "=\"" + Hex(c) + "\"";
    const double a = c.a / 255.0 * alpha;
    if (a < 0.999) s += std::string(" ") + attr + "-opacity=\"" + N(a * 100) + "%\"";
    return s;
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
        m_out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        m_out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + N(m_w) + "\" height=\"" + N(m_h) +
                 "\" viewBox=\"0 0 " + N(m_w) + " " + N(m_h) + "\" font-family=\"" + FontFamily + "\">\n";
        m_out += "<title>" + XmlEscape(title) + "</title>\n";
        m_out += "<desc>" + XmlEscape("SSE Ecosystem Explorer: " + std::string(DisplayName(m_ex.Layout())) + " view, " +
                                      std::to_string(m_list.actors.size()) + " actors and " +
                                      std::to_string(m_list.links.size()) + " links shown") + "</desc>\n";
        m_out += "<defs><clipPath id=\"canvas\"><rect width=\"" + N(m_w) + "\" height=\"" + N(m_h) + "\"/></clipPath></defs>\n";
        if (m_options.background)
            m_out += "<rect id=\"background\" width=\"" + N(m_w) + "\" height=\"" + N(m_h) + "\"" + Paint("fill", m_pal.background) + "/>\n";
        m_out += "<g clip-path=\"url(#canvas)\">\n";
        if (m_ex.Layout() == LayoutKind::Geographic) MapBackdrop();
        if (m_ex.Layout() == LayoutKind::Levels) LevelBands();
        Links();
        Actors();
        Labels();
        m_out += "</g>\n";
        if (m_options.legend) Legend(title);
        m_out += "</svg>\n";
        return std::move(m_out);
    }

private:
    bool OnCanvas(P c, double reach) const { return c.x + reach >= 0 && c.x - reach <= m_w && c.y + reach >= 0 && c.y - reach <= m_h; }

    void LevelBands() {
        m_out += "<g id=\"levels\">\n";
        const double left = m_cam.inset_left + 8;
        for (int l = 0; l < LevelCount; ++l) {
            const double spacing = m_ex.BandSpacing() > 0 ? m_ex.BandSpacing() : LevelBandY(static_cast<Level>(1));
            const double y = m_cam.WorldToScreen({0, LevelBandY((Level)l, m_ex.BandSpacing())}).y - m_cam.origin.y;
            const double half = 0.375 * spacing * m_cam.zoom;
            m_out += "<rect x=\"0\" y=\"" + N(y - half) + "\" width=\"" + N(m_w) + "\" height=\"" + N(2 * half) + "\"" +
                     Paint("fill", l % 2 ? m_pal.band_a : m_pal.band_b) + "/>\n";
            m_out += "<text x=\"" + N(left) + "\" y=\"" + N(y - half + 3 + AscentPerLine * BandFontSize) + "\" font-size=\"" +
                     N(BandFontSize * EmPerLine) + "\"" + Paint("fill", m_pal.band_label) + ">" + XmlEscape(DisplayName((Level)l)) + "</text>\n";
        }
        m_out += "</g>\n";
    }

    // The graticule every 30 degrees and the land outlines (map_backdrop.cpp), rings off the canvas left out.
    void MapBackdrop() {
        auto to = [&](double lon, double lat) {
            const Vec2 s = m_cam.WorldToScreen(Vec2{lon * GeoScale, -lat * GeoScale});
            return P{s.x - m_cam.origin.x, s.y - m_cam.origin.y};
        };
        m_out += "<g id=\"map\" fill=\"none\">\n<path stroke=\"#e2e5ea\" stroke-width=\"1\" d=\"";
        for (int lon = -180; lon <= 180; lon += 30) {
            const P a = to(lon, 90), b = to(lon, -90);
            m_out += "M" + N(a.x) + " " + N(a.y) + "L" + N(b.x) + " " + N(b.y);
        }
        for (int lat = -90; lat <= 90; lat += 30) {
            const P a = to(-180, lat), b = to(180, lat);
            m_out += "M" + N(a.x) + " " + N(a.y) + "L" + N(b.x) + " " + N(b.y);
        }
        m_out += "\"/>\n<path stroke=\"#aab0ba\" stroke-width=\"1.2\" d=\"";
        for (const std::vector<Vec2>& ring : m_ex.world.rings) {
            if (ring.size() < 2) continue;
            double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
            std::string d;
            for (size_t i = 0; i < ring.size(); ++i) {
                const P p = to(ring[i].x, ring[i].y);
                x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
                d += (i ? "L" : "M") + N(p.x) + " " + N(p.y);
            }
            if (x1 >= -4 && x0 <= m_w + 4 && y1 >= -4 && y0 <= m_h + 4) m_out += d;
        }
        m_out += "\"/>\n</g>\n";
    }

    // One arrow head: tip, pointing along dir, `size` long and half as wide (draw_primitives.cpp).
    std::string Head(P tip, P dir, double size, const std::string& paint) {
        const P base{tip.x - dir.x * size, tip.y - dir.y * size}, side{-dir.y * size * 0.5, dir.x * size * 0.5};
        return "<polygon class=\"head\" points=\"" + N(tip.x) + "," + N(tip.y) + " " + N(base.x + side.x) + "," +
               N(base.y + side.y) + " " + N(base.x - side.x) + "," + N(base.y - side.y) + "\"" + paint + "/>\n";
    }

    // Where a curve (sampled as the canvas samples it) leaves a disc of radius r around its end or its start,
    // and the direction there, pointing into the actor (graph_canvas.cpp ExitPoint).
    static P Exit(const std::vector<P>& pts, double r, bool from_end, P& dir) {
        const P c = from_end ? pts.back() : pts.front();
        const int n = (int)pts.size();
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
        m_out += "<g id=\"links\" fill=\"none\">\n";
        const bool crowded = m_list.links.size() > CrowdedLinks;
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
            std::string stroke = Paint("stroke", col, alpha) + " stroke-width=\"" + N(std::max(t, 1.0)) + "\"";
            if (dashed) stroke += " stroke-dasharray=\"" + N(7 + t) + " " + N(5 + t) + "\"";
            const std::string id = " data-link=\"" + XmlEscape(m_ex.Data().links[(size_t)l.link].id) + "\"";
            std::vector<P> path;
            if (straight) {
                m_out += "<line class=\"link\"" + id + " x1=\"" + N(a.x) + "\" y1=\"" + N(a.y) + "\" x2=\"" + N(b.x) +
                         "\" y2=\"" + N(b.y) + "\"" + stroke + "/>\n";
            } else {
                const P ctrl{(a.x + b.x) * 0.5 - dy / len * bow, (a.y + b.y) * 0.5 + dx / len * bow};
                m_out += "<path class=\"link\"" + id + " d=\"M" + N(a.x) + " " + N(a.y) + "Q" + N(ctrl.x) + " " + N(ctrl.y) +
                         " " + N(b.x) + " " + N(b.y) + "\"" + stroke + "/>\n";
                for (int i = 0; i <= 20; ++i) {
                    const double s = i / 20.0, u = 1 - s;
                    path.push_back({u * u * a.x + 2 * u * s * ctrl.x + s * s * b.x, u * u * a.y + 2 * u * s * ctrl.y + s * s * b.y});
                }
            }
            if (!heads) continue;
            const std::string fill = Paint("fill", col, alpha);
            const P u{dx / len, dy / len};
            if (l.head_at_to) {
                P dir = u, tip{b.x - u.x * std::min(rb, len), b.y - u.y * std::min(rb, len)};
                if (!straight) tip = Exit(path, rb, true, dir);
                m_out += Head(tip, dir, head_size, fill);
            }
            if (l.head_at_from) {
                P dir{-u.x, -u.y}, tip{a.x + u.x * std::min(ra, len), a.y + u.y * std::min(ra, len)};
                if (!straight) tip = Exit(path, ra, false, dir);
                m_out += Head(tip, dir, head_size, fill);
            }
        }
        m_out += "</g>\n";
    }

    // Territory ring, selection ring, then the shape with its outline (graph_canvas.cpp DrawActors, DrawShape).
    void Actors() {
        m_out += "<g id=\"actors\">\n";
        for (size_t i = 0; i < m_list.actors.size(); ++i) {
            const DisplayActor& d = m_list.actors[i];
            const P c = m_screen[i];
            const double r = m_radius[i];
            if (!OnCanvas(c, r + 12) || r < 0.5) continue;
            const float alpha = d.pale ? FadedAlpha * 1.6f : 1.0f;
            const double ring_w = std::min(2.5, r * 0.3);
            if (d.ring >= 0)
                m_out += "<circle class=\"ring\" cx=\"" + N(c.x) + "\" cy=\"" + N(c.y) + "\" r=\"" + N(r + 1.5 + ring_w * 0.5) +
                         "\" fill=\"none\"" + Paint("stroke", Opaque(TerritoryRingRgb(d.ring)), alpha) +
                         " stroke-width=\"" + N(ring_w) + "\"/>\n";
            if (d.selected)
                m_out += "<circle class=\"selection\" cx=\"" + N(c.x) + "\" cy=\"" + N(c.y) + "\" r=\"" +
                         N(r + (d.ring >= 0 ? 4.0 + ring_w : 6.0)) + "\" fill=\"none\"" + Paint("stroke", m_pal.selection) +
                         " stroke-width=\"3\"/>\n";
            const Actor& actor = m_ex.Data().actors[(size_t)d.actor];
            const std::string look = " data-actor=\"" + XmlEscape(actor.id) + "\"" +
                                     Paint("fill", Opaque(ActorKindRgb(d.kind)), alpha) +
                                     Paint("stroke", d.hovered ? m_pal.label : m_pal.outline, alpha) + " stroke-width=\"" +
                                     (d.hovered ? "2.5" : "1.5") + "\"";
            if (d.shape == ActorShape::Circle) {
                m_out += "<circle class=\"actor\" cx=\"" + N(c.x) + "\" cy=\"" + N(c.y) + "\" r=\"" + N(r - 0.5) + "\"" + look + "/>\n";
                continue;
            }
            static const P square[4] = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}, diamond[4] = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}},
                           triangle[3] = {{0, -1}, {0.93, 0.6}, {-0.93, 0.6}},
                           hexagon[6] = {{1, 0}, {0.5, 0.866025}, {-0.5, 0.866025}, {-1, 0}, {-0.5, -0.866025}, {0.5, -0.866025}};
            const P* pts = square;
            int n = 4;
            double scale = r * 0.88 - 0.5;
            if (d.shape == ActorShape::Diamond) pts = diamond, scale = r;
            if (d.shape == ActorShape::Triangle) pts = triangle, n = 3, scale = r;
            if (d.shape == ActorShape::Hexagon) pts = hexagon, n = 6, scale = r - 0.5;
            std::string points;
            for (int k = 0; k < n; ++k) points += (k ? " " : "") + N(c.x + pts[k].x * scale) + "," + N(c.y + pts[k].y * scale);
            m_out += "<polygon class=\"actor\" points=\"" + points + "\"" + look + "/>\n";
        }
        m_out += "</g>\n";
    }

    // The actors whose labels go in the figure: the canvas's own (labels.valid), else placed here by the canvas's
    // rule: in the display list's label order, forced ones always, the others only where they overlap no placed
    // label and the point just under their actor is free (canvas_labels.cpp PlaceLabel).
    std::vector<int> LabelActors(double size) const {
        if (m_labels.valid) return m_labels.actors;
        std::vector<int> out;
        std::vector<Box> placed;
        for (size_t k = 0; k < m_list.label_order.size(); ++k) {
            const DisplayLabel& label = m_list.label_order[k];
            const bool forced = (int)k < m_list.forced_labels;
            const P c = m_screen[(size_t)label.slot];
            const double r = m_radius[(size_t)label.slot];
            const P under{c.x, c.y + r + 3};
            if (!forced && std::any_of(placed.begin(), placed.end(), [&](const Box& b) { return b.Contains(under); })) continue;
            const Box box = LabelBox(label.slot, size);
            if (!forced && std::any_of(placed.begin(), placed.end(), [&](const Box& b) { return b.Overlaps(box); })) continue;
            placed.push_back(box);
            out.push_back(label.actor);
        }
        return out;
    }

    double LabelWidth(int slot, double size) const {
        const DisplayActor& d = m_list.actors[(size_t)slot];
        const bool code = m_list.territory_codes && d.code && !d.code->empty();
        return TextWidth(*d.label, size) + (code ? size * 0.35 + TextWidth(*d.code, size * CodeSizeRatio) : 0);
    }
    Box LabelBox(int slot, double size) const {
        const P c = m_screen[(size_t)slot];
        const double r = m_radius[(size_t)slot], w = LabelWidth(slot, size);
        return {c.x - w * 0.5 - 2, c.y + r + 2, c.x + w * 0.5 + 2, c.y + r + 4 + size};
    }

    void Labels() {
        const double size = m_labels.font_size > 0 ? m_labels.font_size : 14.0;
        m_out += "<g id=\"labels\" font-size=\"" + N(size * EmPerLine) + "\" text-anchor=\"middle\">\n";
        for (int a : LabelActors(size)) {
            if (a < 0 || (size_t)a >= m_list.slot.size() || m_list.slot[(size_t)a] < 0) continue;
            const int slot = m_list.slot[(size_t)a];
            const DisplayActor& d = m_list.actors[(size_t)slot];
            const Box box = LabelBox(slot, size);
            if (box.x1 < 0 || box.x0 > m_w || box.y1 < 0 || box.y0 > m_h) continue;
            m_out += "<rect class=\"label-backdrop\" x=\"" + N(box.x0) + "\" y=\"" + N(box.y0) + "\" width=\"" +
                     N(box.x1 - box.x0) + "\" height=\"" + N(box.y1 - box.y0) + "\" rx=\"3\"" + Paint("fill", m_pal.label_backdrop) + "/>\n";
            // The baseline: the box's top, the canvas's 1 pixel, then the font's ascent. Centred on the box's middle,
            // as the canvas centres the name and its code together.
            m_out += "<text class=\"label\" x=\"" + N((box.x0 + box.x1) * 0.5) + "\" y=\"" + N(box.y0 + 1 + AscentPerLine * size) + "\"" +
                     Paint("fill", m_pal.label) + ">" + XmlEscape(*d.label);
            if (m_list.territory_codes && d.code && !d.code->empty())
                m_out += "<tspan dx=\"" + N(size * 0.35) + "\" font-size=\"" + N(size * CodeSizeRatio * EmPerLine) + "\"" +
                         Paint("fill", m_pal.band_label) + ">" + XmlEscape(*d.code) + "</tspan>";
            m_out += "</text>\n";
        }
        m_out += "</g>\n";
    }

    // The title (and a tour step's caption) at the top left of the uncovered canvas; the legend (kinds and link
    // kinds on screen, as the sidebar's) at its bottom left.
    void Legend(const std::string& title) {
        const double x = m_cam.inset_left + 12, size = 13, line = 18;
        double y = m_cam.inset_top + 12;
        m_out += "<g id=\"title\"" + Paint("fill", m_pal.label) + ">\n";
        m_out += "<text x=\"" + N(x) + "\" y=\"" + N(y + 16) + "\" font-size=\"18\" font-weight=\"bold\">" + XmlEscape(title) + "</text>\n";
        if (const TourStep* step = m_ex.CurrentStep()) {
            y += 24;
            m_out += "<text class=\"caption\" x=\"" + N(x) + "\" y=\"" + N(y + 14) + "\" font-size=\"14\" font-weight=\"bold\">" +
                     XmlEscape(step->title) + "</text>\n";
            y += 18;
            m_out += "<text class=\"caption\" x=\"" + N(x) + "\" y=\"" + N(y + 13) + "\" font-size=\"13\">" + XmlEscape(step->text) + "</text>\n";
        }
        m_out += "</g>\n";
        int kinds[ActorKindCount] = {}, link_kinds[LinkKindCount] = {};
        for (const DisplayActor& d : m_list.actors) ++kinds[(int)d.kind];
        for (const DisplayLink& l : m_list.links) ++link_kinds[(int)m_ex.Data().links[(size_t)l.link].kind];
        int rows = 0;
        for (int k : kinds) rows += k > 0;
        for (int k : link_kinds) rows += k > 0;
        if (rows == 0) return;
        double ly = m_h - m_cam.inset_bottom - 12 - rows * line - 8;
        m_out += "<g id=\"legend\" font-size=\"" + N(size) + "\">\n<rect x=\"" + N(x - 6) + "\" y=\"" + N(ly - 4) +
                 "\" width=\"230\" height=\"" + N(rows * line + 12) + "\" rx=\"4\"" + Paint("fill", m_pal.label_backdrop) + "/>\n";
        ly += 4;
        for (int k = 0; k < ActorKindCount; ++k) {
            if (!kinds[k]) continue;
            const P c{x + 6, ly + line * 0.5};
            const std::string paint = Paint("fill", Opaque(ActorKindRgb((ActorKind)k))) + Paint("stroke", m_pal.outline) + " stroke-width=\"1\"";
            switch (ActorKindShape((ActorKind)k)) {
                case ActorShape::Circle: m_out += "<circle cx=\"" + N(c.x) + "\" cy=\"" + N(c.y) + "\" r=\"6\"" + paint + "/>\n"; break;
                case ActorShape::Square: m_out += "<rect x=\"" + N(c.x - 5) + "\" y=\"" + N(c.y - 5) + "\" width=\"10\" height=\"10\"" + paint + "/>\n"; break;
                case ActorShape::Diamond:
                    m_out += "<polygon points=\"" + N(c.x) + "," + N(c.y - 6) + " " + N(c.x + 6) + "," + N(c.y) + " " + N(c.x) + "," +
                             N(c.y + 6) + " " + N(c.x - 6) + "," + N(c.y) + "\"" + paint + "/>\n";
                    break;
                case ActorShape::Triangle:
                    m_out += "<polygon points=\"" + N(c.x) + "," + N(c.y - 6) + " " + N(c.x + 5.6) + "," + N(c.y + 3.6) + " " +
                             N(c.x - 5.6) + "," + N(c.y + 3.6) + "\"" + paint + "/>\n";
                    break;
                case ActorShape::Hexagon:
                    m_out += "<polygon points=\"" + N(c.x + 6) + "," + N(c.y) + " " + N(c.x + 3) + "," + N(c.y + 5.2) + " " + N(c.x - 3) +
                             "," + N(c.y + 5.2) + " " + N(c.x - 6) + "," + N(c.y) + " " + N(c.x - 3) + "," + N(c.y - 5.2) + " " +
                             N(c.x + 3) + "," + N(c.y - 5.2) + "\"" + paint + "/>\n";
                    break;
            }
            m_out += "<text x=\"" + N(x + 20) + "\" y=\"" + N(ly + line * 0.5 + 4.5) + "\"" + Paint("fill", m_pal.label) + ">" +
                     XmlEscape(std::string(DisplayName((ActorKind)k)) + " (" + std::to_string(kinds[k]) + ")") + "</text>\n";
            ly += line;
        }
        for (int k = 0; k < LinkKindCount; ++k) {
            if (!link_kinds[k]) continue;
            const double my = ly + line * 0.5;
            m_out += "<line x1=\"" + N(x - 2) + "\" y1=\"" + N(my) + "\" x2=\"" + N(x + 14) + "\" y2=\"" + N(my) + "\"" +
                     Paint("stroke", m_pal.link_highlight) + " stroke-width=\"2\"" + (k ? " stroke-dasharray=\"5 3\"" : "") + "/>\n";
            m_out += "<text x=\"" + N(x + 20) + "\" y=\"" + N(my + 4.5) + "\"" + Paint("fill", m_pal.label) + ">" +
                     XmlEscape(std::string(DisplayName((LinkKind)k)) + ": " + std::to_string(link_kinds[k])) + "</text>\n";
            ly += line;
        }
        m_out += "</g>\n";
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
