// accessible_view.h: what the web page's accessible mirror shows beside the canvas (web/a11y.js): the actors,
// the selected actor with its links and sources, and the tour step, as plain data (JSON) for a screen reader.
#pragma once

#include <string>

namespace sse {

class Explorer;

// A key that changes whenever the mirror's content may have changed (data, edits, selection, tour, step): the
// platform compares it every frame (a few integers) and builds the JSON only when it differs.
std::string AccessibleViewKey(const Explorer& ex);

// {"actors": [{id, name, about}] (only with with_actors), "selected": {id, name, about, description, links:
// [{id, name, about}], sources: [{title, url}]} | null, "tour": {title, step, steps, stepTitle, caption} | null}.
// `about` is one sentence for people ("Public agency, regional level, Catalonia").
std::string AccessibleViewJson(const Explorer& ex, bool with_actors);

}  // namespace sse
