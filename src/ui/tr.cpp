// tr.cpp: see tr.h.
#include "ui/tr.h"

namespace sse::ui {

std::string Titled(const char* text, const char* id) { return std::string(text) + "###" + id; }

}  // namespace sse::ui
