// autosave.cpp: see autosave.h.
#include "autosave.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/i18n.h"
#include "core/dataset_writer.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
// The page stores the text (or forgets the stored map when it is empty) off the frame: IndexedDB is asynchronous,
// and shell.js reports back through explorer_stored / explorer_storage_failed (main.cpp).
EM_JS(void, js_store_map, (const char* text, int revision), {
    try { if (window.explorerShell && window.explorerShell.storeMap) window.explorerShell.storeMap(UTF8ToString(text), revision); } catch (e) {}
});
EM_JS(char*, js_take_stored_map, (), {
    try {
        var shell = window.explorerShell;
        if (!shell || !shell.storedMap || shell.storedMapTaken) return 0;
        shell.storedMapTaken = true;
        var s = JSON.stringify(shell.storedMap);
        var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
        stringToUTF8(s, p, n);
        return p;
    } catch (e) { return 0; }
});
#else
#include <sys/stat.h>
#endif

namespace platform {

namespace {
int s_stored_revision = -1;  // the revision last stored
#ifdef __EMSCRIPTEN__
bool s_stored_any = false;   // something was stored this session (until then a clean document has nothing to keep,
                             // and the map a previous visit stored must stay for the page to restore it)
#endif
int s_seen_revision = -1;
uint64_t s_changed_at = 0;   // when the revision last changed (ms): the web store waits a second after it
#ifndef __EMSCRIPTEN__
uint64_t s_pending_since = 0;  // desktop: when the oldest change not yet in the copy was made (ms), 0 for none
bool s_copy_written = false;   // desktop: this run wrote (or restored from) the autosave copy
std::string s_title;
// Seconds between autosave copies: a minute; SSE_AUTOSAVE_SECONDS shortens it for tests (a crash test need not
// wait a minute).
double AutosaveSeconds() {
    static const double seconds = [] {
        const char* env = std::getenv("SSE_AUTOSAVE_SECONDS");
        const double v = env ? std::atof(env) : 0;
        return v > 0 ? v : 60.0;
    }();
    return seconds;
}
#endif
}  // namespace

bool TakeStoredMap(std::string* text, std::string* saved_at) {
#ifdef __EMSCRIPTEN__
    char* p = js_take_stored_map();
    if (!p) return false;
    nlohmann::json record = nlohmann::json::parse(p, nullptr, false);
    std::free(p);
    if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) return false;
    *text = record["text"].get<std::string>();
    *saved_at = record.value("savedAt", "");
    return !text->empty();
#else
    // Desktop: the copy a previous run left (it crashed, or was closed without saving): it is removed once the
    // map is saved or back at its loaded state, so a copy here is work that was never saved.
    const std::string path = AutosavePath();
    struct stat info {};
    if (path.empty() || stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return false;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    *text = body.str();
    std::tm local{};
    const std::time_t when = info.st_mtime;
    localtime_r(&when, &local);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", local.tm_hour, local.tm_min);
    *saved_at = clock;
    s_copy_written = !text->empty();  // discarding it (or saving) removes the file
    return s_copy_written;
#endif
}

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

void KeepWorkSafe(sse::Explorer& ex, SDL_Window* window, double /*dt*/) {
    const sse::Document& doc = ex.Doc();
    const uint64_t now = SDL_GetTicks64();  // real time: the frame's dt is clamped and the loop sleeps when idle
    if (doc.Revision() != s_seen_revision) {
        s_seen_revision = doc.Revision();
        s_changed_at = now;
    }
#ifdef __EMSCRIPTEN__
    (void)window;
    // A second after the last change (typing a name is many edits' worth of keys, one store).
    if (doc.Revision() == s_stored_revision || now - s_changed_at < 1000 || (!doc.Dirty() && !s_stored_any)) return;
    s_stored_revision = doc.Revision();
    s_stored_any = true;
    // Back at the saved or loaded state: nothing unsaved to keep, the stored map is forgotten.
    js_store_map(doc.Dirty() ? sse::WriteDataset(ex.Data()).c_str() : "", doc.Revision());
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
    if (!doc.Dirty() && s_copy_written) {
        // Saved, or back at the loaded map (undone, a restored copy discarded): the copy is no longer unsaved work.
        std::remove(AutosavePath().c_str());
        s_copy_written = false;
        s_stored_revision = -1;
    }
    if (doc.Revision() == s_stored_revision || !doc.Dirty()) {
        s_pending_since = 0;
        return;
    }
    if (!s_pending_since) s_pending_since = now;
    if ((double)(now - s_pending_since) < AutosaveSeconds() * 1000) return;  // a crash loses at most this much
    s_pending_since = 0;
    s_stored_revision = doc.Revision();
    const std::string path = AutosavePath();
    if (path.empty()) return;
    // ~/.local/share/sse-explorer and its parents may not exist yet; a failure shows up when writing below.
    for (size_t slash = path.find('/', 1); slash != std::string::npos; slash = path.find('/', slash + 1))
        mkdir(path.substr(0, slash).c_str(), 0700);
    const std::string error = sse::WriteFileAtomically(path, sse::WriteDataset(ex.Data()));
    if (!error.empty()) ex.notices.push_back(sse::i18n::TrF("notice.autosave_failed", "The autosave copy could not be written ({error}); save with Ctrl+S.", {{"error", error}}));
    else {
        ex.persisted.saved_at = sse::ClockTime();
        ex.persisted.kept_revision = doc.Revision();
        s_copy_written = true;
    }
#endif
}

}  // namespace platform
