// document.cpp: see document.h. The full check of an edit writes the patched document and reads it back with the
// loader: the data set after an edit is exactly what a file with the same content would give (the writer's round
// trip is tested for that). The in-place commit (document_in_place.cpp) is tried first and must give the same.
#include "core/document.h"

#include <algorithm>

#include "core/dataset_loader.h"
#include "core/dataset_rules.h"
#include "core/dataset_writer.h"

namespace sse {

namespace {

std::vector<std::string> WarningKeys(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> keys;
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Diagnostic::Severity::Warning) keys.push_back(d.message);
    std::sort(keys.begin(), keys.end());
    return keys;
}

ElementChange Inverted(ElementChange c) {
    if (c.what == ElementChange::What::Added) c.what = ElementChange::What::Removed;
    else if (c.what == ElementChange::What::Removed) c.what = ElementChange::What::Added;
    return c;
}

}  // namespace

void Document::Reset(Dataset data) {
    m_data = std::move(data);
    m_json = nullptr;
    m_json_valid = false;
    m_warning_keys.clear();
    m_rule_warning_keys.clear();
    m_undo.clear();
    m_redo.clear();
    m_saved_depth = 0;
    m_saved_lost = false;
    ++m_revision;
}

void Document::MarkSaved() {
    m_saved_depth = m_undo.size();
    m_saved_lost = false;
}

void Document::EnsureJson() {
    if (m_json_valid) return;
    const std::string text = WriteDataset(m_data);
    m_json = nlohmann::json::parse(text);
    m_warning_keys = WarningKeys(LoadDataset(text, "edit").diagnostics);
    NoteRuleWarnings();
    m_json_valid = true;
}

void Document::NoteRuleWarnings() {
    m_rule_warning_keys.clear();
    for (const RuleFinding& f : CheckDatasetRules(m_data))
        if (f.severity == Diagnostic::Severity::Warning) m_rule_warning_keys.push_back(f.message);
    std::sort(m_rule_warning_keys.begin(), m_rule_warning_keys.end());
}

std::vector<Diagnostic> Document::FreshWarnings(const std::vector<std::string>& fresh, std::vector<Diagnostic> candidates,
                                                const std::string& label) {
    std::vector<Diagnostic> out;
    std::vector<std::string> told;
    for (Diagnostic& d : candidates) {
        if (d.severity != Diagnostic::Severity::Warning || !std::binary_search(fresh.begin(), fresh.end(), d.message) ||
            std::find(told.begin(), told.end(), d.message) != told.end())
            continue;
        told.push_back(d.message);
        d.file = label;  // where it came from: the edit, not a line of a file
        d.line = d.column = 0;
        out.push_back(std::move(d));
    }
    return out;
}

std::string Document::PatchedText(const Patch& patch, const Patch& inverse, std::string* error) {
    // The whole document replaced (an import, a new map, their undo and redo): its text is the new content's, written
    // without patching the document there and back (two copies of it).
    if (patch.size() == 1 && patch[0].op == PatchOp::Op::Replace && patch[0].path.empty())
        return patch[0].value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // Patched in place and patched back, rather than a copy of the whole document: at 10,000 actors a copy and its
    // destruction cost more than the validation itself.
    if (!ApplyPatch(m_json, patch, error)) {  // a plan that does not fit the document: a bug, reported
        m_json_valid = false;  // possibly half patched: rebuilt from m_data, which is untouched, when next needed
        return "";
    }
    std::string text = m_json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::string back_error;
    if (!ApplyPatch(m_json, inverse, &back_error)) m_json_valid = false;
    return text;
}

EditOutcome Document::Commit(const Patch& patch, const Patch& inverse, const std::string& label) {
    EditOutcome out;
    if (CommitInPlace(patch, inverse, label, &out)) return out;
    std::string error;
    const std::string text = PatchedText(patch, inverse, &error);
    if (text.empty()) {
        out.code = "internal";
        out.message = label + ": the edit could not be applied (" + error + ")";
        return out;
    }
    LoadResult result = LoadDataset(text, "edit");
    if (!result.ok) {
        for (const Diagnostic& d : result.diagnostics) {
            if (d.severity != Diagnostic::Severity::Error) continue;
            out.code = d.code.empty() ? "invalid" : d.code;
            out.message = label + " refused: " + (d.pointer.empty() ? "" : d.pointer + ": ") + d.message;
            break;
        }
        return out;
    }
    // Warnings the edit brought: those of the new content that the old content did not have.
    std::vector<std::string> keys = WarningKeys(result.diagnostics);
    std::vector<std::string> fresh;
    std::set_difference(keys.begin(), keys.end(), m_warning_keys.begin(), m_warning_keys.end(), std::back_inserter(fresh));
    out.warnings = FreshWarnings(fresh, std::move(result.diagnostics), label);
    m_warning_keys = std::move(keys);
    // The data set replaced is kept until the next frame (ReleaseRetired): a form or table row that applied this
    // edit while it was being drawn still holds references into it for the rest of that frame.
    // (At most a few: a script or a fuzzer applying thousands of edits between frames must not hold them all.)
    if (m_retired.size() >= 4) m_retired.erase(m_retired.begin());
    m_retired.push_back(std::move(m_data));
    m_data = std::move(result.dataset);
    EnsureJson();  // after a failed patch back (a bug), from the new data; otherwise it is kept
    if (!ApplyPatch(m_json, patch, &error)) {  // it applied a moment ago: cannot fail; if it does, rebuild from m_data
        m_json_valid = false;
        EnsureJson();
    }
    NoteRuleWarnings();
    ++m_revision;
    out.ok = true;
    out.code = "ok";
    out.message = label;
    return out;
}

