// model.cpp: names of the enums (from vocabulary.cpp's tables) and Dataset look-ups.
#include "core/model.h"

#include "core/vocabulary.h"

namespace sse {

int Dataset::FindActor(const std::string& actor_id) const {
    for (size_t i = 0; i < actors.size(); ++i) {
        if (actors[i].id == actor_id) return static_cast<int>(i);
    }
    return -1;
}

const char* ToString(ActorKind v) { return TableOf<ActorKind>().Name(static_cast<int>(v)); }
const char* ToString(Level v) { return TableOf<Level>().Name(static_cast<int>(v)); }
const char* ToString(SilkRole v) { return TableOf<SilkRole>().Name(static_cast<int>(v)); }
const char* ToString(LinkKind v) { return TableOf<LinkKind>().Name(static_cast<int>(v)); }
const char* ToString(Relation v) { return TableOf<Relation>().Name(static_cast<int>(v)); }
const char* ToString(Direction v) { return TableOf<Direction>().Name(static_cast<int>(v)); }
const char* ToString(Confidence v) { return TableOf<Confidence>().Name(static_cast<int>(v)); }
const char* ToString(TerritoryKind v) { return TableOf<TerritoryKind>().Name(static_cast<int>(v)); }

const char* ValueDimensionName(int bit_index) { return ValueDimensionTable().Name(bit_index); }

}  // namespace sse
