// translations.h: translated text of the data (actor names, case titles, tour captions...; data/README.md,
// "Translations"). The UI shows an item's text in the interface language when the data has it, else the original:
// never a blank. The original of the SILK brief's text is English.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace sse {

// The languages a data file may translate into (the interface's languages but English, the originals' language).
const std::vector<std::string>& TranslationLanguages();

// The text fields each kind of item may translate, in the data format's own names.
const std::vector<std::string>& TranslatableFields(const char* item_kind);  // "actor", "case", "recommendation", "tour", "step"

// `field`'s text in `language` when the item has a non-empty translation, else the original.
const std::string& Translated(const Translations& t, const std::string& language, const char* field, const std::string& original);

// True when `field` has a translation in `language` (so the UI marks it as one).
bool HasTranslation(const Translations& t, const std::string& language, const char* field);

}  // namespace sse
