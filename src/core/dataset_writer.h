// dataset_writer.h: writes a Dataset back to the `sse-explorer/1` JSON format (data/README.md).
// Keys come in the order data/README.md documents them and the layout is fixed (an object or array holding only
// scalars on one line, anything else one member per line), so a data file that is read and written again
// changes only where its content changed: diffs of data files stay small. read(write(d)) == d.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/model.h"

namespace sse {

// The data set as JSON values with the format's key order (defaults such as weight 1 are left out).
nlohmann::ordered_json DatasetToJson(const Dataset& data);

// One element as the JSON object the format stores it as (the shape `add <element> {...}` takes).
nlohmann::ordered_json TerritoryToJson(const Territory& t);
nlohmann::ordered_json ActorToJson(const Actor& a);
nlohmann::ordered_json LinkToJson(const Link& l);
nlohmann::ordered_json CaseToJson(const Case& c);
nlohmann::ordered_json RecommendationToJson(const Recommendation& r);
nlohmann::ordered_json TourToJson(const Tour& t);

// JSON text in the project's layout (2-space indent, flat objects and arrays on one line), ending in a newline.
std::string FormatJson(const nlohmann::ordered_json& value);

// The whole data set as the text of a data file.
std::string WriteDataset(const Dataset& data);

// Writes text to path atomically: a temporary file next to it, flushed, then renamed over it, so a crash or a
// full disk never leaves a half-written file. Returns "" on success, else a message naming the file and the cause.
std::string WriteFileAtomically(const std::string& path, const std::string& text);

}  // namespace sse
