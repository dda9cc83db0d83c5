// file_dialog.cpp: see file_dialog.h. Desktop only (the web build has no file system to browse).
#include "core/i18n.h"
#include "file_dialog.h"

#ifndef __EMSCRIPTEN__
#include <algorithm>
#include <filesystem>

#include "imgui.h"

namespace platform {

namespace fs = std::filesystem;

void ShowFileDialog(FileDialog& dialog, FileDialog::Mode mode, const std::string& export_format) {
    std::error_code ec;
    if (dialog.folder.empty()) dialog.folder = fs::current_path(ec).string();
    dialog.mode = mode;
    dialog.chosen.clear();
    dialog.export_format = export_format;
    dialog.message.clear();
}

bool DrawFileDialog(FileDialog& dialog, float ui_scale) {
    if (dialog.mode == FileDialog::Mode::Closed) return false;
    const bool open = dialog.mode == FileDialog::Mode::Open;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(640 * ui_scale, 460 * ui_scale), ImGuiCond_Appearing);
    bool keep = true, confirmed = false;
    const std::string title = std::string(open ? sse::i18n::Tr("files.open_title", "Open data files") : sse::i18n::Tr("files.export_title", "Export into folder")) + "###filedialog";
    if (ImGui::Begin(title.c_str(), &keep, ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextWrapped("%s", dialog.folder.c_str());
        std::error_code ec;
        std::vector<fs::directory_entry> folders, files;
        for (const auto& e : fs::directory_iterator(dialog.folder, fs::directory_options::skip_permission_denied, ec)) {
            const std::string name = e.path().filename().string();
            if (name.empty() || name[0] == '.') continue;
            std::error_code ec2;
            if (e.is_directory(ec2)) folders.push_back(e);
            else if (open && e.is_regular_file(ec2)) files.push_back(e);
        }
        if (ec) dialog.message = sse::i18n::TrF("files.unreadable", "cannot read this folder: {error}", {{"error", ec.message()}});
        auto by_name = [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path().filename() < b.path().filename(); };
        std::sort(folders.begin(), folders.end(), by_name);
        std::sort(files.begin(), files.end(), by_name);
        const float footer = ImGui::GetFrameHeightWithSpacing() * 2.2f;
        ImGui::BeginChild("entries", ImVec2(0, -footer), ImGuiChildFlags_Borders);
        if (ImGui::Selectable(sse::i18n::Tr("files.up", "..  (up one folder)"))) dialog.folder = fs::path(dialog.folder).parent_path().string();
        for (const auto& f : folders) {
            const std::string label = sse::i18n::TrF("files.folder", "[folder] {name}", {{"name", f.path().filename().string()}});
            if (ImGui::Selectable(label.c_str())) {
                dialog.folder = f.path().string();
                dialog.message.clear();
            }
        }
        for (const auto& f : files) {
            const std::string path = f.path().string();
            bool ticked = std::find(dialog.chosen.begin(), dialog.chosen.end(), path) != dialog.chosen.end();
            if (ImGui::Checkbox(f.path().filename().string().c_str(), &ticked)) {
                if (ticked) dialog.chosen.push_back(path);
                else dialog.chosen.erase(std::remove(dialog.chosen.begin(), dialog.chosen.end(), path), dialog.chosen.end());
            }
        }
        ImGui::EndChild();
        if (!dialog.message.empty()) ImGui::TextWrapped("%s", dialog.message.c_str());
        if (open) {
            ImGui::BeginDisabled(dialog.chosen.empty());
            if (ImGui::Button(sse::i18n::Tr("files.open", "Open"))) confirmed = true;
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::TextDisabled("%s", sse::i18n::Tr("files.tick", "tick one data file (.json) or several tables (.csv, .tsv)"));
        } else if (ImGui::Button(sse::i18n::Tr("files.export_here", "Export here"))) {
            confirmed = true;
        }
        ImGui::SameLine();
        if (ImGui::Button(sse::i18n::Tr("common.cancel", "Cancel"))) keep = false;
    }
    ImGui::End();
    if (!keep || confirmed) dialog.mode = FileDialog::Mode::Closed;
    return confirmed;
}

}  // namespace platform
#endif
