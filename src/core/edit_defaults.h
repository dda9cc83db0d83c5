// edit_defaults.h: the elements an editing gesture creates before the user has typed anything (a double-click's
// actor, a drag's link, File -> New's empty map), built so that they pass the loader's rules in every data set,
// the bundled one's strict provenance rules included: they are tagged `inferred` with a reasoning that says they
// were added by hand, and they carry a source (the data set's own, or the actor's they start from).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/document_edit.h"
#include "core/model.h"

namespace sse {

// An id of the given kind not yet used in `data`: `base` itself when free, else base-2, base-3, ... `base` is
// reduced to the id alphabet ([a-z0-9][a-z0-9_.-]*; "New actor" -> "new-actor"); "item" when nothing is left.
std::string UniqueId(const Dataset& data, ElementKind kind, const std::string& base);

// The reasoning every hand-made element carries until the user writes a better one.
extern const char* const kHandMadeReasoning;

// A minimal valid actor: this id and name, a practitioner at `level` in `territory` (which must exist),
// `inferred` with kHandMadeReasoning, and the data set's first source (or, failing that, the first source of any
// actor; a placeholder address to be replaced when the data set has none at all).
nlohmann::json NewActorJson(const Dataset& data, const std::string& id, const std::string& name, Level level,
                            const std::string& territory);

// The territory a new actor goes in: `preferred` when it exists, else the first territory; "" when there is none
// (the caller then adds GlobalTerritoryJson first).
std::string DefaultTerritory(const Dataset& data, const std::string& preferred);
// A `global` territory (no coordinates needed), for a map that has none yet.
nlohmann::json GlobalTerritoryJson(const std::string& id);

// A minimal valid link from actor `from` to actor `to` (indices into data.actors): horizontal when both are on one
// level, else vertical; this relation; direction outward; `inferred`; the `from` actor's first source.
nlohmann::json NewLinkJson(const Dataset& data, const std::string& id, int from, int to, Relation relation);

// File -> New: a data set with a title and nothing else (empty lists), valid as a file.
nlohmann::json EmptyDatasetJson(const std::string& title);

}  // namespace sse
