// file_dialog.h: the desktop's own small file dialog (ImGui): choose one or several files to open, or a folder to
// export into. The browser uses its file picker and downloads instead (web/files.js).
#pragma once

#include <string>
#include <vector>

namespace platform {

struct FileDialog {
    enum class Mode { Closed, Open, Export };
    Mode mode = Mode::Closed;
    std::string folder;                  // the folder shown
    std::vector<std::string> chosen;     // Open: files ticked (full paths)
    std::string export_format;           // Export: "json", "csv", "template"
    std::string message;                 // a problem to show (a folder that cannot be read)
};

// Opens the dialog in `mode`, in the current folder the first time and where it was left afterwards.
void ShowFileDialog(FileDialog& dialog, FileDialog::Mode mode, const std::string& export_format = "");

// Draws the dialog when open. Returns true on the frame the user confirms: Open: dialog.chosen holds the files;
// Export: dialog.folder is the target folder.
bool DrawFileDialog(FileDialog& dialog, float ui_scale);

}  // namespace platform
