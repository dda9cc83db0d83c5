// import_vocabulary.h: reads another tool's words for an actor's kind, a link's relation and a governance level
// ("Organisation", "Grant", "City") as the nearest of the explorer's own, so that a Kumu or System-Mapper file opens.
// The mapper keeps the original text as an attribute and warns: the guess is shown, never silent.
#pragma once

#include <string>

namespace sse {

// The wire name ("practitioner", ...) for `folded` (FoldHeader'd text that is not one of ours): by keyword, else
// the generic fallback. Never empty.
std::string GuessActorKind(const std::string& folded);
std::string GuessRelation(const std::string& folded);
std::string GuessLevel(const std::string& folded);

// What an actor without a kind, a link without a relation and an actor without a level are read as.
constexpr const char* kFallbackActorKind = "practitioner";  // most rows of a workshop map are organisations doing the work
constexpr const char* kFallbackRelation = "partnership";    // "works with": the least specific relation
constexpr const char* kFallbackLevel = "national";

}  // namespace sse
