// main.cpp: the thin platform layer. SDL2 window + OpenGL 3 (desktop) or WebGL2 (browser), the frame loop,
// and the outside interfaces: window.explorer (web) and command-line flags (desktop).
// Everything the user can do lives in core (Explorer) and ui (DrawApp); this file only wires them up.
//
// Desktop flags:
//   --data FILE          load this data file instead of data/silk.json (any format read: .json, .csv, .tsv, ...)
//   --check FILE...      validate data files, print diagnostics like a compiler (each ending in its stable
//                        [code], data/README.md#codes), exit 1 on errors (no window)
//   --convert IN OUT     read IN, write it to OUT (.json, .xlsx, .gexf, .graphml, a folder of CSV; atomic; no window);
//                        OUT.svg / OUT.png: the figure of IN's data in the default view (a hidden window draws it)
//   --frames N           render N frames, then exit 0
//   --screenshot FILE    with --frames: write the last frame as PNG
//   --export FILE        with --frames: write the last frame's view as a figure (FILE.svg or FILE.png; as the Export menu)
//   --scale N            --export / --convert to PNG: 1, 2 or 4 times the canvas's size (default 1)
//   --transparent        --export / --convert figures without the canvas's background
//   --state FILE         write the state object (as window.explorer.state()) as JSON on exit
//   --command TEXT       run a window.explorer command after loading (repeatable)
//   --view HASH          open this view (the web page's URL hash: "layout=force&select=accio")
//   --reduced-motion     no animated camera moves or layout transitions
//   --share-base URL     where the web version is published: Share shows URL#<view> as a QR code (without it, the
//                        desktop has no link a phone could open, and Share says so)
//   --size WxH           window size in pixels (default 1280x800)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#ifndef __EMSCRIPTEN__
#include <iostream>  // --check and --convert print to the terminal; the web build leaves iostream out (download size)
#endif
#include <string>
#include <vector>

#include <SDL.h>

#include "core/message_text.h"
#include "core/accessible_view.h"
#include "core/check_command.h"
#include "core/dataset_writer.h"
#include "core/heavy_formats.h"
#include "core/import_exchange.h"
#include "core/palette.h"
#include "core/import_formats.h"
#include "core/figure_formats.h"
#include "data_bridge.h"
#include "figure_png.h"
#include "file_dialog.h"
#include "lazy_assets.h"
#include "core/explorer.h"
#include "core/url.h"
#include "core/view_state.h"
#include "imgui.h"
#include "imgui_internal.h"  // the active text box (explorer_wants_text)
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "autosave.h"
#include "settings.h"
#include "touch_gestures.h"
#include "ui/app_ui.h"
#include "ui/table_cells.h"
#include "ui/theme.h"
#include "web_bridge.h"
#include "language.h"
#include "core/i18n.h"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten.h>
#else
#include <SDL_opengl.h>
#endif

