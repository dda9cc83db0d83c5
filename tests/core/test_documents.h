// test_documents.h: loading a data set that must be valid, and applying an edit command to a Document, for the
// test files that edit documents.
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "core/dataset_loader.h"
#include "core/document.h"

namespace sse::test {

// The data set of a file that must load without errors (a failure is reported, an empty data set returned).
inline sse::Dataset LoadOrDie(const std::string& path) {
    sse::LoadResult r = sse::LoadDatasetFile(path);
    EXPECT_TRUE(r.ok) << path;
    return r.dataset;
}

// Parses an edit command ("set actor x name \"Y\"") and applies it; a command that does not parse is refused with
// the parser's code.
inline sse::EditOutcome Edit(sse::Document& doc, const std::string& command) {
    sse::EditParse p = sse::ParseEditCommand(command);
    if (!p.ok) return sse::EditOutcome{false, p.code, p.message, {}, {}};
    return doc.Apply(p.edit);
}

}  // namespace sse::test
