// figure_png.cpp: see figure_png.h.
#include "figure_png.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include <SDL.h>

#include "core/dataset_writer.h"  // WriteFileAtomically
#include "core/explorer.h"
#include "core/figure_formats.h"
#include "core/png_writer.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // ImDrawListSharedData (circle tessellation), ImFontAtlas::TexList
#include "ui/figure_view.h"
#include "ui/theme.h"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#endif

namespace platform {

namespace {

const sse::ui::UiState* s_ui = nullptr;

#ifdef __EMSCRIPTEN__
// WebGL2 has framebuffer objects in its core: called directly.
struct Fbo {
    bool Load() { return true; }
    void Gen(GLuint* fb, GLuint* rb) { glGenFramebuffers(1, fb); glGenRenderbuffers(1, rb); }
    void Bind(GLuint fb, GLuint rb) { glBindFramebuffer(GL_FRAMEBUFFER, fb); glBindRenderbuffer(GL_RENDERBUFFER, rb); }
    void Storage(int w, int h) { glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h); }
    void Attach(GLuint rb) { glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb); }
    GLenum Status() { return glCheckFramebufferStatus(GL_FRAMEBUFFER); }
    void Delete(GLuint fb, GLuint rb) { glDeleteFramebuffers(1, &fb); glDeleteRenderbuffers(1, &rb); }
};
#else
// Desktop OpenGL 3: the framebuffer functions are not in the GL 1.x library interface; they come from the driver.
struct Fbo {
    PFNGLGENFRAMEBUFFERSPROC gen_fb = nullptr;
    PFNGLGENRENDERBUFFERSPROC gen_rb = nullptr;
    PFNGLBINDFRAMEBUFFERPROC bind_fb = nullptr;
    PFNGLBINDRENDERBUFFERPROC bind_rb = nullptr;
    PFNGLRENDERBUFFERSTORAGEPROC storage = nullptr;
    PFNGLFRAMEBUFFERRENDERBUFFERPROC attach = nullptr;
    PFNGLCHECKFRAMEBUFFERSTATUSPROC status = nullptr;
    PFNGLDELETEFRAMEBUFFERSPROC del_fb = nullptr;
    PFNGLDELETERENDERBUFFERSPROC del_rb = nullptr;
    bool Load() {
        gen_fb = (PFNGLGENFRAMEBUFFERSPROC)SDL_GL_GetProcAddress("glGenFramebuffers");
        gen_rb = (PFNGLGENRENDERBUFFERSPROC)SDL_GL_GetProcAddress("glGenRenderbuffers");
        bind_fb = (PFNGLBINDFRAMEBUFFERPROC)SDL_GL_GetProcAddress("glBindFramebuffer");
        bind_rb = (PFNGLBINDRENDERBUFFERPROC)SDL_GL_GetProcAddress("glBindRenderbuffer");
        storage = (PFNGLRENDERBUFFERSTORAGEPROC)SDL_GL_GetProcAddress("glRenderbufferStorage");
        attach = (PFNGLFRAMEBUFFERRENDERBUFFERPROC)SDL_GL_GetProcAddress("glFramebufferRenderbuffer");
        status = (PFNGLCHECKFRAMEBUFFERSTATUSPROC)SDL_GL_GetProcAddress("glCheckFramebufferStatus");
        del_fb = (PFNGLDELETEFRAMEBUFFERSPROC)SDL_GL_GetProcAddress("glDeleteFramebuffers");
        del_rb = (PFNGLDELETERENDERBUFFERSPROC)SDL_GL_GetProcAddress("glDeleteRenderbuffers");
        return gen_fb && gen_rb && bind_fb && bind_rb && storage && attach && status && del_fb && del_rb;
    }
    void Gen(GLuint* fb, GLuint* rb) { gen_fb(1, fb); gen_rb(1, rb); }
    void Bind(GLuint fb, GLuint rb) { bind_fb(GL_FRAMEBUFFER, fb); bind_rb(GL_RENDERBUFFER, rb); }
    void Storage(int w, int h) { storage(GL_RENDERBUFFER, GL_RGBA8, w, h); }
    void Attach(GLuint rb) { attach(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb); }
    GLenum Status() { return status(GL_FRAMEBUFFER); }
    void Delete(GLuint fb, GLuint rb) { del_fb(1, &fb); del_rb(1, &rb); }
};
#endif

