// png_writer_test.cpp: the PNG encoder produces a valid file: its chunks, and pixels that zlib reads back exactly.
#include "core/png_writer.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

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

namespace {
uint32_t Be32(const std::vector<uint8_t>& b, size_t at) {
    return (uint32_t)b[at] << 24 | (uint32_t)b[at + 1] << 16 | (uint32_t)b[at + 2] << 8 | b[at + 3];
}
// The pixels back from a PNG of one IDAT chunk, decoded by zlib (the reference inflater) and un-filtered (Sub).
std::vector<uint8_t> Decode(const std::vector<uint8_t>& png, int w, int h) {
    size_t at = 8;
    std::vector<uint8_t> z;
    while (at + 8 <= png.size()) {
        const uint32_t n = Be32(png, at);
        const std::string type(png.begin() + (long)at + 4, png.begin() + (long)at + 8);
        if (type == "IDAT") z.insert(z.end(), png.begin() + (long)at + 8, png.begin() + (long)(at + 8 + n));
        at += 12 + n;
    }
    std::vector<uint8_t> raw((size_t)h * (1 + (size_t)w * 4));
    uLongf size = (uLongf)raw.size();
    EXPECT_EQ(uncompress(raw.data(), &size, z.data(), (uLong)z.size()), Z_OK);  // checks the Adler-32 too
    EXPECT_EQ(size, raw.size());
    std::vector<uint8_t> px;
    for (int y = 0; y < h; ++y) {
        const uint8_t* line = &raw[(size_t)y * (1 + (size_t)w * 4)];
        EXPECT_EQ(line[0], 1);  // Sub
        for (size_t i = 0; i < (size_t)w * 4; ++i)
            px.push_back((uint8_t)(line[1 + i] + (i >= 4 ? px[px.size() - 4] : 0)));
    }
    return px;
}
}  // namespace

// A large flat picture (a figure's background) compresses to a small fraction, and reads back exactly.
TEST(PngWriter, FlatPictureCompressesAndRoundTrips) {
    const int w = 640, h = 400;
    std::vector<uint8_t> px((size_t)w * h * 4, 250);
    for (int y = 100; y < 140; ++y)  // a band and a diagonal line of another colour
        for (int x = 0; x < w; ++x) px[((size_t)y * w + x) * 4 + 1] = 40;
    for (int k = 0; k < 400; ++k) px[((size_t)k * w + k) * 4] = 7;
    const std::vector<uint8_t> png = sse::EncodePng(px.data(), w, h);
    EXPECT_LT(png.size(), px.size() / 50);
    EXPECT_EQ(Decode(png, w, h), px);
}

// Noise (nothing to find) still round-trips: literals only, across many 32 KB windows.
TEST(PngWriter, NoiseRoundTrips) {
    const int w = 300, h = 300;
    std::vector<uint8_t> px((size_t)w * h * 4);
    uint32_t r = 12345;
    for (uint8_t& v : px) {
        r = r * 1103515245u + 12345u;
        v = (uint8_t)(r >> 16);
    }
    for (size_t i = 0; i < 5000; ++i) px[200000 + i] = px[100000 + i];  // and one long repeat far back
    EXPECT_EQ(Decode(sse::EncodePng(px.data(), w, h), w, h), px);
}
