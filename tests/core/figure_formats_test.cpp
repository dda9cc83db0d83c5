// figure_formats_test.cpp: the figure formats' one naming table (figure_formats.h) and how the export names and
// hands PNG figures over. The pixels themselves need a GPU: tests/web/png_export_test.mjs and
// tests/desktop/png_desktop_test.sh draw real ones; here a registered renderer that reports what it was asked for
// stands in for the program's, to check the plumbing around it.
#include "core/figure_formats.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "core/explorer.h"
#include "test_files.h"

namespace {

TEST(FigureFormats, OneTableNamesEveryFigure) {
    std::string names;
    for (const sse::FigureFormat& f : sse::FigureFormats()) names += std::string(names.empty() ? "" : " ") + f.name;
    EXPECT_EQ(names, "svg svg-transparent png png-transparent png-2x png-2x-transparent png-4x png-4x-transparent");
    const sse::FigureFormat* f = sse::FindFigureFormat("png-4x-transparent");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->scale, 4);
    EXPECT_FALSE(f->background);
    EXPECT_EQ(std::string(f->suffix), "@4x");
    EXPECT_EQ(sse::FindFigureFormat("png-3x"), nullptr);
}

TEST(FigureFormats, FileNamesChooseTheFormat) {
    EXPECT_STREQ(sse::FigureFormatForFile("out/map.png", 1)->name, "png");
    EXPECT_STREQ(sse::FigureFormatForFile("MAP.PNG", 2)->name, "png-2x");
    EXPECT_STREQ(sse::FigureFormatForFile("map.png", 4, false)->name, "png-4x-transparent");
    EXPECT_STREQ(sse::FigureFormatForFile("map.svg", 1, false)->name, "svg-transparent");
    EXPECT_EQ(sse::FigureFormatForFile("map.png", 3), nullptr);
    EXPECT_EQ(sse::FigureFormatForFile("map.json", 1), nullptr);
    EXPECT_EQ(sse::FigureFormatForFile("folder", 1), nullptr);
}

struct Asked {
    int scale = 0, calls = 0;
    bool background = false;
} s_asked;

std::string FakePng(const sse::Explorer&, int scale, bool background, std::string*) {
    s_asked.scale = scale;
    s_asked.background = background;
    ++s_asked.calls;
    return std::string("\x89PNG fake", 9);
}
std::string FailingPng(const sse::Explorer&, int, bool, std::string* error) {
    *error = "too large";
    return "";
}

TEST(FigureFormats, PngGoesThroughTheRegisteredRenderer) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(sse::test::SourcePath("data/silk.json")));
    sse::RegisterPngRenderer(nullptr);
    std::string error;
    EXPECT_TRUE(ex.ExportData("png", &error).empty());
    EXPECT_NE(error.find("needs a window"), std::string::npos) << error;
    EXPECT_EQ(ex.Command("export png").code, "export-failed");

    sse::RegisterPngRenderer(&FakePng);
    error.clear();
    const auto files = ex.ExportData("png-2x-transparent", &error);
    ASSERT_EQ(files.size(), 1u) << error;
    EXPECT_EQ(files[0].name, ex.Data().id + "@2x.png");
    EXPECT_EQ(s_asked.scale, 2);
    EXPECT_FALSE(s_asked.background);
    // The command hands the bytes back as base64 (binary), like a workbook.
    const sse::CommandResult r = ex.Command("export png-4x");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(s_asked.scale, 4);
    EXPECT_TRUE(s_asked.background);
    const nlohmann::json reply = nlohmann::json::parse(r.data);
    EXPECT_EQ(reply["files"][0]["name"], ex.Data().id + "@4x.png");
    EXPECT_EQ(reply["files"][0]["base64"], "iVBORyBmYWtl");
    EXPECT_EQ(reply["files"][0]["bytes"], 9);

    sse::RegisterPngRenderer(&FailingPng);
    error.clear();
    EXPECT_TRUE(ex.ExportData("png", &error).empty());
    EXPECT_EQ(error, "cannot export png: too large");
    sse::RegisterPngRenderer(nullptr);
}

}  // namespace