namespace {

struct Options {
    std::string data_file;
    std::vector<std::string> check_files;
    std::string convert_in, convert_out;
    std::vector<std::string> commands;
    int frames = -1;  // -1: run until the window closes
    std::string screenshot, state_file, export_file;
    int scale = 1;             // --scale: a PNG figure's pixels per canvas pixel
    bool transparent = false;  // --transparent: figures without the background
    bool hidden = false;       // --convert to a figure: the window that draws it is never shown
    int width = 1280, height = 800;
    std::string view;
    std::string share_base;
    bool reduced_motion = false;
};

struct AppContext {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    sse::Explorer explorer;
    sse::ui::UiState ui;
    Options options;
    bool quit = false;
    int exit_code = 0;  // --convert to a figure: 1 when it could not be written
    bool text_box_open = false;  // a text box had the keyboard at the last frame (web/ime.js follows it)
    std::string last_state;  // keeps the string returned to JavaScript alive
    std::string last_reply;
    platform::Settings settings;
    double idle_seconds = 0;     // time since something last needed a frame
    double hash_timer = 0;       // seconds since the URL hash was last compared
    std::string last_hash;
    int last_tour = -1, last_step = -1;
    bool last_presenting = false;
    std::string a11y_key, a11y_data_key;  // what the page's accessible mirror last got (PublishAccessibleView)
    platform::FileDialog file_dialog;  // desktop: Data > Open… and exports
    std::vector<std::string> dropped;  // desktop: files dropped on the window this frame
    std::vector<sse::ImportFile> incoming;  // web: files handed over by the page, opened together
    std::string typed_paste;  // web: a paste for the text box that has the keyboard, typed once Ctrl is up
};

AppContext* s_app = nullptr;
constexpr double IdleSecondsBeforeSleep = 0.5;  // keep drawing this long after the last activity (hover, focus settle)

// Where data/ and assets/ live: the build copies them next to the executable; the web build preloads them at /.
std::string AssetRoot() {
#ifdef __EMSCRIPTEN__
    return "/";
#else
    char* base = SDL_GetBasePath();
    std::string root = base ? base : "./";
    SDL_free(base);
    return root;
#endif
}

// The page has no command line: its options, help text and the files they write exist on the desktop only (the
// web's first download carries none of them).
#ifndef __EMSCRIPTEN__
bool ParseOptions(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&](const char* what) -> const char* {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "error: %s needs %s\n", a.c_str(), what);
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--data") o.data_file = next("a file");
        else if (a == "--check") {
            while (i + 1 < argc && std::strncmp(argv[i + 1], "--", 2) != 0) o.check_files.push_back(argv[++i]);
            if (o.check_files.empty()) { std::fprintf(stderr, "error: --check needs at least one file\n"); return false; }
        } else if (a == "--convert") {
            o.convert_in = next("an input file and an output file");
            o.convert_out = next("an output file");
        } else if (a == "--frames") o.frames = std::atoi(next("a number"));
        else if (a == "--screenshot") o.screenshot = next("a file");
        else if (a == "--export") o.export_file = next("a file");
        else if (a == "--scale") {
            o.scale = std::atoi(next("1, 2 or 4"));
            if (o.scale != 1 && o.scale != 2 && o.scale != 4) {
                std::fprintf(stderr, "error: --scale %s: use 1, 2 or 4\n", argv[i]);
                return false;
            }
        } else if (a == "--transparent") o.transparent = true;
        else if (a == "--state") o.state_file = next("a file");
        else if (a == "--command") o.commands.push_back(next("a command"));
        else if (a == "--view") o.view = next("a view hash");
        else if (a == "--reduced-motion") o.reduced_motion = true;
        else if (a == "--share-base") {
            o.share_base = next("the web version's address");
            if (!sse::IsWebUrl(o.share_base)) {
                std::fprintf(stderr, "error: --share-base '%s' is not an http(s) address\n", o.share_base.c_str());
                return false;
            }
        }
        else if (a == "--size") {
            if (std::sscanf(next("WxH"), "%dx%d", &o.width, &o.height) != 2) return false;
        } else if (a == "--help" || a == "-h") {
            std::printf("usage: sse-explorer [--data FILE] [--frames N] [--screenshot FILE] [--export FILE.svg|FILE.png] [--scale 1|2|4]\n"
                        "                    [--transparent] [--state FILE] [--command TEXT]... [--view HASH] [--reduced-motion]\n"
                        "                    [--share-base URL] [--size WxH]\n"
                        "       sse-explorer --check FILE...     validate data files (exit 1 on errors)\n"
                        "       sse-explorer --convert IN OUT    write IN (any format read, or a folder of tables) to OUT: .json, .xlsx,\n"
                        "                                        .gexf, .graphml, .zip or a folder (one .csv per table); OUT.svg or\n"
                        "                                        OUT.png: the figure of IN's data in the default view (with --scale,\n"
                        "                                        --transparent, --size; PNG needs a display: a hidden window draws it)\n");
            std::exit(0);
        } else {
            std::fprintf(stderr, "error: unknown option '%s' (try --help)\n", a.c_str());
            return false;
        }
    }
    return true;
}

#endif

#ifndef __EMSCRIPTEN__
void WriteState(const std::string& path) {
    // The same object as window.explorer.state(), with the view's hash (what --view takes) added.
    std::string state = s_app->explorer.StateJson();
    state.insert(1, "\"hash\":\"#" + sse::EncodeViewHash(s_app->explorer) + "\",");
    std::ofstream out(path);
    out << state << "\n";
    if (!out) std::fprintf(stderr, "error: cannot write state file %s\n", path.c_str());
}
#endif

// Closing the window: with unsaved changes the UI asks first (Save / Quit without saving / Cancel); scripted
// runs (--frames) never ask.
void RequestQuit() {
    if (s_app->explorer.Doc().Dirty() && s_app->options.frames < 0 && !s_app->ui.quit_confirmed) {
        s_app->ui.quit_requested = true;
        s_app->explorer.RequestRedraw();
    } else {
        s_app->quit = true;
    }
}

void HandleEvent(const SDL_Event& e) {
    ImGui_ImplSDL2_ProcessEvent(&e);
    if (e.type == SDL_TEXTINPUT) platform::NoteTypedText(e.text.text);
    if (e.type == SDL_QUIT) RequestQuit();
    if (e.type == SDL_DROPFILE && e.drop.file) {  // opened together once the frame's events are read
        s_app->dropped.push_back(e.drop.file);
        SDL_free(e.drop.file);
    }
    if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE &&
        e.window.windowID == SDL_GetWindowID(s_app->window))
        RequestQuit();
    // Two fingers on a touch screen: their midpoint pans, their spread zooms about it (touch_gestures.cpp).
    const ImGuiIO& io = ImGui::GetIO();
    platform::HandleTouch(e, s_app->explorer, s_app->ui, io.DisplaySize.x, io.DisplaySize.y);
}

