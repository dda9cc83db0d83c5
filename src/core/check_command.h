// check_command.h: `--check FILE...` and `--convert IN OUT`: data files checked and converted without a window.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace sse {

// For each file: every diagnostic (FormatDiagnostic, then " [code]" with its stable code from
// diagnostic_codes.h, one per line), then one summary line
//   "file: N actors, N links, N territories, N cases; E errors, W warnings"
// Returns 1 if any file has errors (or no file was given), else 0. Warnings alone give 0.
int RunCheck(const std::vector<std::string>& paths, std::ostream& out);

// `--convert IN OUT`: reads IN (its diagnostics printed as --check does) and, when it has no errors, writes it to
// OUT in the sse-explorer/1 JSON format (stable key order and layout), atomically: OUT is either the complete new
// file or left as it was. Returns 0 on success, 1 when IN has errors or OUT cannot be written, 2 for a format
// OUT's name does not give (only .json for now).
int RunConvert(const std::string& in, const std::string& out_path, std::ostream& out);

}  // namespace sse
