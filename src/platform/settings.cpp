// settings.cpp: see settings.h.
#include "settings.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// localStorage can throw (private mode, disabled storage): then nothing is remembered, silently.
EM_JS(int, js_settings_get, (const char* key), {
    try { return window.localStorage.getItem(UTF8ToString(key)) === '1' ? 1 : 0; } catch (e) { return 0; }
});
EM_JS(void, js_settings_set, (const char* key, int value), {
    try { window.localStorage.setItem(UTF8ToString(key), value ? '1' : '0'); } catch (e) {}
});
#endif

namespace platform {

#ifdef __EMSCRIPTEN__
Settings LoadSettings() {
    Settings s;
    s.welcome_dismissed = js_settings_get("sse-explorer.welcome-dismissed") != 0;
    s.reduced_motion = js_settings_get("sse-explorer.reduced-motion") != 0;
    return s;
}

bool SaveSettings(const Settings& s) {
    js_settings_set("sse-explorer.welcome-dismissed", s.welcome_dismissed);
    js_settings_set("sse-explorer.reduced-motion", s.reduced_motion);
    return true;
}
#else
namespace {
std::string SettingsDir() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    const char* home = std::getenv("HOME");
    if (xdg && *xdg) return std::string(xdg) + "/sse-explorer";
    if (home && *home) return std::string(home) + "/.config/sse-explorer";
    return "";
}

// Tiny reader for our own two-key file: "key": true|false. Anything else is ignored.
bool ReadFlag(const std::string& text, const char* key) {
    size_t at = text.find(std::string("\"") + key + "\"");
    if (at == std::string::npos) return false;
    size_t colon = text.find(':', at);
    // A file cut short after the colon (disk full, crash while saving) must not throw at every start.
    size_t value = colon == std::string::npos ? std::string::npos : text.find_first_not_of(" \t", colon + 1);
    return value != std::string::npos && text.compare(value, 4, "true") == 0;
}
}  // namespace

Settings LoadSettings() {
    Settings s;
    std::string dir = SettingsDir();
    if (dir.empty()) return s;
    std::ifstream in(dir + "/settings.json");
    if (!in) return s;
    std::stringstream buf;
    buf << in.rdbuf();
    s.welcome_dismissed = ReadFlag(buf.str(), "welcome_dismissed");
    s.reduced_motion = ReadFlag(buf.str(), "reduced_motion");
    return s;
}

bool SaveSettings(const Settings& s) {
    std::string dir = SettingsDir();
    if (dir.empty()) return false;
    std::string parent = dir.substr(0, dir.rfind('/'));
    mkdir(parent.c_str(), 0700);  // ~/.config may not exist yet; errors show up when writing below
    mkdir(dir.c_str(), 0700);
    std::string path = dir + "/settings.json", tmp = path + ".tmp";
    {
        std::ofstream out(tmp);
        out << "{\n  \"welcome_dismissed\": " << (s.welcome_dismissed ? "true" : "false") << ",\n  \"reduced_motion\": "
            << (s.reduced_motion ? "true" : "false") << "\n}\n";
        if (!out) return false;
    }
    return std::rename(tmp.c_str(), path.c_str()) == 0;  // atomic: a crash never leaves half a file
}
#endif

}  // namespace platform