// Keeps the page URL in step with the view (web): a tour step gets its own history entry, so Back and Forward
// move through steps; anything else replaces the current entry. Compared a few times a second, not every frame.
void SyncUrlHash(double dt) {
#ifdef __EMSCRIPTEN__
    AppContext& app = *s_app;
    app.hash_timer += dt;
    bool step_changed = app.explorer.TourIndex() != app.last_tour || app.explorer.TourStepIndex() != app.last_step;
    if (app.hash_timer < 0.3 && !step_changed) return;
    app.hash_timer = 0;
    std::string hash = sse::EncodeViewHash(app.explorer);
    if (hash != app.last_hash) platform::SetUrlHash(hash, step_changed && app.explorer.TourIndex() >= 0);
    app.last_hash = hash;
    app.last_tour = app.explorer.TourIndex();
    app.last_step = app.explorer.TourStepIndex();
#else
    (void)dt;
#endif
}

// Hands the page's accessible mirror (web/a11y.js) the selection, its links and the tour step when they change,
// and the actor list when the data changes: a comparison of a few numbers per frame, JSON only on a change.
void SyncAccessibleView() {
#ifdef __EMSCRIPTEN__
    AppContext& app = *s_app;
    std::string key = sse::AccessibleViewKey(app.explorer);
    if (key == app.a11y_key) return;
    app.a11y_key = key;
    std::string data_key = app.explorer.Data().id + "|" + std::to_string(app.explorer.Doc().Revision()) + "|" +
                           std::to_string(app.explorer.Data().actors.size());
    bool with_actors = data_key != app.a11y_data_key;
    app.a11y_data_key = data_key;
    platform::PublishAccessibleView(sse::AccessibleViewJson(app.explorer, with_actors));
#endif
}

