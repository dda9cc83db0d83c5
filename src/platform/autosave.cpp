// autosave.cpp: see autosave.h.
#include "autosave.h"

#include <cstdlib>
#include <string>

#include "core/dataset_writer.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
// The page stores the text (or forgets the stored map when it is empty) off the frame: IndexedDB is asynchronous,
// and shell.js reports back through explorer_stored / explorer_storage_failed (main.cpp).
EM_JS(void, js_store_map, (const char* text), {
    try { if (window.explorerShell && window.explorerShell.storeMap) window.explorerShell.storeMap(UTF8ToString(text)); } catch (e) {}
});
#else
#include <sys/stat.h>
#endif

namespace platform {

namespace {
int s_stored_revision = -1;  // the revision last stored (or, at start, the loaded document's: nothing to store)
double s_since_change = 0;   // seconds since the revision last changed (web: the debounce)
double s_editing_seconds = 0;  // desktop: seconds of editing since the last copy
int s_seen_revision = -1;
#ifndef __EMSCRIPTEN__
std::string s_title;
#endif
}  // namespace

std::string AutosavePath() {
#ifdef __EMSCRIPTEN__
    return "";
#else
    const char* xdg = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    if (xdg && *xdg) return std::string(xdg) + "/sse-explorer/autosave.json";
    if (home && *home) return std::string(home) + "/.local/share/sse-explorer/autosave.json";
    return "";
#endif
}

void KeepWorkSafe(sse::Explorer& ex, SDL_Window* window, double dt) {
    const sse::Document& doc = ex.Doc();
    if (s_stored_revision < 0) s_stored_revision = s_seen_revision = doc.Revision();  // the loaded file: nothing to keep
    if (doc.Revision() != s_seen_revision) {
        s_seen_revision = doc.Revision();
        s_since_change = 0;
    } else {
        s_since_change += dt;
    }
#ifdef __EMSCRIPTEN__
    (void)window;
    // A second after the last change (typing a name is many edits' worth of keys, one store).
    if (doc.Revision() == s_stored_revision || s_since_change < 1.0) return;
    s_stored_revision = doc.Revision();
    // Back at the saved or loaded state: nothing unsaved to keep, the stored map is forgotten.
    js_store_map(doc.Dirty() ? sse::WriteDataset(ex.Data()).c_str() : "");
#else
    if (window) {
        std::string title = "SSE Ecosystem Explorer";
        if (!ex.FileName().empty()) title += " \xE2\x80\x94 " + ex.FileName().substr(ex.FileName().rfind('/') + 1);
        if (doc.Dirty()) title += " *";
        if (title != s_title) {
            SDL_SetWindowTitle(window, title.c_str());
            s_title = title;
        }
    }
    if (doc.Revision() == s_stored_revision || !doc.Dirty()) {
        s_editing_seconds = 0;
        return;
    }
    s_editing_seconds += dt;
    if (s_editing_seconds < 60) return;  // a crash loses at most the last minute
    s_editing_seconds = 0;
    s_stored_revision = doc.Revision();
    const std::string path = AutosavePath();
    if (path.empty()) return;
    // ~/.local/share/sse-explorer and its parents may not exist yet; a failure shows up when writing below.
    for (size_t slash = path.find('/', 1); slash != std::string::npos; slash = path.find('/', slash + 1))
        mkdir(path.substr(0, slash).c_str(), 0700);
    const std::string error = sse::WriteFileAtomically(path, sse::WriteDataset(ex.Data()));
    if (!error.empty()) ex.notices.push_back("The autosave copy could not be written (" + error + "); save with Ctrl+S.");
    else ex.persisted.saved_at = sse::ClockTime();
#endif
}

}  // namespace platform
