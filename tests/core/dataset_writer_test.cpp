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
    using Node = sse::JsonNode;
    Node v = Node::Object().Put("id", Node::Text("a")).Put("list", Node::Array().Push(Node::Text("x")).Push(Node::Text("y")));
    v.Put("nested", Node::Array().Push(Node::Object().Put("k", Node::Integer(1))).Push(Node::Object().Put("k", Node::Number(2.5))));
    v.Put("empty", Node::Array());
    EXPECT_EQ(sse::FormatJson(v), "{\n  \"id\": \"a\",\n  \"list\": [\"x\", \"y\"],\n  \"nested\": [\n    {\"k\": 1},\n    {\"k\": 2.5}\n  ],\n  \"empty\": []\n}\n");
    EXPECT_EQ(sse::FormatJson(Node::Text("é\"\n")), "\"é\\\"\\n\"\n") << "UTF-8 kept, quotes and controls escaped";
    EXPECT_EQ(sse::FormatJson(Node::Number(3)), "3\n") << "whole numbers without a decimal point";
}

TEST(DatasetWriter, DefaultsAreLeftOut) {
    sse::LoadResult r = sse::LoadDatasetFile(sse::test::Fixture("tiny_valid.json"));
    ASSERT_TRUE(r.ok);
    sse::Link link = r.dataset.links[0];
    link.weight = 1;
    link.values = sse::ValueSocial | sse::ValueEnvironmental;
    link.years = {2016, 0, ""};
    sse::JsonNode j = sse::LinkToJson(link);
    EXPECT_EQ(j.Find("weight"), nullptr);
    ASSERT_NE(j.Find("values"), nullptr);
    EXPECT_EQ(sse::FormatJson(*j.Find("values")), "[\"social\", \"environmental\"]\n");
    EXPECT_EQ(sse::FormatJson(*j.Find("years")), "{\"from\": 2016}\n");
    link.weight = 2.5;
    EXPECT_EQ(sse::LinkToJson(link).Find("weight")->scalar, "2.5");
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