// The figure as a draw list in the canvas's coordinates, with its text rasterised and its curves tessellated for
// `scale` device pixels per canvas pixel; the caller owns the list.
void BuildFigure(ImDrawList& dl, const sse::Explorer& ex, sse::ui::CanvasCache& cache, float scale, bool background) {
    ImGuiIO& io = ImGui::GetIO();
    ImDrawListSharedData* shared = ImGui::GetDrawListSharedData();
    const float circle_error = ImGui::GetStyle().CircleTessellationMaxError;
    shared->SetCircleTessellationMaxError(circle_error / scale);  // as many circle segments as a screen that dense
    ImFont* font = s_ui->canvas.font;
    const float density = font->CurrentRasterizerDensity;
    font->CurrentRasterizerDensity = scale;  // glyphs baked at scale x their size (ImFont::GetFontBaked)
    const sse::Camera& cam = ex.View();
    dl._ResetForNewFrame();
    dl._FringeScale = 1.0f / scale;  // anti-aliased edges one device pixel wide, not `scale` pixels
    dl.PushTexture(io.Fonts->TexRef);
    dl.PushClipRect(ImVec2((float)cam.origin.x, (float)cam.origin.y),
                    ImVec2((float)(cam.origin.x + cam.viewport.x), (float)(cam.origin.y + cam.viewport.y)));
    cache.font = font;
    cache.font_size = s_ui->canvas.font_size;
    sse::ui::DrawFigure(&dl, ex, cache, s_ui->ui_scale, background);
    font->CurrentRasterizerDensity = density;
    shared->SetCircleTessellationMaxError(circle_error);
}

