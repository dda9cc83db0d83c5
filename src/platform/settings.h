// settings.h: what the app remembers between runs ("don't show the welcome again", reduced motion): browser
// storage on the web, a small JSON file on the desktop ($XDG_CONFIG_HOME or ~/.config/sse-explorer/settings.json).
#pragma once

#include <string>

namespace platform {

struct Settings {
    bool welcome_dismissed = false;
    bool reduced_motion = false;
};

// Reads the saved settings; missing or unreadable storage gives the defaults (never fails).
Settings LoadSettings();
// Saves the settings; returns false (and leaves the old file in place) when it cannot.
bool SaveSettings(const Settings& s);

}  // namespace platform
