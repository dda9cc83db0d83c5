// palette.cpp: see palette.h.
#include "core/palette.h"

#include "core/explorer.h"
#include "core/graph_writer.h"

namespace sse {

Rgb ActorKindRgb(ActorKind kind) {
    switch (kind) {
        case ActorKind::PolicyMaker: return {0, 114, 178};                // blue
        case ActorKind::PublicAgency: return {86, 180, 233};              // sky blue
        case ActorKind::Practitioner: return {0, 158, 115};               // bluish green
        case ActorKind::ExpertBody: return {204, 121, 167};               // reddish purple
        case ActorKind::Network: return {230, 159, 0};                    // orange
        case ActorKind::InternationalOrganisation: return {100, 100, 100}; // grey
        case ActorKind::Funder: return {213, 94, 0};                      // vermillion
        case ActorKind::Programme: return {240, 228, 66};                 // yellow
    }
    return {};
}

std::map<std::string, NodeLook> ActorLooks(const Explorer& explorer) {
    std::map<std::string, NodeLook> looks;
    const auto& actors = explorer.Data().actors;
    const auto& positions = explorer.Positions();
    for (size_t i = 0; i < actors.size() && i < positions.size(); ++i) {
        const Rgb c = ActorKindRgb(actors[i].kind);
        NodeLook look;
        look.x = positions[i].x;
        look.y = positions[i].y;
        look.size = explorer.ActorRadius(static_cast<int>(i));
        look.r = c.r;
        look.g = c.g;
        look.b = c.b;
        looks[actors[i].id] = look;
    }
    return looks;
}

}  // namespace sse
