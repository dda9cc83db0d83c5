// document_edit.h: the typed edits of a data set (add, set a field, delete) for each element kind, their command
// text in both directions, and how each becomes a JSON patch on the document (with its inverse, for undo).
// No UI types. The Document (document.h) applies the patches; this file only plans them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/vocabulary.h"

namespace sse {

// The kinds of element a data set holds (the vocabulary's DataElement table names them). A tour step has no id
// of its own: it is named by its tour and number.
using ElementKind = DataElement;
constexpr int ElementKindCount = DataElementCount;

// What an edit needs to know of each kind, beyond its name.
struct ElementKindInfo {
    const char* name;   // command word and display noun: "actor" (the vocabulary's wire name)
    const char* list;   // the data file's array: "actors" ("steps" inside a tour for Step)
    const char* const* fields;  // the element's fields in the data format, in the order the writer uses
    int field_count;
};
// The table row of a kind.
const ElementKindInfo& InfoOf(ElementKind kind);
// Parses a command word ("actor", "link", ...); false for an unknown one.
bool ParseElementKind(std::string_view word, ElementKind* out);
// "territory, actor, link, case, recommendation, tour, step", for messages and help.
std::string ElementKindList();

struct DocumentEdit {
    enum class Op { Add, Set, Delete };
    Op op = Op::Add;
    ElementKind element = ElementKind::Actor;
    std::string id;     // Set, Delete: the element's id; for a Step (any op): its tour's id
    int step = 0;       // Step only: 1-based number (Add: the position to insert at, 0 = at the end)
    std::string field;  // Set: the field to change
    std::string json;   // Add: the element as a JSON object; Set: the field's new value as JSON (null removes it)
};

// What an edit did, by id, so that the view can follow (keep positions, selection and filters of what stayed).
struct ElementChange {
    enum class What { Added, Changed, Removed };
    What what = What::Changed;
    ElementKind element = ElementKind::Actor;
    std::string id;  // for a Step, its tour's id
};

// A parsed edit command, or why it is not one. `code` is stable ("usage", "bad-json", "bad-element").
struct EditParse {
    bool ok = false;
    std::string code, message;
    DocumentEdit edit;
};
// True for the verbs ParseEditCommand takes: add, set, delete.
bool IsEditVerb(std::string_view verb);
// Parses "add actor {...}", "set actor <id> <field> <JSON>", "delete actor <id>", and for steps "add step <tour>
// [<n>] {...}", "set step <tour> <n> <field> <JSON>", "delete step <tour> <n>".
EditParse ParseEditCommand(const std::string& text);
// The command text that performs the edit (ParseEditCommand(ToCommand(e)) gives e back).
std::string ToCommand(const DocumentEdit& e);
// A short label for the undo button: "add actor accio", "set actor accio name", "delete link x".
std::string EditLabel(const DocumentEdit& e);

// One operation of a JSON patch, as RFC 6902's add / remove / replace (the only ones edits need). The path is
// split into its tokens ("/actors/3/name" -> actors, 3, name); an array index "-" (add) means the end. An empty
// path with Replace replaces the whole document (an import, a new map).
struct PatchOp {
    enum class Op { Add, Remove, Replace };
    Op op = Op::Add;
    std::vector<std::string> path;
    nlohmann::json value;  // Add, Replace
};
using Patch = std::vector<PatchOp>;

// Applies the operations in order. A patch that does not fit the document (a missing parent, an index out of
// range) stops with false and a message; `doc` may then be partly patched (callers patch a copy).
bool ApplyPatch(nlohmann::json& doc, const Patch& patch, std::string* error);

// The JSON patch that performs an edit on the document's JSON, and the one that undoes it.
struct EditPlan {
    bool ok = false;
    std::string code, message;  // when !ok: why the edit cannot be made ("unknown-actor", "duplicate-id", ...)
    Patch forward, inverse;
    std::vector<ElementChange> changes;
    bool no_change = false;  // a Set to the value the field already has
};
// Plans an edit against the document `doc` (as dataset_writer's DatasetToJson makes it). Deleting an element
// also removes the references to it (an actor's links; ids in cases, recommendations and tour steps), so the
// document stays valid and one undo restores everything.
EditPlan PlanEdit(const nlohmann::json& doc, const DocumentEdit& e);

// What replacing the document `before` by `after` changes, by id: elements of each kind whose id appears only in
// `after` (Added), only in `before` (Removed), or in both with different content (Changed; a tour whose steps
// changed is Changed). Dataset-level fields (title, sources) are not elements and are not listed.
std::vector<ElementChange> DiffById(const nlohmann::json& before, const nlohmann::json& after);

}  // namespace sse