std::string RenderPng(const sse::Explorer& ex, int scale, bool background, std::string* error) {
    if (!s_ui || !ImGui::GetCurrentContext() || !s_ui->canvas.font) {  // the canvas sets its font in its first frame
        *error = "the view has not been drawn yet (export after the first frame)";
        return "";
    }
    const sse::Camera& cam = ex.View();
    const int w = (int)cam.viewport.x * scale, h = (int)cam.viewport.y * scale;
    GLint max_size = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
    // The page's memory holds the pixels about three times while encoding: beyond 40 million (a 4x figure of a
    // 1920x1200 window is 37 million) the browser could run out of it, so such a figure is refused, not attempted.
#ifdef __EMSCRIPTEN__
    constexpr double MaxPixels = 40e6;
#else
    constexpr double MaxPixels = 400e6;
#endif
    if (w <= 0 || h <= 0 || w > max_size || h > max_size || (double)w * h > MaxPixels) {
        char why[160];
        std::snprintf(why, sizeof why, "a %dx%d picture is larger than this %s draws (%d pixels a side, %.0f million in all); "
                      "choose a smaller scale", w, h, max_size > 0 ? "GPU" : "program", (int)max_size, MaxPixels / 1e6);
        *error = why;
        return "";
    }
    Fbo fbo;
    if (!fbo.Load()) {
        *error = "this OpenGL has no framebuffer objects";
        return "";
    }
    // Drawn before any GL state changes: new glyph sizes go into the atlas, uploaded by the renderer below.
    static sse::ui::CanvasCache cache;  // the figure's own: the canvas's label grid and measures stay the canvas's
    ImDrawList dl(ImGui::GetDrawListSharedData());
    BuildFigure(dl, ex, cache, (float)scale, background);

    GLint previous = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
    GLuint fb = 0, rb = 0;
    fbo.Gen(&fb, &rb);
    fbo.Bind(fb, rb);
    fbo.Storage(w, h);
    fbo.Attach(rb);
    std::string png;
    if (fbo.Status() != GL_FRAMEBUFFER_COMPLETE) {
        *error = "the offscreen framebuffer could not be made";
    } else {
        glDisable(GL_SCISSOR_TEST);
        const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(sse::ui::CurrentPalette().background);
        // Transparent: the picture drawn over nothing (its colours come out premultiplied by alpha; undone below).
        if (background) glClearColor(bg.x, bg.y, bg.z, 1.0f);
        else glClearColor(0, 0, 0, 0);
        glClear(GL_COLOR_BUFFER_BIT);
        ImDrawData data;
        data.Valid = true;
        data.CmdListsCount = 1;
        data.CmdLists.push_back(&dl);
        data.TotalVtxCount = dl.VtxBuffer.Size;
        data.TotalIdxCount = dl.IdxBuffer.Size;
        data.DisplayPos = ImVec2((float)cam.origin.x, (float)cam.origin.y);
        data.DisplaySize = ImVec2((float)cam.viewport.x, (float)cam.viewport.y);
        data.FramebufferScale = ImVec2((float)scale, (float)scale);
        // The atlas's textures (new glyphs created or updated while drawing the figure) are brought up to date.
        ImVector<ImTextureData*> textures;
        for (ImTextureData* t : ImGui::GetIO().Fonts->TexList) textures.push_back(t);
        data.Textures = &textures;
        ImGui_ImplOpenGL3_RenderDrawData(&data);
        std::vector<uint8_t> rows((size_t)w * h * 4);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rows.data());
        const size_t stride = (size_t)w * 4;
        for (int y = 0; y < h / 2; ++y)  // GL rows go bottom-up, PNG rows top-down (swapped in place: one copy in memory)
            std::swap_ranges(rows.begin() + (long)((size_t)y * stride), rows.begin() + (long)((size_t)(y + 1) * stride),
                             rows.begin() + (long)((size_t)(h - 1 - y) * stride));
        for (size_t i = 0; i < rows.size(); i += 4) {
            uint8_t& a = rows[i + 3];
            if (background) a = 255;
            else if (a > 0 && a < 255)
                for (int c = 0; c < 3; ++c) rows[i + c] = (uint8_t)std::min(255, (rows[i + c] * 255 + a / 2) / a);
        }
        const std::vector<uint8_t> bytes = sse::EncodePng(rows.data(), w, h);
        png.assign(bytes.begin(), bytes.end());
    }
    fbo.Bind((GLuint)previous, 0);
    fbo.Delete(fb, rb);
    return png;
}

}  // namespace

void EnableFigurePng(const sse::ui::UiState* ui) {
    s_ui = ui;
    sse::RegisterPngRenderer(&RenderPng);
}

#ifndef __EMSCRIPTEN__
void SaveScreenshot(SDL_Window* window, const std::string& path) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(window, &w, &h);
    std::vector<uint8_t> pixels((size_t)w * h * 4), flipped(pixels.size());
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (int y = 0; y < h; ++y)  // GL rows go bottom-up, PNG rows top-down
        std::memcpy(&flipped[(size_t)y * w * 4], &pixels[(size_t)(h - 1 - y) * w * 4], (size_t)w * 4);
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;  // opaque, whatever the GL alpha holds
    if (!sse::WritePng(path, flipped.data(), w, h)) std::fprintf(stderr, "error: cannot write screenshot %s\n", path.c_str());
}

bool SaveFigure(const sse::Explorer& ex, const std::string& path, int scale, bool transparent) {
    const sse::FigureFormat* f = sse::FigureFormatForFile(path, scale, !transparent);
    std::string error;
    std::vector<sse::ExportFile> files;
    if (!f) error = "--export writes a figure: use a .svg or .png name";
    else files = ex.ExportData(f->name, &error);
    if (error.empty() && files.size() != 1) error = "--export writes one file";
    if (error.empty()) error = sse::WriteFileAtomically(path, files[0].bytes);
    if (!error.empty()) std::fprintf(stderr, "error: cannot export %s: %s\n", path.c_str(), error.c_str());
    return error.empty();
}
#endif

}  // namespace platform
