#include "core/territory_cue.h"

#include <cctype>

namespace sse {

int CountryOf(const Dataset& data, int territory) {
    // Parent chains are validated acyclic by the loader; the step bound still guards hand-built data.
    for (int steps = 0; territory >= 0 && territory < (int)data.territories.size() && steps < 64; ++steps) {
        const Territory& t = data.territories[territory];
        if (t.kind == TerritoryKind::Country) return territory;
        if (t.kind == TerritoryKind::Global || t.kind == TerritoryKind::Supranational) return -1;
        territory = t.parent;
    }
    return -1;
}

std::string TerritoryCode(const Dataset& data, int territory) {
    if (territory < 0 || territory >= (int)data.territories.size()) return "";
    std::string code = data.territories[territory].id.substr(0, 8);
    for (char& ch : code) ch = (char)std::toupper((unsigned char)ch);
    return code;
}

TerritoryCues ComputeTerritoryCues(const Dataset& data) {
    TerritoryCues cues;
    const int actors = (int)data.actors.size();
    cues.country.assign(actors, -1);
    cues.code.resize(actors);
    std::vector<int> slot(data.territories.size(), -1);  // territory index -> index in cues.countries
    for (int a = 0; a < actors; ++a) {
        const int territory = data.actors[a].territory;
        // "WORLD" beside every international body would say nothing: global actors get no code.
        const bool global = territory >= 0 && territory < (int)data.territories.size() &&
                            data.territories[territory].kind == TerritoryKind::Global;
        if (!global) cues.code[a] = TerritoryCode(data, territory);
        const int country = CountryOf(data, territory);
        if (country < 0) continue;
        if (slot[country] < 0) {
            slot[country] = (int)cues.countries.size();
            cues.countries.push_back(country);
        }
        cues.country[a] = slot[country];
    }
    return cues;
}

}  // namespace sse
