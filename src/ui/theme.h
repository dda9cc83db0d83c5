// theme.h: colours and sizes of the network drawing. Colours are from the Okabe-Ito palette (colour-blind safe);
// kinds are also told apart by shape, and link kinds by dash, never by colour alone.
#pragma once

#include "imgui.h"
#include "core/model.h"

namespace sse::ui {

enum class ActorShape { Circle, Square, Diamond, Triangle, Hexagon };

// Fill colour of an actor kind.
ImU32 ActorKindColor(ActorKind kind);
// Shape of an actor kind (a second cue besides colour).
ActorShape ActorKindShape(ActorKind kind);
// Human-readable label of an actor kind, level, relation... ("Public agency").
const char* Label(ActorKind kind);
const char* Label(Level level);

constexpr ImU32 BackgroundColor = IM_COL32(250, 250, 247, 255);
constexpr ImU32 LinkColor = IM_COL32(90, 96, 110, 150);
constexpr ImU32 LinkHighlightColor = IM_COL32(20, 24, 32, 235);
constexpr ImU32 LabelColor = IM_COL32(20, 24, 32, 255);
constexpr ImU32 SelectionColor = IM_COL32(213, 94, 0, 255);
constexpr ImU32 BandColor = IM_COL32(232, 236, 242, 255);

}  // namespace sse::ui