// What the UI asked of the platform this frame: full screen, remembered settings, the clipboard.
void ApplyPlatformRequests() {
    AppContext& app = *s_app;
    bool presenting = app.explorer.presentation.presenting;
    if (presenting != app.last_presenting) {
#ifdef __EMSCRIPTEN__
        platform::SetBrowserFullscreen(presenting);
#else
        SDL_SetWindowFullscreen(app.window, presenting ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
#endif
        app.last_presenting = presenting;
    }
    bool dismissed = app.ui.remember_no_welcome && !app.explorer.presentation.welcome;
    if ((dismissed && !app.settings.welcome_dismissed) || app.settings.reduced_motion != app.explorer.reduced_motion) {
        app.settings.welcome_dismissed = app.settings.welcome_dismissed || dismissed;
        app.settings.reduced_motion = app.explorer.reduced_motion;
        platform::SaveSettings(app.settings);
    }
    if (!app.ui.copy_text.empty()) {
        platform::CopyText(app.ui.copy_text);
        app.explorer.notices.push_back(sse::i18n::TrF("notice.copied", "Copied: {text}", {{"text", app.ui.copy_text}}));
        app.ui.copy_text.clear();
    }
    if (app.ui.copy_link_requested) {
        app.ui.copy_link_requested = false;
#ifdef __EMSCRIPTEN__
        app.last_hash = sse::EncodeViewHash(app.explorer);
        platform::SetUrlHash(app.last_hash, false);
        platform::CopyPageUrl();
        app.explorer.notices.push_back(sse::i18n::Tr("notice.link_copied", "Link copied: it opens this exact view."));
#else
        std::string text = "sse-explorer --view '" + sse::EncodeViewHash(app.explorer) + "'";
        SDL_SetClipboardText(text.c_str());
        app.explorer.notices.push_back(sse::i18n::Tr("notice.command_copied", "Copied the command line that reopens this view."));
#endif
    }
}

#ifndef __EMSCRIPTEN__
// Files chosen in the dialog or dropped on the window (desktop): read and opened together into the preview.
void OpenPaths(const std::vector<std::string>& paths) {
    std::vector<sse::ImportFile> files;
    for (const std::string& path : paths) {
        sse::ImportFile f;
        sse::Diagnostic error;
        if (sse::ReadImportFile(path, &f, &error)) files.push_back(std::move(f));
        else s_app->explorer.notices.push_back(sse::DiagnosticLine(error));
    }
    if (!files.empty()) s_app->explorer.OpenData(files);
}
#endif

// Data > Open… and exports: the browser's picker and downloads, or the desktop's dialog and atomic writes.
void ApplyDataRequests() {
    AppContext& app = *s_app;
    if (app.ui.open_requested) {
        app.ui.open_requested = false;
#ifdef __EMSCRIPTEN__
        platform::ShowBrowserFilePicker();
#else
        platform::ShowFileDialog(app.file_dialog, platform::FileDialog::Mode::Open);
#endif
    }
    if (!app.ui.export_requested.empty()) {
        const std::string format = app.ui.export_requested;
        app.ui.export_requested.clear();
#ifdef __EMSCRIPTEN__
        std::string error;
        const auto files = app.explorer.ExportData(format, &error);
        if (error.empty()) platform::DeliverExport(files, "");
        else platform::ExportThroughConverter(format);  // a workbook or graph: not in this module (heavy_formats.h)
#else
        platform::ShowFileDialog(app.file_dialog, platform::FileDialog::Mode::Export, format);
#endif
    }
#ifndef __EMSCRIPTEN__
    if (platform::DrawFileDialog(app.file_dialog, app.ui.ui_scale)) {
        if (app.file_dialog.export_format.empty()) {
            OpenPaths(app.file_dialog.chosen);
        } else {
            std::string error;
            const auto files = app.explorer.ExportData(app.file_dialog.export_format, &error);
            if (error.empty()) error = platform::DeliverExport(files, app.file_dialog.folder);
            app.explorer.notices.push_back(error.empty() ? sse::i18n::TrN("notice.exported", (long long)files.size(), "Exported {count} file into {folder}",
                                                                          "Exported {count} files into {folder}", {{"folder", app.file_dialog.folder}})
                                                         : sse::i18n::TrF("notice.export_failed", "Export failed: {error}", {{"error", error}}));
        }
    }
    if (!app.dropped.empty()) {
        OpenPaths(app.dropped);
        app.dropped.clear();
    }
#endif
}

// One frame: 1. events, 2. animations, 3. UI, 4. render. When nothing moves and nobody touches anything, the
// frame stops after step 2 (laptops on battery in a workshop); input, a command or an animation wakes it.
void Frame() {
    AppContext& app = *s_app;
    // 1. Poll and handle events (inputs, window resize, etc.)
    SDL_Event e;
    bool had_event = false;
#ifndef __EMSCRIPTEN__
    // Desktop: sleep in the event queue while idle instead of spinning.
    if (app.idle_seconds > IdleSecondsBeforeSleep && app.options.frames < 0 && SDL_WaitEventTimeout(&e, 250)) {
        HandleEvent(e);
        had_event = true;
    }
#endif
    static uint32_t last_event_type = 0;
    while (SDL_PollEvent(&e)) {
        HandleEvent(e);
        // The web canvas reports "resized" to the size it already has on every layout pass: only a real change
        // of size counts as a reason to draw.
        if (e.type == SDL_WINDOWEVENT && (e.window.event == SDL_WINDOWEVENT_RESIZED || e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED)) {
            static int last_w = -1, last_h = -1;
            if (e.window.data1 == last_w && e.window.data2 == last_h) continue;
            last_w = e.window.data1;
            last_h = e.window.data2;
        }
        // Shown / hidden / moved change nothing on screen (the web backend repeats "shown" every frame).
        if (e.type == SDL_WINDOWEVENT && (e.window.event == SDL_WINDOWEVENT_SHOWN || e.window.event == SDL_WINDOWEVENT_HIDDEN ||
                                          e.window.event == SDL_WINDOWEVENT_MOVED))
            continue;
        had_event = true;
        last_event_type = e.type == SDL_WINDOWEVENT ? 0x10000 + e.window.event : e.type;
    }

    // 2. Animations, and the decision whether to draw at all.
    ImGuiIO& io = ImGui::GetIO();
    static uint64_t last_ticks = SDL_GetPerformanceCounter();
    uint64_t now = SDL_GetPerformanceCounter();
    double dt = std::min(0.1, (double)(now - last_ticks) / (double)SDL_GetPerformanceFrequency());
    last_ticks = now;
    bool moving = app.explorer.Tick(dt > 0 ? dt : 1.0 / 60);
    bool command = app.explorer.TakeRedrawRequest();
    // A finger or button held still sends no events, yet a long press (the hover card on touch screens) needs frames.
    bool wanted = had_event || moving || command || io.WantTextInput || io.MouseDown[0] || !app.explorer.notices.empty() ||
                  app.options.frames >= 0;
    if (wanted)
        app.explorer.last_wake = had_event ? "event " + std::to_string(last_event_type) : moving ? "animation" : command ? "command"
                                 : io.WantTextInput ? "text input" : io.MouseDown[0] ? "pointer held" : !app.explorer.notices.empty() ? "notice"
                                 : "scripted frames";
    app.idle_seconds = wanted ? 0 : app.idle_seconds + dt;
    platform::KeepWorkSafe(app.explorer, app.window, dt);  // also while idle: the store waits a second after an edit
    if (app.ui.quit_confirmed) app.quit = true;
    // ImGui needs a few frames after the last input to settle hover and focus states.
    if (app.idle_seconds > IdleSecondsBeforeSleep) {
        SyncUrlHash(dt);
        SyncAccessibleView();
        return;
    }

    // 3. Start the Dear ImGui frame and draw the whole UI.
    const bool first = app.explorer.Frames() == 0;
    if (first) platform::Mark("sse-first-frame-start");
    static const std::string asset_root = AssetRoot();
    platform::UpdateLazyAssets(app.explorer, asset_root);  // the Korean font and the data's translations, when first needed
    // A paste's text goes in once Ctrl (Cmd) is released: ImGui's text boxes ignore characters typed with it held.
    if (!app.typed_paste.empty()) {
        if (!io.KeyCtrl && !io.KeySuper) {
            io.AddInputCharactersUTF8(app.typed_paste.c_str());
            app.typed_paste.clear();
        }
        app.explorer.RequestRedraw();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    if (io.DeltaTime <= 0) io.DeltaTime = 1.0f / 60;  // headless browsers can repeat a timestamp
    ImGui::NewFrame();
    sse::ui::DrawApp(app.explorer, app.ui);
    ApplyPlatformRequests();
    ApplyDataRequests();
    platform::ServeLanguageRequest(app.explorer);

    // 4. Rendering.
    ImGui::Render();
    glViewport(0, 0, (int)(io.DisplaySize.x * io.DisplayFramebufferScale.x), (int)(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.98f, 0.98f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    app.explorer.CountFrame();
    if (first) platform::Mark("sse-first-frame-end");
#ifdef __EMSCRIPTEN__
    // A text box took or gave up the keyboard: the page's textarea follows it (input methods: web/ime.js).
    const bool text_box_open = ImGui::GetCurrentContext()->PlatformImeData.WantTextInput;
    if (text_box_open != app.text_box_open) {
        app.text_box_open = text_box_open;
        EM_ASM({ if (window.explorerIme) window.explorerIme.follow($0); }, text_box_open ? 1 : 0);
    }
#endif
    // The URL hash after drawing, and not in the first frame at all: encoding the view costs tens of milliseconds
    // in a page that has just started (WebAssembly not yet optimised by the browser), and the page shows the
    // first picture (shell.js hides the loading overlay) only once this frame's task ends. The next frame syncs it.
    if (!first) SyncUrlHash(dt);
    if (!first) SyncAccessibleView();

    Options& o = app.options;
    if (o.frames >= 0 && app.explorer.Frames() >= (uint64_t)o.frames) {
#ifndef __EMSCRIPTEN__
        if (!o.screenshot.empty()) platform::SaveScreenshot(app.window, o.screenshot);
        if (!o.export_file.empty() && !platform::SaveFigure(app.explorer, o.export_file, o.scale, o.transparent) && o.hidden)
            app.exit_code = 1;
#endif
        app.quit = true;
    }
    SDL_GL_SwapWindow(app.window);
}

void LoadFont(const std::string& root) {
    ImGuiIO& io = ImGui::GetIO();
    // One TrueType font, rasterised on demand at every size (Dear ImGui 1.92 dynamic fonts): crisp when zoomed.
    std::string path = root + "assets/fonts/DejaVuSans-subset.ttf";
    if (!io.Fonts->AddFontFromFileTTF(path.c_str())) {
        std::fprintf(stderr, "warning: font %s not found; using ImGui's built-in font\n", path.c_str());
        return;
    }
    // The toolbar's icons (ui/icons.h) merged in: one font, so an icon sits beside its word in any label; one
    // least width, so that icons line up in menus; a missing file leaves the words alone. (The UI font has no
    // reference size, so the merged font is drawn at the text's size and these two are pixels; ImGui wants a size.)
    std::string icons = root + "assets/fonts/Icons-subset.ttf";
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.GlyphMinAdvanceX = sse::ui::BaseFontSize * 1.2f;
    cfg.GlyphOffset = ImVec2(0, 1);
    std::snprintf(cfg.Name, sizeof cfg.Name, "%s", "SSE Icons Subset (Font Awesome 4.7)");
    if (!io.Fonts->AddFontFromFileTTF(icons.c_str(), sse::ui::BaseFontSize, &cfg))
        std::fprintf(stderr, "warning: icon font %s not found; the toolbar shows words only\n", icons.c_str());
}

}  // namespace

#ifdef __EMSCRIPTEN__
// window.explorer.command(text) and state() call these through ccall (see web/shell.html).
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* explorer_command(const char* text) {
    if (!s_app) return "{\"ok\": false, \"code\": \"not-ready\", \"message\": \"the explorer has not started\"}";
    sse::CommandResult r = s_app->explorer.Command(text ? text : "");
    s_app->last_reply = sse::CommandResultJson(r);
    return s_app->last_reply.c_str();
}
// The page calls this when the URL hash changes (a pasted link, Back or Forward).
EMSCRIPTEN_KEEPALIVE const char* explorer_apply_hash(const char* hash) {
    if (!s_app) return "";
    std::vector<std::string> notices = sse::ApplyViewHash(s_app->explorer, hash ? hash : "");
    for (const std::string& n : notices)
        s_app->explorer.notices.push_back(sse::i18n::TrF("notice.link_part", "Part of the link was not understood: {what}", {{"what", n}}));
    s_app->last_hash = sse::EncodeViewHash(s_app->explorer);
    s_app->last_tour = s_app->explorer.TourIndex();
    s_app->last_step = s_app->explorer.TourStepIndex();
    s_app->last_reply = std::to_string(notices.size());
    return s_app->last_reply.c_str();
}
// The page calls this to show a notice of its own (web/shell.js: a newer version has been loaded).
EMSCRIPTEN_KEEPALIVE void explorer_notice(const char* text) {
    if (s_app && text && *text) s_app->explorer.notices.push_back(text);
}
// window.explorer.openData / a drop / the file picker / a paste (web/files.js): each file is added, then opened together.
EMSCRIPTEN_KEEPALIVE void explorer_add_file(const char* name, const char* bytes, int length) {
    if (!s_app) return;
    s_app->incoming.push_back({name ? name : "data", std::string(bytes, bytes + (length > 0 ? length : 0))});
}
EMSCRIPTEN_KEEPALIVE const char* explorer_open_files() {
    if (!s_app) return "{\"ok\": false, \"code\": \"not-ready\", \"message\": \"the explorer has not started\"}";
    std::vector<sse::ImportFile> files;
    files.swap(s_app->incoming);
    s_app->last_reply = sse::CommandResultJson(s_app->explorer.OpenData(files));
    return s_app->last_reply.c_str();
}
// window.explorer.exportData(format): {ok, files: [{name, text}]} or {ok: false, message}.
EMSCRIPTEN_KEEPALIVE const char* explorer_export(const char* format) {
    if (!s_app) return "{\"ok\": false}";
    const std::string what = format ? format : "";
    if (what == "looks") {  // for the converter module's GEXF: each actor's position, size and colour as drawn
        s_app->last_reply = sse::LooksToJson(sse::ActorLooks(s_app->explorer));
        return s_app->last_reply.c_str();
    }
    std::string error;
    const auto files = s_app->explorer.ExportData(what, &error);
    s_app->last_reply = sse::ExportReplyJson(files, error);
    return s_app->last_reply.c_str();
}
// files.js, after the converter module read workbooks or graphs: their names and the MappedImport (import_exchange.h:
// MappedImportToJson, and its data set's `length` bytes at `data`, copied from the converter's memory) open the same
// preview as explorer_open_files.
EMSCRIPTEN_KEEPALIVE const char* explorer_open_mapped(const char* names_json, const char* mapped_json, const char* data, int length) {
    if (!s_app) return "{\"ok\": false, \"code\": \"not-ready\", \"message\": \"the explorer has not started\"}";
    std::vector<std::string> names;
    const nlohmann::json n = nlohmann::json::parse(names_json ? names_json : "", nullptr, false);
    if (n.is_array())
        for (const auto& x : n)
            if (x.is_string()) names.push_back(x.get<std::string>());
    sse::MappedImport mapped;
    if (names.empty() || !sse::MappedImportFromJson(mapped_json ? mapped_json : "", &mapped)) {
        s_app->last_reply = "{\"ok\": false, \"code\": \"usage\", \"message\": \"the converter's reply could not be read\"}";
        return s_app->last_reply.c_str();
    }
    if (data && length > 0) mapped.json.assign(data, static_cast<size_t>(length));
    s_app->last_reply = sse::CommandResultJson(s_app->explorer.OpenMapped(names, std::move(mapped)));
    return s_app->last_reply.c_str();
}
// The page's paste event: the table's current cell (edit mode) takes the text on the next frame; 0 when no cell
// is current (the page then opens spreadsheet cells as an import).
EMSCRIPTEN_KEEPALIVE int explorer_paste_into_table(const char* text) {
    if (!s_app || !text || !sse::ui::TableTakesPaste(s_app->explorer)) return 0;
    s_app->ui.table_paste = text;
    s_app->ui.table_paste_pending = true;
    s_app->explorer.RequestRedraw();
    return 1;
}
// True while a text box has the keyboard: a paste then goes there, not into an import.
// WantTextInput is only brought up to date by the next frame, and an idle page draws none: a box that has just
// taken the keyboard ("/" then Ctrl+V at once) is found by its active id as well.
EMSCRIPTEN_KEEPALIVE int explorer_wants_text() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return ImGui::GetIO().WantTextInput || (g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID) ? 1 : 0;
}
// Where the text box with the keyboard has its cursor, in CSS pixels of the canvas: web/ime.js lays its textarea there,
// so that an input method's window and the syllable being composed appear where the user types.
EMSCRIPTEN_KEEPALIVE const char* explorer_ime_box() {
    const ImGuiPlatformImeData& ime = ImGui::GetCurrentContext()->PlatformImeData;
    char buf[96];
    std::snprintf(buf, sizeof buf, "{\"x\": %.1f, \"y\": %.1f, \"h\": %.1f}", ime.InputPos.x, ime.InputPos.y, ime.InputLineHeight);
    s_app->last_reply = buf;
    return s_app->last_reply.c_str();
}
// The page's paste event while a text box has the keyboard: the text is typed into it (a single-line box drops
// line breaks, as ImGui does for typed ones) once the Ctrl of Ctrl+V is up.
EMSCRIPTEN_KEEPALIVE void explorer_type_text(const char* text) {
    if (!s_app || !text) return;
    platform::NoteTypedText(text);
    s_app->typed_paste += text;  // typed at the next frame without Ctrl held (DrawFrame)
    s_app->explorer.RequestRedraw();
}
// The page found a map kept in IndexedDB (shell.js): put it back, as one undo step; "" or why not.
EMSCRIPTEN_KEEPALIVE const char* explorer_restore(const char* text, const char* saved_at) {
    if (!s_app) return "the explorer has not started";
    s_app->last_reply = s_app->explorer.RestoreAutosave(text ? text : "", saved_at ? saved_at : "");
    if (!s_app->last_reply.empty())
        s_app->explorer.notices.push_back(sse::i18n::TrF("notice.not_restored", "Your unsaved map could not be restored: {error}", {{"error", s_app->last_reply}}));
    s_app->explorer.RequestRedraw();
    return s_app->last_reply.c_str();
}
// The page stored the map (at HH:MM), or could not (storage full, private window): state() and a notice say so.
EMSCRIPTEN_KEEPALIVE void explorer_stored(const char* saved_at, int revision) {
    if (!s_app) return;
    s_app->explorer.persisted.saved_at = saved_at ? saved_at : "";
    s_app->explorer.persisted.kept_revision = revision;
}
EMSCRIPTEN_KEEPALIVE void explorer_storage_failed(const char* message) {
    if (!s_app) return;
    s_app->explorer.notices.push_back(sse::i18n::TrF("notice.storage_failed", "Your map could not be kept in this browser's storage ({error}). "
                                                     "Editing goes on in memory: keep this tab open, or export the map.", {{"error", message ? message : ""}}));
    s_app->explorer.RequestRedraw();
}
EMSCRIPTEN_KEEPALIVE const char* explorer_state() {
    if (!s_app) return "{\"frame\":0}";
    s_app->last_state = s_app->explorer.StateJson();
    return s_app->last_state.c_str();
}
}
#endif

int main(int argc, char** argv) {
    platform::Mark("sse-main");
    static AppContext app;
    s_app = &app;
#ifndef __EMSCRIPTEN__
    if (!ParseOptions(argc, argv, app.options)) return 2;
#else
    (void)argc;
    (void)argv;
#endif
#ifndef __EMSCRIPTEN__
    // Workbooks and graphs: the desktop reads and writes them itself; the page leaves them to its converter module.
    sse::RegisterFileFormats();
    app.ui.desktop = true;              // Save and Save as write files; closing with unsaved changes asks
    app.explorer.file_access = true;
#endif
#ifndef __EMSCRIPTEN__
    if (!app.options.check_files.empty()) return sse::RunCheck(app.options.check_files, std::cout);
    if (!app.options.convert_in.empty()) {
        Options& o = app.options;
        if (!sse::FigureFormatForFile(o.convert_out, o.scale, !o.transparent))
            return sse::RunConvert(o.convert_in, o.convert_out, std::cout);
        // A figure: IN opened as --data is, drawn in the default view by a window never shown, written once the
        // opening transitions are over (as --export writes it).
        o.data_file = o.convert_in;
        o.export_file = o.convert_out;
        o.frames = o.frames >= 0 ? o.frames : 60;
        o.hidden = true;
    }
#endif

    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "error: SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
#ifdef __EMSCRIPTEN__
    const char* glsl_version = "#version 300 es";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    // ImGui needs neither a depth nor a stencil buffer: a smaller drawing buffer, made faster.
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
#else
    const char* glsl_version = "#version 130";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
#ifndef __EMSCRIPTEN__
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
#endif
    auto flags = (SDL_WindowFlags)(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                                   (app.options.hidden ? SDL_WINDOW_HIDDEN : 0));
    app.window = SDL_CreateWindow("SSE Ecosystem Explorer", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                  app.options.width, app.options.height, flags);
    if (!app.window) {
        std::fprintf(stderr, "error: cannot open a window: %s\n", SDL_GetError());
        platform::ReportNoWebGL();
        return 1;
    }
    app.gl = SDL_GL_CreateContext(app.window);
    if (!app.gl) {
        std::fprintf(stderr, "error: cannot create an OpenGL context: %s\n", SDL_GetError());
        platform::ReportNoWebGL();
        return 1;
    }
    SDL_GL_MakeCurrent(app.window, app.gl);
    SDL_GL_SetSwapInterval(1);
    platform::Mark("sse-gl-ready");

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // A double-click (a new actor in edit mode) within half a second, as desktops count it: ImGui's 0.30 s is missed
    // when a slow machine (software rendering) takes the two clicks in frames 150 ms apart.
    io.MouseDoubleClickTime = 0.5f;
    // No imgui.ini: panel positions come from the layout code, and the web build has no persistent disk.
    io.IniFilename = nullptr;
    // Colours, sizes and the font size come from ui::ApplyTheme on the first frame (theme and scale commands).
    ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
    ImGui_ImplOpenGL3_Init(glsl_version);
    platform::EnableFigurePng(&app.ui);  // PNG figures: drawn again into an offscreen framebuffer (figure_png.h)
    // Links in the details panel come from data files: replace the backend's opener (a bare window.open on the web)
    // with one that opens only http(s) addresses, in a tab without access back to this page.
    ImGui::GetPlatformIO().Platform_OpenInShellFn = [](ImGuiContext*, const char* url) { return platform::OpenWebUrl(url); };

    std::string root = AssetRoot();
    LoadFont(root);
    // The interface's language before the first frame, so that it is drawn in that language (language.h).
    platform::ConnectLanguageFiles(app.explorer, root);
    if (std::string lang = platform::InitialLanguage(); !lang.empty()) {
        sse::CommandResult r = app.explorer.Command("language " + lang);
        if (!r.ok) std::fprintf(stderr, "language %s: %s\n", lang.c_str(), r.message.c_str());
    }
    std::string data = app.options.data_file.empty() ? root + "data/silk.json" : app.options.data_file;
    bool loaded = false;
    sse::ImportFile file;
    sse::Diagnostic read_error;
    const bool json = data.size() > 5 && data.compare(data.size() - 5, 5, ".json") == 0;
    if (!json && sse::ReadImportFile(data, &file, &read_error)) loaded = app.explorer.LoadFiles({file});  // .csv, .tsv, ...
    else loaded = app.explorer.LoadFile(data);  // a data file, or the loader's message for what cannot be read
    if (!loaded)
        for (const sse::Diagnostic& d : app.explorer.Diagnostics()) std::fprintf(stderr, "%s\n", sse::FormatDiagnostic(d).c_str());
    if (!loaded && app.options.hidden) return 1;  // --convert: no figure of data that could not be read
    platform::Mark("sse-data-loaded");
    std::string outline_error;
    if (!sse::LoadWorldOutlineFile(root + "assets/world/land-110m.bin", app.explorer.world, outline_error))
        std::fprintf(stderr, "warning: %s (the map layout shows no coastlines)\n", outline_error.c_str());
    // Remembered settings; the welcome only on a first visit, and never in scripted (--frames) runs.
    app.settings = platform::LoadSettings();
    app.explorer.reduced_motion = app.settings.reduced_motion || app.options.reduced_motion || platform::PrefersReducedMotion();
    app.explorer.presentation.welcome = !app.settings.welcome_dismissed && app.options.frames < 0;
    // What a shared view's link starts with: the page's own address (web) or --share-base (desktop).
    app.explorer.share_base = app.options.share_base.empty() ? platform::GetPageBase() : app.options.share_base;
    // A map a previous visit kept in the browser (web), or the autosave copy a previous run left (desktop, when
    // started without a file to open: a file named on the command line is what the user asked for), put back
    // before the link's view is applied to it. Keep or Discard is then the user's choice, as on the web.
    const bool offer_stored = app.options.data_file.empty();
    if (std::string stored, saved_at; offer_stored && platform::TakeStoredMap(&stored, &saved_at)) {
        const std::string error = app.explorer.RestoreAutosave(stored, saved_at);
        if (!error.empty()) app.explorer.notices.push_back(sse::i18n::TrF("notice.not_restored", "Your unsaved map could not be restored: {error}", {{"error", error}}));
    }
    // The view to open: the page's URL hash (web) or --view (desktop).
    std::string view = app.options.view.empty() ? platform::GetUrlHash() : app.options.view;
    if (!view.empty()) {
        for (const std::string& n : sse::ApplyViewHash(app.explorer, view)) {
            app.explorer.notices.push_back(sse::i18n::TrF("notice.link_part", "Part of the link was not understood: {what}", {{"what", n}}));
#ifndef __EMSCRIPTEN__
            std::fprintf(stderr, "view: %s\n", n.c_str());  // --view; on the web the notice is enough (no console warning)
#endif
        }
        app.explorer.presentation.welcome = false;  // a shared link goes straight to its view
        app.last_tour = app.explorer.TourIndex();
        app.last_step = app.explorer.TourStepIndex();
    }
    for (const std::string& c : app.options.commands) {
        sse::CommandResult r = app.explorer.Command(c);
        if (!r.ok) std::fprintf(stderr, "command '%s': %s [%s]\n", c.c_str(), r.message.c_str(), r.code.c_str());
    }

    platform::Mark("sse-main-ready");
#ifdef __EMSCRIPTEN__
    // The first frame is drawn at once rather than at the next animation frame (which can come a few hundred
    // milliseconds later while the browser is still busy starting the page). Then the browser owns the loop:
    // Frame() runs once per animation frame; main returns here for good.
    Frame();
    emscripten_set_main_loop(Frame, 0, true);
#else
    while (!app.quit) Frame();
    if (!app.options.state_file.empty()) WriteState(app.options.state_file);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(app.gl);
    SDL_DestroyWindow(app.window);
    SDL_Quit();
#endif
    return app.exit_code;
}
