// dataset_loader.h: reads a data file in the `sse-explorer/1` format (data/README.md), validates it and
// builds a Dataset with every index field resolved. Problems come back as diagnostics with line, column
// and JSON pointer. Nothing here throws or aborts, whatever the input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/model.h"

namespace sse {

// Limits, so that a broken or hostile file gives a clear error instead of exhausting the machine.
// Larger files are rejected before being read (the bundled data set is well under 1 MiB).
constexpr size_t kMaxFileBytes = size_t{64} * 1024 * 1024;
// Objects and arrays inside each other; the format needs 5 levels. Checked while parsing, so even
// 10,000 nested brackets are rejected without deep recursion.
constexpr int kMaxNestingDepth = 64;
// Ids, names, titles, short names and URLs; long texts (description, summary, text) are only bounded
// by the file size.
constexpr size_t kMaxNameBytes = 10000;
// Items per list. The explorer lays out, filters and measures the whole network at once: far beyond
// these sizes a layout or a filter change takes seconds to minutes (a 64 MiB file can hold 450,000
// minimal actors), so a longer list is refused with one error at its first item past the limit, and the
// items past it are not read (time and memory stay bounded). The bundled data set has 88 actors.
constexpr size_t kMaxActors = 10000;
constexpr size_t kMaxLinks = 50000;
constexpr size_t kMaxOtherItems = 10000;  // territories, cases, recommendations, tours: each list
// Diagnostics kept per file; further problems are still counted in errors/warnings and summarised in
// one last diagnostic.
constexpr int kMaxDiagnostics = 1000;

constexpr const char* kFormatName = "sse-explorer/1";
// The id of the bundled data set (data/silk.json). Its items must carry their provenance: a 'brief' item
// without 'quote' or an 'inferred' one without 'reasoning' is an error there and a warning elsewhere.
constexpr const char* kBundledDatasetId = "silk";

struct LoadResult {
    bool ok = false;  // true when there are no errors (warnings are allowed)
    Dataset dataset;  // complete when ok; a partial best effort otherwise: do not use it then
    std::vector<Diagnostic> diagnostics;  // sorted by position; whole-file problems (line 0) first
    int errors = 0;
    int warnings = 0;
};

// Loads from text already in memory; `file_name` is only used in diagnostics. A UTF-8 byte order mark
// at the start is skipped (columns on line 1 are counted after it).
LoadResult LoadDataset(std::string_view text, const std::string& file_name);

// Reads one element as the list `list` ("actors", "links", ...) of a file would hold it, alone: its fields are
// checked as in a file (diagnostics point into {"<list>": [element]}); its references stay ids, unresolved (lists
// keep every id, index -1) for ResolveReferences (dataset_rules.h) to resolve on the whole model; no whole-file
// checks. `dataset_id` decides whether a missing source is an error. When ok, the data set holds that one element.
LoadResult ReadElementAlone(const char* list, std::string_view element_json, const std::string& dataset_id,
                            const std::string& name);

// Reads and loads a file. A file that is missing, is a directory, cannot be read or is larger than
// kMaxFileBytes gives one error diagnostic with line 0.
LoadResult LoadDatasetFile(const std::string& path);

// Atomic replace: if `result` has no errors, `current` becomes its data set and true is returned;
// otherwise `current` is left untouched (the app keeps the data set it had) and false is returned.
bool ApplyIfValid(const LoadResult& result, Dataset& current);
bool ApplyIfValid(LoadResult&& result, Dataset& current);  // moves the data set out of `result`

}  // namespace sse
