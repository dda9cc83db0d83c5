// data_bridge.h: the platform's side of opening and exporting data files: the browser's file picker and downloads
// (web/files.js), the desktop's own dialog (file_dialog.h) and atomic writes.
#pragma once

#include <string>
#include <vector>

#include "core/table_export.h"

namespace platform {

// Web: opens the browser's file picker; files.js hands the chosen files to explorer_add_file/explorer_open_files.
void ShowBrowserFilePicker();

// Web: a workbook or graph export (the main module does not write those): files.js has the converter module write
// it and offers the download. Desktop: nothing (the desktop writes every format itself).
void ExportThroughConverter(const std::string& format);

// Web: offers each file as a download (a Blob URL). Desktop: writes each into `folder` atomically; returns "" or the
// first problem (naming the file).
std::string DeliverExport(const std::vector<sse::ExportFile>& files, const std::string& folder);

}  // namespace platform
