// figure_formats.h: the view as a figure (issue 15): one table naming every figure export, SVG (vector) and PNG
// (pixels at 1x, 2x or 4x the canvas's size), each with or without the canvas's background. The SVG is written here
// in core (svg_export.h); PNG needs the GPU to draw the picture again at its scale, so the program that has one
// (the desktop app and the page's main module, src/platform/figure_png.cpp) registers a renderer.
#pragma once

#include <string>
#include <vector>

namespace sse {

class Explorer;

struct FigureFormat {
    const char* name;       // the export format, as `export <format>` and exportData(format) take it
    const char* extension;  // "svg" or "png"
    const char* suffix;     // added to the data set's id in the file name: "", "@2x", "@4x"
    int scale;              // pixels per canvas pixel (PNG); 1 for SVG
    bool background;        // the canvas's background colour under the picture; false: transparent
};

// Every figure format: svg, svg-transparent, png, png-transparent, png-2x, png-2x-transparent, png-4x,
// png-4x-transparent.
const std::vector<FigureFormat>& FigureFormats();
// The format of that name, or nullptr.
const FigureFormat* FindFigureFormat(const std::string& name);
// The figure format a file name asks for by its extension at scale 1 ("map.png" -> png), with `scale` (1, 2 or 4)
// and `background`; nullptr for other extensions or scales.
const FigureFormat* FigureFormatForFile(const std::string& path, int scale, bool background = true);

// Draws the current view at `scale` and returns the PNG's bytes, or "" with *error set.
using PngRenderer = std::string (*)(const Explorer& ex, int scale, bool background, std::string* error);
// Registered by the program that can draw (it has a GL context); until then a PNG export says it cannot.
void RegisterPngRenderer(PngRenderer renderer);
PngRenderer RegisteredPngRenderer();

}  // namespace sse
