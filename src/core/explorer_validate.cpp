// explorer_validate.cpp: the whole document checked by the loader's rules, on demand (`validate`) and, while
// `check-edits` is on, after every change of the document (an edit, an undo, a redo, an import). The edits are
// each checked on their own when applied (Document::Check); this checks what they add up to, exactly as the file
// written now would be checked when opened again. Tests and the edit-mode monkey use it as an invariant.
#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/explorer.h"

#include <nlohmann/json.hpp>

namespace sse {

DocumentCheck Explorer::ValidateDocument() const {
    const LoadResult r = LoadDataset(WriteDataset(Data()), "document");
    DocumentCheck out;
    out.errors = r.errors;
    out.warnings = r.warnings;
    for (const Diagnostic& d : r.diagnostics) {
        if (d.severity != Diagnostic::Severity::Error) continue;
        if (out.first_error.empty()) out.first_error = (d.pointer.empty() ? "" : d.pointer + ": ") + d.message;
        if (out.codes.size() < 10 && std::find(out.codes.begin(), out.codes.end(), d.code) == out.codes.end())
            out.codes.push_back(d.code);
    }
    return out;
}

void Explorer::CheckAfterEdit(const std::string& label) {
    if (!m_edit_check.on) return;
    ++m_edit_check.checked;
    const DocumentCheck c = ValidateDocument();
    if (c.errors == 0) return;
    if (++m_edit_check.invalid == 1) m_edit_check.first = label + " -> " + c.first_error;
}

CommandResult Explorer::ValidateCommand(const std::vector<std::string>& w) {
    if (w[0] == "check-edits") {
        if (w.size() != 2 || (w[1] != "on" && w[1] != "off")) return {false, "usage: check-edits on|off", "usage", ""};
        m_edit_check = EditCheck{};
        m_edit_check.on = w[1] == "on";
        return {true, "check-edits " + w[1], "ok", ""};
    }
    if (w.size() != 1) return {false, "usage: validate (no arguments)", "usage", ""};
    const DocumentCheck c = ValidateDocument();
    nlohmann::json data = {{"errors", c.errors}, {"warnings", c.warnings}, {"codes", c.codes}};
    std::string message = std::to_string(c.errors) + " errors, " + std::to_string(c.warnings) + " warnings";
    if (!c.first_error.empty()) message += "; first: " + c.first_error;
    return {c.errors == 0, message, c.errors == 0 ? "ok" : "invalid-document",
            data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

nlohmann::json Explorer::EditCheckJson() const {
    if (!m_edit_check.on) return nullptr;
    return {{"checked", m_edit_check.checked}, {"invalid", m_edit_check.invalid},
            {"first", m_edit_check.first.empty() ? nlohmann::json(nullptr) : nlohmann::json(m_edit_check.first)}};
}

}  // namespace sse
