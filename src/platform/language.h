// language.h: where the interface's language and its translation files come from on each platform. Web: the page
// (web/shell.js) picks the language before the app starts (#lang=xx, else navigator.languages) and fetches its file
// while the WebAssembly downloads; later choices are fetched on demand. Desktop: LC_ALL / LC_MESSAGES / LANG, and
// the files in assets/i18n next to the executable.
#pragma once

#include <string>

#include "core/explorer.h"

namespace platform {

// The language to start in ("es"), or "" for English.
std::string InitialLanguage();
// Connects the explorer to the translation files (Explorer::read_language) found under `root` (desktop).
void ConnectLanguageFiles(sse::Explorer& ex, const std::string& root);
// Once per frame: starts fetching a language the explorer asked for and does not have yet (web; the page runs
// "language <code>" again when the file is here). Nothing to do on the desktop.
void ServeLanguageRequest(sse::Explorer& ex);

}  // namespace platform