EditOutcome Document::Apply(const DocumentEdit& edit) {
    EnsureJson();
    EditPlan plan = PlanEdit(m_json, edit);
    const std::string label = EditLabel(edit);
    EditOutcome out;
    if (!plan.ok) {
        out.code = plan.code;
        out.message = label + " refused: " + plan.message;
        return out;
    }
    if (plan.no_change) {
        out.ok = true;
        out.code = "no-change";
        out.message = label + ": unchanged (it already has that value)";
        return out;
    }
    out = Commit(plan.forward, plan.inverse, label);
    if (!out.ok) return out;
    if (m_undo.size() < m_saved_depth) m_saved_lost = true;  // the saved state was undone and is now replaced
    m_undo.push_back(Step{label, std::move(plan.forward), std::move(plan.inverse), plan.changes});
    m_redo.clear();
    out.changes = m_undo.back().changes;
    return out;
}

EditOutcome Document::Check(const DocumentEdit& edit) {
    EnsureJson();
    EditPlan plan = PlanEdit(m_json, edit);
    EditOutcome out;
    if (!plan.ok) {
        out.code = plan.code;
        out.message = plan.message;
        return out;
    }
    out.ok = true;
    out.code = plan.no_change ? "no-change" : "ok";
    if (plan.no_change) return out;
    if (CommitInPlace(plan.forward, plan.inverse, EditLabel(edit), &out, true)) return out;
    std::string error;
    const std::string text = PatchedText(plan.forward, plan.inverse, &error);
    if (text.empty()) {
        out.ok = false;
        out.code = "internal";
        out.message = error;
        return out;
    }
    LoadResult result = LoadDataset(text, "edit");
    for (const Diagnostic& d : result.diagnostics) {
        if (d.severity != Diagnostic::Severity::Error) continue;
        out.ok = false;
        out.code = d.code.empty() ? "invalid" : d.code;
        out.message = d.message;
        break;
    }
    return out;
}

EditOutcome Document::ReplaceContent(const nlohmann::json& content, const std::string& label) {
    return ReplaceContent(nlohmann::json(content), label);
}

EditOutcome Document::ReplaceContent(nlohmann::json&& content, const std::string& label) {
    EnsureJson();
    EditOutcome out;
    if (content == m_json) {
        out.ok = true;
        out.code = "no-change";
        out.message = label + ": unchanged (the content is the same)";
        return out;
    }
    std::vector<ElementChange> changes = DiffById(m_json, content);
    // Built in place: a braced list would copy the content twice more (at 10,000 actors each copy and its
    // destruction cost about a tenth of a second in the browser).
    Patch forward(1), inverse(1);
    forward[0].op = inverse[0].op = PatchOp::Op::Replace;
    forward[0].value = std::move(content);
    inverse[0].value = m_json;
    out = Commit(forward, inverse, label);
    if (!out.ok) return out;
    if (m_undo.size() < m_saved_depth) m_saved_lost = true;
    m_undo.push_back(Step{label, std::move(forward), std::move(inverse), changes});
    m_redo.clear();
    out.changes = std::move(changes);
    return out;
}

const nlohmann::json& Document::Json() {
    EnsureJson();
    return m_json;
}

EditOutcome Document::Undo() { return Replay(m_undo, m_redo, true); }

EditOutcome Document::Redo() { return Replay(m_redo, m_undo, false); }

EditOutcome Document::Replay(std::vector<Step>& from, std::vector<Step>& to, bool undo) {
    EditOutcome out;
    const char* verb = undo ? "undo" : "redo";
    if (from.empty()) {
        out.code = std::string("nothing-to-") + verb;
        out.message = std::string("nothing to ") + verb;
        return out;
    }
    EnsureJson();
    Step step = std::move(from.back());
    from.pop_back();
    out = Commit(undo ? step.inverse : step.forward, undo ? step.forward : step.inverse, verb + (" " + step.label));
    if (!out.ok) {  // cannot happen for a patch that was applied; keep the step rather than lose it
        from.push_back(std::move(step));
        return out;
    }
    for (const ElementChange& c : step.changes) out.changes.push_back(undo ? Inverted(c) : c);
    to.push_back(std::move(step));
    return out;
}

}  // namespace sse
