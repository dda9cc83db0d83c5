// world_outline_test.cpp: the world outline decoder reads good files and rejects broken ones clearly.
#include "core/world_outline.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using Bytes = std::vector<uint8_t>;

void PutU32(Bytes& b, uint32_t v) {
    for (int i = 0; i < 4; ++i) b.push_back(static_cast<uint8_t>(v >> (8 * i)));
}
void PutI16(Bytes& b, int v) {
    const auto u = static_cast<uint16_t>(static_cast<int16_t>(v));
    b.push_back(static_cast<uint8_t>(u & 0xFF));
    b.push_back(static_cast<uint8_t>(u >> 8));
}
Bytes Header(uint32_t rings) {
    Bytes b = {'S', 'S', 'E', 'W'};
    PutU32(b, rings);
    return b;
}
void PutRing(Bytes& b, const std::vector<std::pair<int, int>>& pts) {
    PutU32(b, static_cast<uint32_t>(pts.size()));
    for (const auto& [lon, lat] : pts) {
        PutI16(b, lon);
        PutI16(b, lat);
    }
}

// Two rings: a closed triangle and an open polyline touching the extremes of the coordinate range.
Bytes Sample() {
    Bytes b = Header(2);
    PutRing(b, {{1000, 2000}, {-1050, 4525}, {0, -3333}, {1000, 2000}});
    PutRing(b, {{-18000, -9000}, {18000, 9000}});
    return b;
}

bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST(WorldOutline, RoundTripsAHandBuiltBuffer) {
    sse::WorldOutline out;
    std::string error;
    ASSERT_TRUE(sse::ParseWorldOutline(Sample(), out, error)) << error;
    EXPECT_TRUE(error.empty());
    ASSERT_EQ(out.rings.size(), 2u);
    ASSERT_EQ(out.rings[0].size(), 4u);
    EXPECT_DOUBLE_EQ(out.rings[0][0].x, 10.0);
    EXPECT_DOUBLE_EQ(out.rings[0][0].y, 20.0);
    EXPECT_DOUBLE_EQ(out.rings[0][1].x, -10.5);
    EXPECT_DOUBLE_EQ(out.rings[0][1].y, 45.25);
    EXPECT_DOUBLE_EQ(out.rings[0][2].x, 0.0);
    EXPECT_DOUBLE_EQ(out.rings[0][2].y, -33.33);
    ASSERT_EQ(out.rings[1].size(), 2u);
    EXPECT_DOUBLE_EQ(out.rings[1][0].x, -180.0);
    EXPECT_DOUBLE_EQ(out.rings[1][0].y, -90.0);
    EXPECT_DOUBLE_EQ(out.rings[1][1].x, 180.0);
    EXPECT_DOUBLE_EQ(out.rings[1][1].y, 90.0);
}

TEST(WorldOutline, EmptyOutlineIsValid) {
    sse::WorldOutline out;
    out.rings.push_back({{1, 2}, {3, 4}});  // stale content is replaced
    std::string error;
    EXPECT_TRUE(sse::ParseWorldOutline(Header(0), out, error)) << error;
    EXPECT_TRUE(out.rings.empty());
}

TEST(WorldOutline, RejectsBadMagic) {
    Bytes b = Sample();
    b[3] = 'X';
    sse::WorldOutline out;
    std::string error;
    EXPECT_FALSE(sse::ParseWorldOutline(b, out, error));
    EXPECT_TRUE(Contains(error, "not a world outline file")) << error;
    EXPECT_TRUE(out.rings.empty());
}

TEST(WorldOutline, RejectsTooShortHeader) {
    sse::WorldOutline out;
    std::string error;
    EXPECT_FALSE(sse::ParseWorldOutline(Bytes{}, out, error));
    EXPECT_TRUE(Contains(error, "too short")) << error;
    EXPECT_FALSE(sse::ParseWorldOutline(Bytes{'S', 'S', 'E', 'W', 1}, out, error));
    EXPECT_TRUE(Contains(error, "too short")) << error;
}

TEST(WorldOutline, RejectsEveryTruncation) {
    const Bytes full = Sample();
    for (size_t n = 0; n < full.size(); ++n) {
        const Bytes cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
        sse::WorldOutline out;
        std::string error;
        EXPECT_FALSE(sse::ParseWorldOutline(cut, out, error)) << "accepted " << n << " of " << full.size() << " bytes";
        EXPECT_TRUE(Contains(error, "world outline: ")) << error;
        EXPECT_TRUE(out.rings.empty());
    }
}

