// figure_view.cpp: see figure_view.h. The numbers of the title and legend are the SVG export's (svg_export.cpp),
// so that both figures of a view look alike.
#include "ui/figure_view.h"

#include <cstdio>
#include <string>

#include "ui/graph_canvas.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {

// The SVG export's font sizes are ems and its y a baseline; ImGui's sizes are line heights and its y the top.
// DejaVu Sans: ascent 0.928 em, line 1.164 em.
void Text(ImDrawList* dl, ImFont* font, float em, float x, float baseline, ImU32 col, const char* text) {
    dl->AddText(font, em * 1.164f, ImVec2(x, baseline - 0.928f * em), col, text);
}

// The title (and a tour step's caption) at the top left; the legend (kinds and link kinds in the picture) at the
// bottom left.
void DrawLegend(ImDrawList* dl, const Explorer& ex, const DisplayList& list, ImFont* font) {
    const Palette& pal = CurrentPalette();
    const Camera& cam = ex.View();
    const float ox = (float)cam.origin.x, oy = (float)cam.origin.y, h = (float)cam.viewport.y;
    const float x = ox + 12, line = 18;
    const float y = oy + 12;
    const std::string title = ex.Data().title.empty() ? ex.Data().id : ex.Data().title;
    Text(dl, font, 18, x, y + 16, pal.label, title.c_str());
    if (const TourStep* step = ex.CurrentStep()) {
        Text(dl, font, 14, x, y + 38, pal.label, step->title.c_str());
        Text(dl, font, 13, x, y + 55, pal.label, step->text.c_str());
    }
    char row[256];  // a legend row's text (snprintf: already in the program, unlike more string concatenations)
    int kinds[ActorKindCount] = {}, link_kinds[LinkKindCount] = {};
    for (const DisplayActor& d : list.actors) ++kinds[(int)d.kind];
    for (const DisplayLink& l : list.links) ++link_kinds[(int)ex.Data().links[(size_t)l.link].kind];
    int rows = 0;
    for (int k : kinds) rows += k > 0;
    for (int k : link_kinds) rows += k > 0;
    if (rows == 0) return;
    float ly = oy + h - 12 - (float)rows * line - 8;
    dl->AddRectFilled(ImVec2(x - 6, ly - 4), ImVec2(x - 6 + 230, ly - 4 + (float)rows * line + 12), pal.label_backdrop, 4);
    ly += 4;
    // Each kind's shape at radius 6 (the SVG legend's points; a circle has none), then its name and count.
    static const ImVec2 shapes[5][6] = {{},
                                        {{-5, -5}, {5, -5}, {5, 5}, {-5, 5}},
                                        {{0, -6}, {6, 0}, {0, 6}, {-6, 0}},
                                        {{0, -6}, {5.6f, 3.6f}, {-5.6f, 3.6f}},
                                        {{6, 0}, {3, 5.2f}, {-3, 5.2f}, {-6, 0}, {-3, -5.2f}, {3, -5.2f}}};
    static const int corners[5] = {0, 4, 4, 3, 6};
    for (int k = 0; k < ActorKindCount; ++k) {
        if (!kinds[k]) continue;
        const ImVec2 c(x + 6, ly + line * 0.5f);
        const int shape = (int)ActorKindShape((ActorKind)k);
        ImVec2 p[6];
        for (int i = 0; i < corners[shape]; ++i) p[i] = ImVec2(c.x + shapes[shape][i].x, c.y + shapes[shape][i].y);
        if (corners[shape] == 0) {
            dl->AddCircleFilled(c, 6, ActorKindColor((ActorKind)k));
            dl->AddCircle(c, 6, pal.outline, 0, 1.0f);
        } else {
            dl->AddConvexPolyFilled(p, corners[shape], ActorKindColor((ActorKind)k));
            dl->AddPolyline(p, corners[shape], pal.outline, ImDrawFlags_Closed, 1.0f);
        }
        std::snprintf(row, sizeof row, "%s (%d)", DisplayName((ActorKind)k), kinds[k]);
        Text(dl, font, 13, x + 20, c.y + 4.5f, pal.label, row);
        ly += line;
    }
    for (int k = 0; k < LinkKindCount; ++k) {
        if (!link_kinds[k]) continue;
        const float my = ly + line * 0.5f;
        if (k == 0) {
            dl->AddLine(ImVec2(x - 2, my), ImVec2(x + 14, my), pal.link_highlight, 2.0f);
        } else {  // dashed, as the SVG's "5 3"
            dl->AddLine(ImVec2(x - 2, my), ImVec2(x + 3, my), pal.link_highlight, 2.0f);
            dl->AddLine(ImVec2(x + 6, my), ImVec2(x + 11, my), pal.link_highlight, 2.0f);
        }
        std::snprintf(row, sizeof row, "%s: %d", DisplayName((LinkKind)k), link_kinds[k]);
        Text(dl, font, 13, x + 20, my + 4.5f, pal.label, row);
        ly += line;
    }
}

}  // namespace

void DrawFigure(ImDrawList* dl, const Explorer& ex, CanvasCache& cache, float ui_scale, bool background) {
    DrawCanvasPicture(dl, ex, cache, ui_scale, background);
    DrawLegend(dl, ex, cache.list, cache.font);
}

}  // namespace sse::ui
