// view_state.h: the view as a URL hash ("layout=force&select=accio&focus=2&filter.kind=network&camera=1,2,0.5"),
// so a link can reopen exactly what was on screen. Each key is an Explorer command ("filter.kind=network" is
// "filter kind network"), so the hash understands exactly what the command line does, and no more.
#pragma once

#include <string>
#include <vector>

#include "core/explorer.h"

namespace sse {

// The current view as a hash (without '#'): only what differs from a fresh view is written, in a fixed order.
std::string EncodeViewHash(const Explorer& ex);

// Applies a hash (with or without '#') to the explorer, in a fixed order (filters before selection, layout
// before camera). Parts that cannot be understood are skipped; each gives a notice in plain words. Never throws.
std::vector<std::string> ApplyViewHash(Explorer& ex, const std::string& hash);

// The keys a hash may hold, in the order they are applied: tour, step, filter.<field> for every filter field
// (in the FilterField vocabulary's order), showcase, hide-isolated, size, layout, select, focus, case,
// recommendation, camera, lang (the interface's language).
const std::vector<std::string>& ViewHashKeys();

// Percent-decoding of one hash component ("%C3%93" -> "Ó"); malformed escapes are kept as they are.
std::string PercentDecode(const std::string& s);
// Percent-encoding of everything but unreserved characters and ",".
std::string PercentEncode(const std::string& s);

}  // namespace sse
