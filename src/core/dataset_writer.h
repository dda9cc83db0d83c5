// dataset_writer.h: writes a Dataset back to the `sse-explorer/1` JSON format (data/README.md).
// Keys come in the order data/README.md documents them and the layout is fixed (an object or array holding only
// scalars on one line, anything else one member per line), so a data file that is read and written again
// changes only where its content changed: diffs of data files stay small. read(write(d)) == d.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/model.h"

namespace sse {

// A JSON value whose objects keep their keys in the order they were added: the writer's key order. (Not
// nlohmann::ordered_json: a second instantiation of the JSON library costs the web download ~35 KB.)
struct JsonNode {
    enum class Kind { Scalar, Object, Array };
    Kind kind = Kind::Scalar;
    std::string scalar;  // a scalar's JSON text: "\"text\"", "12", "2.5", "true", "null"
    std::vector<std::pair<std::string, JsonNode>> members;  // keys are "" in an array

    // Scalars from C++ values (texts are escaped here).
    static JsonNode Text(const std::string& s);
    static JsonNode Number(double v);
    static JsonNode Integer(int64_t v);
    static JsonNode Bool(bool v);
    static JsonNode Object() { return JsonNode{Kind::Object, {}, {}}; }
    static JsonNode Array() { return JsonNode{Kind::Array, {}, {}}; }
    // Appends a member to an object / an item to an array; returns *this for chaining.
    JsonNode& Put(const std::string& key, JsonNode value);
    JsonNode& Push(JsonNode value);
    // The member with this key, or nullptr (objects only).
    const JsonNode* Find(const std::string& key) const;
};

// The data set as JSON values with the format's key order (defaults such as weight 1 are left out).
JsonNode DatasetToJson(const Dataset& data);

// One element as the JSON object the format stores it as (the shape `add <element> {...}` takes).
JsonNode TerritoryToJson(const Territory& t);
JsonNode ActorToJson(const Actor& a);
JsonNode LinkToJson(const Link& l);
JsonNode CaseToJson(const Case& c);
JsonNode RecommendationToJson(const Recommendation& r);
JsonNode TourToJson(const Tour& t);

// JSON text in the project's layout (2-space indent, flat objects and arrays on one line), ending in a newline.
std::string FormatJson(const JsonNode& value);
// The same value on one line (", " and ": " separators), in one pass: for text a program reads back (the importer's
// mapped data set), where FormatJson's layout would cost more than the rest of an import.
std::string InlineJson(const JsonNode& value);

// The whole data set as the text of a data file.
std::string WriteDataset(const Dataset& data);

// Writes text to path atomically: a temporary file next to it, flushed, then renamed over it, so a crash or a
// full disk never leaves a half-written file. Returns "" on success, else a message naming the file and the cause.
std::string WriteFileAtomically(const std::string& path, const std::string& text);

}  // namespace sse
