// enum_names.h: the JSON spellings of the model's enums, in one table per enum. ToString (model.h)
// and ParseEnum read the same tables, so the two directions cannot drift apart.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"

namespace sse {

struct EnumTable {
    const char* const* names;  // indexed by the enum's value
    int count;
    int first_parsable;  // names before this index are output-only (SilkRole::None -> "none")
    const char* what;    // for messages: "actor kind", "level", ...

    // Index of `name` among the parsable names, or -1.
    int Find(std::string_view name) const;
    const char* Name(int index) const { return index >= 0 && index < count ? names[index] : "?"; }
    // "a, b, c": the parsable names, for "allowed: ..." messages.
    std::string Allowed() const;
};

template <typename E>
const EnumTable& TableOf();
template <> const EnumTable& TableOf<ActorKind>();
template <> const EnumTable& TableOf<Level>();
template <> const EnumTable& TableOf<SilkRole>();
template <> const EnumTable& TableOf<LinkKind>();
template <> const EnumTable& TableOf<Relation>();
template <> const EnumTable& TableOf<Direction>();
template <> const EnumTable& TableOf<Confidence>();
template <> const EnumTable& TableOf<TerritoryKind>();

// Indexed by bit position of ValueDimension: social, cultural, economic, environmental.
const EnumTable& ValueDimensionTable();

template <typename E>
std::optional<E> ParseEnum(std::string_view name) {
    const int i = TableOf<E>().Find(name);
    if (i < 0) return std::nullopt;
    return static_cast<E>(i);
}

// Bit index (0..3) of a value-chain dimension name, or nullopt.
std::optional<int> ParseValueDimension(std::string_view name);

}  // namespace sse