TEST(WorldOutline, TruncatedRingSaysHowMuchIsMissing) {
    Bytes b = Header(1);
    PutU32(b, 3);
    PutI16(b, 0);
    PutI16(b, 0);  // one point of three
    sse::WorldOutline out;
    std::string error;
    EXPECT_FALSE(sse::ParseWorldOutline(b, out, error));
    EXPECT_TRUE(Contains(error, "truncated in ring 0")) << error;
    EXPECT_TRUE(Contains(error, "3 points need 12 bytes but only 4 remain")) << error;
}

TEST(WorldOutline, RejectsTrailingBytes) {
    Bytes b = Sample();
    b.push_back(0);
    sse::WorldOutline out;
    std::string error;
    EXPECT_FALSE(sse::ParseWorldOutline(b, out, error));
    EXPECT_TRUE(Contains(error, "1 unexpected byte(s) after the last ring")) << error;
}

TEST(WorldOutline, RejectsOutOfRangeCoordinates) {
    const std::vector<std::pair<int, int>> bad = {{18001, 0}, {-18001, 0}, {0, 9001}, {0, -9001}, {32767, -32768}};
    for (const auto& p : bad) {
        Bytes b = Header(1);
        PutRing(b, {{0, 0}, p});
        sse::WorldOutline out;
        std::string error;
        EXPECT_FALSE(sse::ParseWorldOutline(b, out, error)) << p.first << ", " << p.second;
        EXPECT_TRUE(Contains(error, "ring 0 point 1 is out of range")) << error;
        EXPECT_TRUE(out.rings.empty());
    }
}

TEST(WorldOutline, RejectsAbsurdRingCountWithoutAllocating) {
    Bytes b = Header(0xFFFFFFFFu);
    PutRing(b, {{0, 0}, {100, 100}});
    sse::WorldOutline out;
    std::string error;
    EXPECT_FALSE(sse::ParseWorldOutline(b, out, error));  // would throw bad_alloc or take gigabytes otherwise
    EXPECT_TRUE(Contains(error, "ring count 4294967295 is more than a file of 20 bytes can hold")) << error;
}

TEST(WorldOutline, RejectsAbsurdPointCount) {
    Bytes b = Header(1);
    PutU32(b, 0xFFFFFFFFu);
    PutI16(b, 0);
    PutI16(b, 0);
    sse::WorldOutline out;
    std::string error;
    EXPECT_FALSE(sse::ParseWorldOutline(b, out, error));
    EXPECT_TRUE(Contains(error, "truncated in ring 0: 4294967295 points need 17179869180 bytes")) << error;
}

TEST(WorldOutline, RejectsDegenerateRings) {
    for (uint32_t n : {0u, 1u}) {
        Bytes b = Header(1);
        PutU32(b, n);
        for (uint32_t i = 0; i < n; ++i) {
            PutI16(b, 0);
            PutI16(b, 0);
        }
        sse::WorldOutline out;
        std::string error;
        EXPECT_FALSE(sse::ParseWorldOutline(b, out, error));
        EXPECT_TRUE(Contains(error, "ring 0 has " + std::to_string(n) + " point(s)")) << error;
    }
}

TEST(WorldOutline, LoadsAFileAndReportsMissingOnes) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("sse_world_outline_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    fs::create_directories(dir);
    const std::string path = (dir / "outline.bin").string();
    const Bytes b = Sample();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(std::fwrite(b.data(), 1, b.size(), f), b.size());
    std::fclose(f);

    sse::WorldOutline out;
    std::string error;
    EXPECT_TRUE(sse::LoadWorldOutlineFile(path, out, error)) << error;
    EXPECT_EQ(out.rings.size(), 2u);

    EXPECT_FALSE(sse::LoadWorldOutlineFile((dir / "missing.bin").string(), out, error));
    EXPECT_TRUE(Contains(error, "missing.bin: file not found")) << error;
    EXPECT_TRUE(out.rings.empty());

    EXPECT_FALSE(sse::LoadWorldOutlineFile(dir.string(), out, error));
    EXPECT_TRUE(Contains(error, "folder")) << error;

    fs::remove_all(dir);
}
