// register_formats.cpp: the core tests run with every format, as the desktop app does (heavy_formats.h): the
// workbook and graph formats are registered before any test starts.
#include "core/heavy_formats.h"

namespace {
const bool kRegistered = (sse::RegisterFileFormats(), true);
}  // namespace
