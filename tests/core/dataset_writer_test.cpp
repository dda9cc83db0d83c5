// dataset_writer_test.cpp: the writer gives back what the loader read: read(write(d)) == d for the bundled data
// and every valid fixture, and a second write is byte-identical (stable key order and layout).
#include "core/dataset_writer.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "core/dataset_loader.h"
#include "test_files.h"

namespace {

using sse::test::ReadFile;
using sse::test::SourcePath;

// Every data file of the repository that loads without errors.
std::vector<std::string> ValidDataFiles() {
    std::vector<std::string> files{SourcePath("data/silk.json")};
    for (const auto& entry : std::filesystem::directory_iterator(SourcePath("tests/data"))) {
        if (entry.path().extension() != ".json") continue;
        if (sse::LoadDatasetFile(entry.path().string()).ok) files.push_back(entry.path().string());
    }
    return files;
}

}  // namespace

TEST(DatasetWriter, RoundTripsEveryValidFile) {
    const std::vector<std::string> files = ValidDataFiles();
    ASSERT_GE(files.size(), 5u) << "silk.json and several fixtures load";
    for (const std::string& path : files) {
        SCOPED_TRACE(path);
        sse::LoadResult first = sse::LoadDatasetFile(path);
        ASSERT_TRUE(first.ok);
        const std::string written = sse::WriteDataset(first.dataset);
        sse::LoadResult second = sse::LoadDataset(written, "written");
        ASSERT_TRUE(second.ok) << (second.diagnostics.empty() ? "" : sse::FormatDiagnostic(second.diagnostics[0]));
        EXPECT_TRUE(second.dataset == first.dataset) << "read(write(d)) differs from d";
        EXPECT_EQ(sse::WriteDataset(second.dataset), written) << "the second write differs from the first";
        int warnings_before = first.warnings, warnings_after = second.warnings;
        EXPECT_LE(warnings_after, warnings_before) << "writing adds no problem (unknown keys are dropped, so may go)";
    }
}

TEST(DatasetWriter, BundledDataKeepsItsLayout) {
    // The bundled file is written in the writer's layout: converting it changes nothing, so diffs stay small.
    const std::string original = ReadFile(SourcePath("data/silk.json"));
    sse::LoadResult r = sse::LoadDataset(original, "silk.json");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(sse::WriteDataset(r.dataset), original);
}

TEST(DatasetWriter, LayoutPutsFlatValuesOnOneLine) {
    nlohmann::ordered_json v = {{"id", "a"}, {"list", {"x", "y"}}, {"nested", {{{"k", 1}}, {{"k", 2.5}}}}, {"empty", nlohmann::ordered_json::array()}};
    EXPECT_EQ(sse::FormatJson(v), "{\n  \"id\": \"a\",\n  \"list\": [\"x\", \"y\"],\n  \"nested\": [\n    {\"k\": 1},\n    {\"k\": 2.5}\n  ],\n  \"empty\": []\n}\n");
    EXPECT_EQ(sse::FormatJson(nlohmann::ordered_json("é\"\n")), "\"é\\\"\\n\"\n") << "UTF-8 kept, quotes and controls escaped";
}

TEST(DatasetWriter, DefaultsAreLeftOut) {
    sse::LoadResult r = sse::LoadDatasetFile(sse::test::Fixture("tiny_valid.json"));
    ASSERT_TRUE(r.ok);
    sse::Link link = r.dataset.links[0];
    link.weight = 1;
    link.values = sse::ValueSocial | sse::ValueEnvironmental;
    link.years = {2016, 0};
    nlohmann::ordered_json j = sse::LinkToJson(link);
    EXPECT_FALSE(j.contains("weight"));
    EXPECT_EQ(j["values"], nlohmann::ordered_json({"social", "environmental"}));
    EXPECT_EQ(j["years"], nlohmann::ordered_json({{"from", 2016}}));
    link.weight = 2.5;
    EXPECT_EQ(sse::LinkToJson(link)["weight"], 2.5);
}

TEST(DatasetWriter, WritesFilesAtomically) {
    const std::string dir = testing::TempDir() + "sse_writer_test";
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/out.json";
    EXPECT_EQ(sse::WriteFileAtomically(path, "first"), "");
    EXPECT_EQ(ReadFile(path), "first");
    EXPECT_EQ(sse::WriteFileAtomically(path, "second"), "");
    EXPECT_EQ(ReadFile(path), "second");
    EXPECT_FALSE(std::filesystem::exists(path + ".tmp-sse-explorer")) << "no temporary file left behind";
    const std::string error = sse::WriteFileAtomically(dir + "/no/such/folder/out.json", "x");
    EXPECT_NE(error.find("no/such/folder/out.json: cannot write the file"), std::string::npos) << error;
    std::filesystem::remove_all(dir);
}
