// url.h: which addresses taken from data may be opened (a source, a case study, an actor's website).
#pragma once

#include <string_view>

namespace sse {

// True for an absolute http:// or https:// address with a host part and no whitespace or control characters.
// Everything else (javascript:, data:, file:, vbscript:, relative paths, "https://" alone...) is refused.
// The loader already accepts only such addresses; the platform checks again before opening one.
bool IsWebUrl(std::string_view url);

}  // namespace sse
