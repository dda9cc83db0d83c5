// svg_export.h: the network picture as an SVG figure (issue 15: "exporting figures for a report"), drawn from the
// same display list as the canvas (display_list.h), through the same camera and palette (palette.h), so the file
// shows what the screen shows: the same actors, shapes, colours, link styles, fading, highlights and labels, as
// vector shapes and real <text> (selectable, fonts named, not embedded), plus a title, a legend and, in a tour, the
// step's caption. No ImGui here: where the canvas measures text, this file estimates (see SvgLabels).
#pragma once

#include <string>
#include <vector>

namespace sse {

class Explorer;

// Which labels the canvas drew in its last frame (it alone can measure text): the actors, in drawing order, and
// the labels' font size in pixels. `valid` false (no canvas: --convert, tests): the export places labels itself
// by the canvas's rule (display_list.h's order, no overlaps) with estimated text widths.
struct SvgLabels {
    std::vector<int> actors;
    std::vector<float> widths;  // each label's backdrop width in pixels, as the canvas measured its text (or empty)
    float font_size = 14.0f;
    bool valid = false;
};

struct SvgOptions {
    bool background = true;  // the canvas's background colour under everything (else transparent)
    bool legend = true;      // title, legend and tour caption
};

// The current view (the canvas area: View().viewport pixels) as an SVG document. Every actor drawn has
// class="actor" (a <circle> for circle-shaped kinds, a <polygon> for the others) and every link class="link"
// (a <line> when straight, a <path> when curved); each label is a <text class="label">.
std::string WriteSvg(const Explorer& ex, const SvgLabels& labels, const SvgOptions& options = {});


}  // namespace sse
