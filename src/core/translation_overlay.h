// translation_overlay.h: translations kept beside a data set instead of in it. The bundled data's translations are
// written in data/silk.json like any data file's (data/README.md, "Translations"), but the web page's first download
// has no room for them (they would add a third to the data): the build moves them into a file of their own
// (scripts/split_translations.mjs) that the page fetches when a language other than English is chosen. The overlay
// belongs to the page, not to the document: edits, undo and exports never see it.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace sse {

// {"format": "sse-explorer-translations/1", "actors": {id: translations}, "cases": {...}, "recommendations": {...},
//  "tours": {id: {"translations": ..., "steps": [translations, ...]}}}
struct TranslationOverlay {
    std::map<std::string, Translations> actors, cases, recommendations, tours;
    std::map<std::string, std::vector<Translations>> steps;  // tour id -> one per step (empty: none)
};

// Reads an overlay file. Returns "" or what is wrong (the overlay is then left empty). Languages and fields are those
// the data format allows (translations.h); others are skipped.
std::string ReadTranslationOverlay(std::string_view text, TranslationOverlay* out);

// An item's translations: its own when it has any, else the overlay's for its id (empty when neither).
const Translations& TranslationsOf(const Translations& own, const std::map<std::string, Translations>& overlay,
                                   const std::string& id);

// A tour step's translations: its own, else the overlay's for that tour and step.
const Translations& StepTranslations(const TranslationOverlay& overlay, const Tour& tour, int step);

}  // namespace sse
