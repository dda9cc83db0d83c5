// lazy_fonts.h: the Korean font, loaded only when needed (Korean chosen, or Hangul in the data) and merged into the
// UI font, so that Latin-script pages never download it. Web: fetched from fonts/ next to index.html (not part of the
// first download nor of index.data); desktop: read from assets/fonts/ next to the executable.
#pragma once

#include <string>

#include "core/explorer.h"

namespace platform {

// Once per frame, before ImGui::NewFrame: starts loading the font when the explorer first needs it and merges it into
// the atlas when its bytes are there (glyphs are then rasterised at the current UI scale on first use).
// ex.hangul_font tells where it stands (state().fonts.hangul). root: the folder holding assets/ (desktop).
void UpdateLazyFonts(sse::Explorer& ex, const std::string& root);

}  // namespace platform
