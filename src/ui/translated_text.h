// translated_text.h: the data's text in the interface language (core/translations.h), and the mark that says a text
// is our translation of the brief's English, with the original one click away.
#pragma once

#include <string>

#include "core/explorer.h"

namespace sse::ui {

// `field`'s text as shown now: the translation into ex.presentation.language when the data has one (and the user did not ask
// for the original), else the original. Never empty when the original is not.
const std::string& DataText(const Explorer& ex, const Translations& t, const char* field, const std::string& original);

// An item's translations: its own, else those the page fetched for the bundled data (core/translation_overlay.h).
const Translations& TranslationsFor(const Explorer& ex, const Actor& a);
const Translations& TranslationsFor(const Explorer& ex, const Case& c);
const Translations& TranslationsFor(const Explorer& ex, const Recommendation& r);
const Translations& TranslationsFor(const Explorer& ex, const Tour& t);

// Under a translated text: "translation; the brief's text is in English" and a button that shows the original (or,
// while the original is shown, the translation again): the command `original on|off`. Nothing when `field` has no
// translation into ex.presentation.language.
void TranslationMark(Explorer& ex, const Translations& t, const char* field);

}  // namespace sse::ui
