// explorer_commands.cpp: the command language of window.explorer.command() and --command: text parsed into a typed
// action, a document edit (DocumentEdit, undoable) or a view action (ViewAction, applied by Explorer::Apply), and
// the few verbs with their own interpreter (import, export, validate, language, edit mode). Every result carries a
// stable code.
#include <algorithm>
#include <cmath>

#include "core/explorer.h"
#include "core/text_split.h"
#include "core/view_action.h"

#include <nlohmann/json.hpp>

namespace sse {

namespace {

// A refusal: a stable code for scripts and a message for people.
CommandResult Fail(std::string code, std::string message) { return {false, std::move(message), std::move(code), ""}; }

// A document action's outcome as a command result; the warnings it brought go into the message and the data.
CommandResult FromOutcome(const EditOutcome& o) {
    CommandResult r{o.ok, o.message, o.code, ""};
    if (!o.warnings.empty()) {
        std::string list;
        for (const Diagnostic& d : o.warnings) {
            r.message += "; warning: " + (d.pointer.empty() ? "" : d.pointer + ": ") + d.message;
            list += (list.empty() ? "" : ", ") + nlohmann::json(d.code.empty() ? "warning" : d.code).dump();
        }
        r.data = "{\"warnings\": [" + list + "]}";
    }
    return r;
}

}  // namespace

std::string CommandResultJson(const CommandResult& r) {
    nlohmann::json out = {{"ok", r.ok}, {"code", r.code}, {"message", r.message}};
    if (!r.data.empty()) {
        nlohmann::json data = nlohmann::json::parse(r.data, nullptr, false);
        if (data.is_object())
            for (auto it = data.begin(); it != data.end(); ++it) out[it.key()] = it.value();
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

CommandResult Explorer::Command(const std::string& text) {
    m_redraw = true;  // whatever it did, the picture may have changed
    std::vector<std::string> w = SplitWords(text);
    if (w.empty()) return Fail("usage", "empty command; try 'help'");
    const std::string& verb = w[0];
    if (IsEditVerb(verb)) {  // a document action (undoable)
        EditParse parsed = ParseEditCommand(text);
        if (!parsed.ok) return Fail(parsed.code, parsed.message);
        return FromOutcome(ApplyEdit(parsed.edit));
    }
    if (verb == "undo" || verb == "redo") {
        if (w.size() != 1) return Fail("usage", "usage: " + verb + " (no arguments)");
        return FromOutcome(verb == "undo" ? Undo() : Redo());
    }
    if (verb == "import" || verb == "open") return ImportCommand(w);  // explorer_import.cpp
    if (verb == "export") return ExportCommand(w);                    // explorer_import.cpp
    if (verb == "validate" || verb == "check-edits") return ValidateCommand(w);  // explorer_validate.cpp
    if (verb == "language") return LanguageCommand(w);  // explorer_language.cpp
    if (CommandResult r; EditingCommand(w, text, &r)) return r;  // edit mode and its gestures (explorer_editing.cpp)
    // A view action (view_action.h), applied in explorer_view_actions.cpp.
    const ViewParse parsed = ParseViewCommand(text);
    if (!parsed.ok) return Fail(parsed.code, parsed.message);
    return Apply(parsed.action);
}

}  // namespace sse
