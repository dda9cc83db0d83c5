// data_bridge.h: the platform's side of opening and exporting data files: the browser's file picker and downloads
// (web/files.js), the desktop's own dialog (file_dialog.h) and atomic writes.
#pragma once

#include <string>
#include <vector>

#include "core/table_export.h"

namespace platform {

// Web: opens the browser's file picker; files.js hands the chosen files to explorer_add_file/explorer_open_files.
void ShowBrowserFilePicker();

// Web: offers each file as a download (a Blob URL). Desktop: writes each into `folder` atomically; returns "" or the
// first problem (naming the file).
// Standard base64 (RFC 4648, with padding) of `bytes`, for binary exports handed to JavaScript as JSON.
std::string Base64(const std::string& bytes);

std::string DeliverExport(const std::vector<sse::ExportFile>& files, const std::string& folder);

}  // namespace platform
