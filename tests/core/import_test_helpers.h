// import_test_helpers.h: what the import and export tests share: the bundled data set as loaded, and an import's
// diagnostics as lines (with their codes) for a failure message.
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "core/dataset_loader.h"
#include "core/diagnostic.h"
#include "core/import_mapper.h"
#include "test_files.h"

namespace sse::test {

// Every diagnostic of an import, one per line: "file:line:col: message [code]".
inline std::string Lines(const sse::MappedImport& m) {
    std::string s;
    for (const auto& d : m.diagnostics) s += sse::FormatDiagnostic(d) + " [" + d.code + "]\n";
    return s;
}

// data/silk.json as the loader reads it (a failed load fails the test that asked).
inline sse::Dataset Silk() {
    const sse::LoadResult r = sse::LoadDatasetFile(SourcePath("data/silk.json"));
    EXPECT_TRUE(r.ok);
    return r.dataset;
}

}  // namespace sse::test
