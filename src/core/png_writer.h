// png_writer.h: writes RGBA pixels as a PNG file, compressed by a small deflate of its own (no zlib needed: the
// page's first download has none). Used for the desktop --screenshot flag and the PNG figure export.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sse {

// Encodes width x height RGBA8 pixels (rows top to bottom) as PNG bytes.
std::vector<uint8_t> EncodePng(const uint8_t* rgba, int width, int height);
// Writes EncodePng's bytes to path; returns false (and leaves no partial file) on failure.
bool WritePng(const std::string& path, const uint8_t* rgba, int width, int height);

}  // namespace sse
