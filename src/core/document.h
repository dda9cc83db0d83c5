// document.h: the data set as an editable document. Every change goes through Apply (or Undo / Redo), in one
// place: the edit is planned as a JSON patch (document_edit.h) and only a valid result replaces the data set. An
// edit of territories, actors, links or cases is committed in place (document_in_place.cpp: the touched elements
// read, the rules run on the model); anything else, and any edit that breaks a rule, is checked by reading the
// patched document with the loader, as a data file. Undo and redo go to any depth.
// What is on screen (layout, camera, filters, selection) is not here: that is view state over the document.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "core/document_edit.h"
#include "core/model.h"
#include "core/translation_overlay.h"

namespace sse {

// The result of an edit, an undo or a redo. `code` is stable for scripts ("ok", "no-change", "nothing-to-undo",
// or the rule's code: "unknown-actor", "duplicate-id", "bad-enum", ...); `message` is for people.
struct EditOutcome {
    bool ok = false;
    std::string code, message;
    std::vector<Diagnostic> warnings;      // new warnings the edit brought (applied anyway)
    std::vector<ElementChange> changes;    // what changed, by id (empty when nothing did)
};

class Document {
public:
    // Replaces the whole content (a file was loaded or a new map begun): history cleared, not dirty.
    void Reset(Dataset data);
    // The current data set, every index field resolved.
    const Dataset& Data() const { return m_data; }
    // Frees the data sets that edits replaced since the last call (the Explorer calls it once a frame, before the UI
    // draws): until then references taken into them while a frame was drawn stay valid.
    void ReleaseRetired() { m_retired.clear(); }

    // Applies a document edit when the result is valid; otherwise leaves everything as it was and says why.
    EditOutcome Apply(const DocumentEdit& edit);
    // Whether Apply would accept the edit, without applying it (a form's field checked as it is typed): ok, or
    // the rule's code and message. In place when Apply would be (the touched elements and the rules on the model);
    // otherwise, and for the words of a refusal, a validation of the whole document.
    EditOutcome Check(const DocumentEdit& edit);
    // Replaces the whole content by `content` (an imported file, a merge, a new map) as one undoable step named
    // `label`, when the result is valid by the same rules as a file; the changes list every element by id.
    EditOutcome ReplaceContent(const nlohmann::json& content, const std::string& label);
    // The same, taking `content` over (an import's tens of megabytes are not copied on the way into the undo step).
    EditOutcome ReplaceContent(nlohmann::json&& content, const std::string& label);
    // The current content as the document's JSON (the writer's shape): what ReplaceContent and merges start from.
    const nlohmann::json& Json();
    // Gives every item without translations of its own those the overlay has for its id (the web page keeps the
    // bundled data's translations apart: core/translation_overlay.h), so that what is saved, exported or autosaved
    // carries them. Not an edit: no undo step, not dirty; the revision moves (an autosave copy is written again).
    // Returns how many items gained translations. (document_translations.cpp)
    int AdoptTranslations(const TranslationOverlay& overlay);
    // Undoes the newest applied edit / redoes the newest undone one.
    EditOutcome Undo();
    EditOutcome Redo();

    // Counts every change of content (edits, undos, redos, resets).
    int Revision() const { return m_revision; }
    // True when the content differs from the last Reset or MarkSaved.
    bool Dirty() const { return m_undo.size() != m_saved_depth || m_saved_lost; }
    void MarkSaved();
    bool CanUndo() const { return !m_undo.empty(); }
    bool CanRedo() const { return !m_redo.empty(); }
    // "add actor accio": what Undo / Redo would undo or redo ("" when nothing).
    std::string UndoLabel() const { return m_undo.empty() ? "" : m_undo.back().label; }
    std::string RedoLabel() const { return m_redo.empty() ? "" : m_redo.back().label; }
    size_t UndoDepth() const { return m_undo.size(); }
    // Whether edits of territories, actors, links and cases are committed in place (document_in_place.cpp: only
    // what they touched is read again) or by reading the whole document again. On by default; tests and the edit
    // benchmark switch it off to compare the two.
    void SetInPlace(bool on) { m_in_place = on; }
    // How many edits, undos and redos were committed in place (for tests: the two ways are compared).
    int InPlaceCommits() const { return m_in_place_commits; }

private:
    struct Step {
        std::string label;
        Patch forward, inverse;
        std::vector<ElementChange> changes;
    };
    // Builds m_json and the baseline warnings the first time an edit needs them (a load does not pay for it).
    void EnsureJson();
    // Applies a patch to the JSON and validates the result; on success the data set is replaced. `inverse` undoes
    // `patch` (the JSON is patched in place and back, not copied).
    EditOutcome Commit(const Patch& patch, const Patch& inverse, const std::string& label);
    // The document's text with `patch` applied, the JSON patched back with `inverse` afterwards; "" (and `error`)
    // when the patch does not fit.
    std::string PatchedText(const Patch& patch, const Patch& inverse, std::string* error);
    // The in-place commit (document_in_place.cpp): true when done, false when the edit needs the full check
    // (nothing changed then). `dry_run`: only whether the edit is valid; everything is left as it was.
    bool CommitInPlace(const Patch& patch, const Patch& inverse, const std::string& label, EditOutcome* out,
                       bool dry_run = false);
    // The warnings among `candidates` whose message is in `fresh` (sorted), each message once, named by `label`.
    static std::vector<Diagnostic> FreshWarnings(const std::vector<std::string>& fresh, std::vector<Diagnostic> candidates,
                                                 const std::string& label);
    // The sorted messages of the warnings the rules on the model find in the current data set.
    void NoteRuleWarnings();
    // Undo (the newest step of m_undo, backwards, onto m_redo) or redo (the other way).
    EditOutcome Replay(std::vector<Step>& from, std::vector<Step>& to, bool undo);

    Dataset m_data;
    std::vector<Dataset> m_retired;  // data sets replaced this frame, freed by ReleaseRetired
    nlohmann::json m_json;  // the document as JSON, kept in step with m_data once built
    bool m_json_valid = false;
    std::vector<std::string> m_warning_keys;  // the warnings of the current content, to tell which ones are new
    std::vector<std::string> m_rule_warning_keys;  // those of them the rules on the model give (sorted)
    bool m_in_place = true;
    int m_in_place_commits = 0;
    std::vector<Step> m_undo, m_redo;
    int m_revision = 0;
    size_t m_saved_depth = 0;
    bool m_saved_lost = false;  // the saved state was undone past and then replaced by another edit
};

}  // namespace sse
