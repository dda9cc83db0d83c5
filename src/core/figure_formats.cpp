// figure_formats.cpp: see figure_formats.h.
#include "core/figure_formats.h"

namespace sse {

namespace {
PngRenderer s_png_renderer = nullptr;
}

const std::vector<FigureFormat>& FigureFormats() {
    static const std::vector<FigureFormat> formats = {
        {"svg", "svg", "", 1, true},          {"svg-transparent", "svg", "", 1, false},
        {"png", "png", "", 1, true},          {"png-transparent", "png", "", 1, false},
        {"png-2x", "png", "@2x", 2, true},    {"png-2x-transparent", "png", "@2x", 2, false},
        {"png-4x", "png", "@4x", 4, true},    {"png-4x-transparent", "png", "@4x", 4, false},
    };
    return formats;
}

const FigureFormat* FindFigureFormat(const std::string& name) {
    for (const FigureFormat& f : FigureFormats())
        if (name == f.name) return &f;
    return nullptr;
}

const FigureFormat* FigureFormatForFile(const std::string& path, int scale, bool background) {
    const size_t dot = path.rfind('.');
    if (dot == std::string::npos) return nullptr;
    std::string ext = path.substr(dot + 1);
    for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    for (const FigureFormat& f : FigureFormats())
        if (ext == f.extension && f.background == background && (f.scale == scale || (ext == "svg" && scale == 1))) return &f;
    return nullptr;
}

void RegisterPngRenderer(PngRenderer renderer) { s_png_renderer = renderer; }
PngRenderer RegisteredPngRenderer() { return s_png_renderer; }

}  // namespace sse
