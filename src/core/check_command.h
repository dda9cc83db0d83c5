// check_command.h: `--check FILE...`: validate data files without opening a window.
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

}  // namespace sse
