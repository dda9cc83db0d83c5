// tr.h: the string table's lookups (core/i18n.h) for the UI files, and window titles that keep their state when
// translated: ImGui identifies a window by its title, so a title is "<text>###<id>" and only the id counts.
#pragma once

#include <string>

#include "core/i18n.h"

// A row of a table of texts: the string-table id and its English, as two initialisers. scripts/i18n_extract.mjs
// collects these into en.json like Tr calls.
#define SSE_TEXT(id, english) id, english

namespace sse::ui {

using i18n::Tr;
using i18n::TrF;
using i18n::TrN;

// "<translated text>###<id>": a window or header whose label changes with the language but whose identity does not.
std::string Titled(const char* text, const char* id);  // (tr.cpp: one copy of the code, not one per label)

}  // namespace sse::ui
