// lazy_assets.h: what the page loads only when needed, so that a Latin-script first load never downloads it:
//   - the Korean font (Korean chosen, or Hangul in the data's own text), merged into the UI font;
//   - the bundled data's translations (a language other than English chosen; core/translation_overlay.h).
// Web: fetched from fonts/ and translations/ next to index.html (not in index.data nor in the service worker's list);
// desktop: the font is read from assets/fonts/ next to the executable, and the data carries its translations itself.
#pragma once

#include <string>

#include "core/explorer.h"

namespace platform {

// Once per frame, before ImGui::NewFrame: starts loading what the explorer first needs and applies what has arrived
// (the font's glyphs are then rasterised at the current UI scale on first use). ex.hangul_font and
// ex.content_translations say where each stands (state().fonts.hangul, state().contentTranslations).
// root: the folder holding assets/ (desktop).
void UpdateLazyAssets(sse::Explorer& ex, const std::string& root);
// Text the user typed (keys, an input method, a paste): Hangul in it needs the Korean font too, whatever the language.
void NoteTypedText(const char* utf8);

}  // namespace platform
