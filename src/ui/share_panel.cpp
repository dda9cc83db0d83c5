// share_panel.cpp: see share_panel.h.
#include "ui/share_panel.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/view_state.h"
#include "imgui.h"
#include "ui/tr.h"
#include "share/qr_code.h"

namespace sse::ui {

namespace {
constexpr int QuietZone = 4;  // modules of white around the symbol, as the QR standard asks

// The symbol for the last link drawn: encoded again only when the link changes (the camera moved, ...).
struct QrCache {
    std::string text;
    QrCode code;
};

const QrCode& CodeFor(const std::string& text) {
    static QrCache cache;
    if (cache.text != text || (cache.code.size == 0 && cache.code.error.empty())) {
        cache.text = text;
        cache.code = EncodeQr(text);
    }
    return cache.code;
}

// Draws the code at the cursor, `side` pixels square at most, in whole pixels per module (sharp edges when
// projected). Dark modules in a row are drawn as one rectangle.
void DrawCode(const QrCode& q, float side) {
    const int total = q.size + 2 * QuietZone;
    const float module = std::max(2.0f, std::floor(side / (float)total));
    const float extent = module * (float)total;
    ImVec2 p = ImGui::GetCursorScreenPos();
    p.x = std::floor(p.x + (ImGui::GetContentRegionAvail().x - extent) * 0.5f);  // centred in the panel
    p.y = std::floor(p.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + extent, p.y + extent), IM_COL32(255, 255, 255, 255));
    const ImU32 dark = IM_COL32(0, 0, 0, 255);
    for (int y = 0; y < q.size; ++y)
        for (int x = 0; x < q.size;) {
            if (!q.Dark(x, y)) { ++x; continue; }
            int end = x;
            while (end < q.size && q.Dark(end, y)) ++end;
            const float x0 = p.x + (float)(QuietZone + x) * module, y0 = p.y + (float)(QuietZone + y) * module;
            dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + module * (float)(end - x), y0 + module), dark);
            x = end;
        }
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, extent));
}
}  // namespace

void DrawSharePanel(Explorer& ex, UiState& ui) {
    if (!ex.presentation.share) return;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(vp->WorkSize.x * 0.9f, std::max(vp->WorkSize.y * 0.82f, 420.0f * ui.ui_scale));
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
    ImGui::SetNextWindowFocus();
    bool open = true;
    if (ImGui::Begin(Titled(Tr("share.title", "Follow this view on your phone"), "share").c_str(), &open,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                         ImGuiWindowFlags_NoSavedSettings)) {
        const std::string url = ex.ShareUrl();
        ImGui::PushTextWrapPos(0);
        if (url.empty()) {
            // The desktop app has no web address of its own: a --view hash is no link a phone can open.
            ImGui::TextUnformatted(Tr("share.no_address", "This copy of the explorer has no web address to share. Start it with "
                                      "--share-base and the address where the web version is published (for example "
                                      "--share-base https://example.org/explorer/) to show this view as a QR code."));
            ImGui::Spacing();
            std::string command = "sse-explorer --view '" + EncodeViewHash(ex) + "'";
            ImGui::TextUnformatted(Tr("share.desktop", "This view on another computer with the desktop app:"));
            ImGui::TextUnformatted(command.c_str());
            if (ImGui::Button(Titled(Tr("share.copy_command", "Copy command"), "copycmd").c_str())) ui.copy_text = command;
        } else {
            const QrCode& q = CodeFor(url);
            if (q.size > 0) {
                // Room for the code: the panel's width, and the window's height less the text and buttons below.
                const float below = ImGui::GetTextLineHeightWithSpacing() * 5 + ImGui::GetFrameHeightWithSpacing() * 2;
                const float side = std::min(ImGui::GetContentRegionAvail().x, vp->WorkSize.y * 0.92f - below);
                DrawCode(q, side);
            } else {
                ImGui::TextUnformatted(TrF("share.no_qr", "No QR code: {error}.", {{"error", q.error}}).c_str());
            }
            ImGui::Spacing();
            ImGui::TextUnformatted(Tr("share.scan", "Scan to open this view on your phone, or type the link:"));
            ImGui::TextUnformatted(url.c_str());
            if (ImGui::Button(Titled(Tr("toolbar.copy_link", "Copy link"), "copylink").c_str())) ui.copy_text = url;
        }
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        if (ImGui::Button(Titled(Tr("common.close", "Close"), "close").c_str())) open = false;
    }
    ImGui::End();
    if (!open) ex.Apply(Act(ViewVerb::Share, false));
}

}  // namespace sse::ui
