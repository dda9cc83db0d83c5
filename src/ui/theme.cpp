// theme.cpp: see theme.h.
#include "ui/theme.h"

namespace sse::ui {

ImU32 ActorKindColor(ActorKind kind) {
    switch (kind) {
        case ActorKind::PolicyMaker: return IM_COL32(0, 114, 178, 255);                // blue
        case ActorKind::PublicAgency: return IM_COL32(86, 180, 233, 255);              // sky blue
        case ActorKind::Practitioner: return IM_COL32(0, 158, 115, 255);               // bluish green
        case ActorKind::ExpertBody: return IM_COL32(204, 121, 167, 255);               // reddish purple
        case ActorKind::Network: return IM_COL32(230, 159, 0, 255);                    // orange
        case ActorKind::InternationalOrganisation: return IM_COL32(100, 100, 100, 255); // grey
        case ActorKind::Funder: return IM_COL32(213, 94, 0, 255);                      // vermillion
        case ActorKind::Programme: return IM_COL32(240, 228, 66, 255);                 // yellow
    }
    return IM_COL32(128, 128, 128, 255);
}

ActorShape ActorKindShape(ActorKind kind) {
    switch (kind) {
        case ActorKind::PolicyMaker:
        case ActorKind::PublicAgency: return ActorShape::Square;
        case ActorKind::Practitioner: return ActorShape::Circle;
        case ActorKind::ExpertBody: return ActorShape::Diamond;
        case ActorKind::Network:
        case ActorKind::InternationalOrganisation: return ActorShape::Hexagon;
        case ActorKind::Funder:
        case ActorKind::Programme: return ActorShape::Triangle;
    }
    return ActorShape::Circle;
}

const char* Label(ActorKind kind) {
    switch (kind) {
        case ActorKind::PolicyMaker: return "Policy-maker / government";
        case ActorKind::PublicAgency: return "Public agency";
        case ActorKind::Practitioner: return "Practitioner";
        case ActorKind::ExpertBody: return "Expert body";
        case ActorKind::Network: return "Network";
        case ActorKind::InternationalOrganisation: return "International organisation";
        case ActorKind::Funder: return "Funder";
        case ActorKind::Programme: return "Programme or policy";
    }
    return "?";
}

const char* Label(Level level) {
    switch (level) {
        case Level::International: return "International";
        case Level::Supranational: return "Supranational";
        case Level::National: return "National";
        case Level::Regional: return "Regional";
        case Level::Local: return "Local";
    }
    return "?";
}

}  // namespace sse::ui
