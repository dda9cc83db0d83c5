// png_writer_test.cpp: the PNG encoder produces a structurally valid file.
#include "core/png_writer.h"

#include <gtest/gtest.h>

TEST(PngWriter, HeaderSizeAndChunks) {
    std::vector<uint8_t> px(3 * 2 * 4, 200);
    std::vector<uint8_t> png = sse::EncodePng(px.data(), 3, 2);
    ASSERT_GT(png.size(), 8u + 25 + 12);
    EXPECT_EQ(png[0], 0x89);
    EXPECT_EQ(png[1], 'P');
    EXPECT_EQ(std::string(png.begin() + 12, png.begin() + 16), "IHDR");
    EXPECT_EQ(png[19], 3);  // width (big-endian, low byte)
    EXPECT_EQ(png[23], 2);  // height
    EXPECT_EQ(std::string(png.end() - 8, png.end() - 4), "IEND");
    // Known CRC of an empty IEND chunk.
    EXPECT_EQ(png[png.size() - 4], 0xAE);
    EXPECT_EQ(png[png.size() - 1], 0x82);
}

TEST(PngWriter, LargeImageSpansSeveralStoredBlocks) {
    std::vector<uint8_t> px(300 * 300 * 4, 7);
    std::vector<uint8_t> png = sse::EncodePng(px.data(), 300, 300);
    // raw = 300 * (1 + 1200) bytes = 360300 -> 6 stored blocks of 5 header bytes each, plus the chunk framing.
    EXPECT_EQ(png.size(), 8u + 25 + (12 + 2 + 360300 + 6 * 5 + 4) + 12);
}
