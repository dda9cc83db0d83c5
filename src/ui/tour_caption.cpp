// tour_caption.cpp: see tour_caption.h.
#include "ui/tour_caption.h"

#include <string>

#include "core/quotation.h"

#include "imgui.h"
#include "ui/edit_ui.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/translated_text.h"
#include "ui/wrapped_header.h"

namespace sse::ui {

void DrawTourCaption(Explorer& ex, UiState& ui) {
    const TourStep* step = ex.CurrentStep();
    if (!step) {
        ui.caption_height = 0;
        return;
    }
    const Tour& tour = ex.Data().tours[ex.TourIndex()];
    int n = (int)tour.steps.size(), at = ex.TourStepIndex();
    bool presenting = ex.presentation.presenting;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    const Camera& cam = ex.View();
    // Between the side panels, along the bottom; wider (and its text larger) in the presentation view.
    float left = vp->WorkPos.x + (float)cam.inset_left + 16, right = vp->WorkPos.x + vp->WorkSize.x - (float)cam.inset_right - 16;
    float width = right - left;
    ImGui::SetNextWindowPos(ImVec2(left + width * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 16), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
    // A long step text in a narrow window at a large scale stays below the toolbar; the rest scrolls (wheel).
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.45f));
    ImGui::SetNextWindowBgAlpha(0.95f);
    if (!ImGui::Begin("##tour_caption", nullptr,
                      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                          ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav)) {
        ImGui::End();
        return;
    }
    float base = ImGui::GetStyle().FontSizeBase;
    // The type scale times the reading factor: this text is read from the back of the room (docs/style.md).
    float text_size = base * (presenting ? type::Presenting : type::Reading);
    ImGui::PushTextWrapPos(0);
    ImGui::PushFont(nullptr, text_size * type::Caption);
    ImGui::TextDisabled("%s", TrF("tour.step_of", "{tour} · step {step} of {total}",
                                  {{"tour", DataText(ex, TranslationsFor(ex, tour), "title", tour.title)},
                                   {"step", std::to_string(at + 1)}, {"total", std::to_string(n)}}).c_str());
    ImGui::PopFont();
    if (ex.Editing() && !presenting) {  // edit mode: title and caption typed in place, steps reordered
        DrawCaptionEditor(ex, ui);
    } else {
        ImGui::PushFont(nullptr, text_size * type::Title);
        ImGui::TextUnformatted(DataText(ex, StepTranslations(ex.translation_overlay, tour, at), "title", step->title).c_str());
        ImGui::PopFont();
        ImGui::PushFont(nullptr, text_size);
        ImGui::TextUnformatted(DataText(ex, StepTranslations(ex.translation_overlay, tour, at), "text", step->text).c_str());
        ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();
    // The caption paraphrases; the brief's own words stay one hover away, so a participant can check them.
    if (!step->quote.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
        ImGui::TextUnformatted(InQuotationMarks(step->quote).c_str());
        ImGui::TextDisabled("\u2014 SILK policy brief (2021)");
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    // Below the caption (after the hover test above, which is about the caption's text).
    if (!ex.Editing() || presenting) TranslationMark(ex, StepTranslations(ex.translation_overlay, tour, at), "text");
    // Progress: one segment per step, the current one highlighted (position, not colour alone: filled vs outlined).
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    float avail = ImGui::GetContentRegionAvail().x, gap = 4, seg = (avail - gap * (n - 1)) / n, h = 6 * ui.ui_scale;
    for (int i = 0; i < n; ++i) {
        ImVec2 a(p.x + i * (seg + gap), p.y + 4), b(a.x + seg, a.y + h);
        if (i <= at) dl->AddRectFilled(a, b, CurrentPalette().selection, 2);
        else dl->AddRect(a, b, CurrentPalette().band_label, 2);
    }
    ImGui::Dummy(ImVec2(avail, h + 8));
    if (!presenting) {
        ImGui::BeginDisabled(at == 0);
        if (ImGui::Button(Titled(Tr("tour.previous", "< Previous"), "prev").c_str())) ex.Apply(Act(ViewVerb::Prev));
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(at == n - 1);
        if (ImGui::Button(Titled(Tr("tour.next", "Next >"), "next").c_str())) ex.Apply(Act(ViewVerb::Next));
        ImGui::EndDisabled();
        if (!ex.Compact()) ImGui::SameLine();  // phones: a row of its own, the keyboard hint left out
        if (ImGui::Button(Titled(Tr("tour.leave", "Leave the tour"), "leave").c_str())) ex.Apply(Act(ViewVerb::Tour, std::string()));
        if (!ex.Compact())  // beside the buttons when it fits, else below them, wrapped (never cut at the edge)
            HintBesideOrBelow(step->quote.empty() ? Tr("tour.keys", "Right / Left arrows, Space, PageDown / PageUp; Esc leaves")
                                                  : Tr("tour.keys_quote", "Hover the caption for the brief's words; arrows, Space, PageDown / PageUp; Esc leaves"));
    }
    ui.caption_height = ImGui::GetWindowSize().y + 16;
    ImGui::End();
}

}  // namespace sse::ui
