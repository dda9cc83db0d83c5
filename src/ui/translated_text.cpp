// translated_text.cpp: see translated_text.h.
#include "ui/translated_text.h"

#include "core/translations.h"
#include "imgui.h"
#include "ui/tr.h"

namespace sse::ui {

const std::string& DataText(const Explorer& ex, const Translations& t, const char* field, const std::string& original) {
    if (ex.show_original) return original;
    return Translated(t, ex.presentation.language, field, original);
}

const Translations& TranslationsFor(const Explorer& ex, const Actor& a) {
    return TranslationsOf(a.translations, ex.translation_overlay.actors, a.id);
}
const Translations& TranslationsFor(const Explorer& ex, const Case& c) {
    return TranslationsOf(c.translations, ex.translation_overlay.cases, c.id);
}
const Translations& TranslationsFor(const Explorer& ex, const Recommendation& r) {
    return TranslationsOf(r.translations, ex.translation_overlay.recommendations, r.id);
}
const Translations& TranslationsFor(const Explorer& ex, const Tour& t) {
    return TranslationsOf(t.translations, ex.translation_overlay.tours, t.id);
}

void TranslationMark(Explorer& ex, const Translations& t, const char* field) {
    if (!HasTranslation(t, ex.presentation.language, field)) return;
    ImGui::PushID(&t);
    ImGui::TextDisabled("%s", ex.show_original ? Tr("data.original_mark", "original text (English)")
                                            : Tr("data.translation_mark", "translation; the brief's text is in English"));
    // Beside the note when it fits, else below it (a narrow panel, a large UI scale): never cut off.
    const char* label = ex.show_original ? Tr("data.show_translation", "Show the translation") : Tr("data.show_original", "Show the original");
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(label).x + style.FramePadding.x * 2) ImGui::NewLine();
    if (ImGui::SmallButton(label))
        ex.Command(ex.show_original ? "original off" : "original on");
    ImGui::PopID();
}

}  // namespace sse::ui
