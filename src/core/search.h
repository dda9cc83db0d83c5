// search.h: type-ahead search over actor names, short names and descriptions.
// Case- and accent-insensitive: "accio" finds "ACCIÓ".
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model.h"

namespace sse {

// Lower-cases ASCII and folds accented Latin letters (UTF-8, Latin-1 and Latin Extended-A) to their base letter.
std::string FoldForSearch(const std::string& utf8);

// True when `needle` occurs in `haystack`, ignoring case and accents as search does ("" matches everything): the
// table's row filter uses it, so that "accio" finds ACCIÓ there too.
bool ContainsFolded(const std::string& haystack, const std::string& needle);

// Actors matching every word of query, best first: exact id or short name, then name prefix, then word prefix,
// then substring of the name, then the description. At most max_results. Names, short names and descriptions match in
// every language the data translates them into (an actor's own translations, else `overlay`'s by actor id), so that
// a room searches in its own language and script.
std::vector<int> SearchActors(const Dataset& data, const std::string& query, int max_results = 20,
                              const std::map<std::string, Translations>* overlay = nullptr);

}  // namespace sse
