// qr_code_test.cpp: the Share panel's QR code (src/share/qr_code.h over libqrencode). The browser test
// (tests/web/share_test.mjs) decodes a drawn code with a real reader; these check the matrix's structure.
#include <gtest/gtest.h>

#include "share/qr_code.h"

namespace {

// A finder pattern at (x0, y0): a dark 7x7 ring, a light ring inside it, a dark 3x3 centre.
bool IsFinder(const sse::QrCode& q, int x0, int y0) {
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            int ring = std::min(std::min(x, y), std::min(6 - x, 6 - y));
            bool want_dark = ring != 1;
            if (q.Dark(x0 + x, y0 + y) != want_dark) return false;
        }
    return true;
}

TEST(QrCode, AViewLinkGivesAWellFormedSymbol) {
    const std::string url = "http://127.0.0.1:8080/index.html#layout=levels&select=accio&focus=1&cam=12.5,-3.25,1.4";
    sse::QrCode q = sse::EncodeQr(url);
    ASSERT_TRUE(q.error.empty()) << q.error;
    ASSERT_GE(q.size, 21);
    EXPECT_EQ((q.size - 21) % 4, 0) << "a QR code's side is 21 + 4 per version";
    ASSERT_EQ(q.dark.size(), (size_t)q.size * q.size);
    EXPECT_TRUE(IsFinder(q, 0, 0));
    EXPECT_TRUE(IsFinder(q, q.size - 7, 0));
    EXPECT_TRUE(IsFinder(q, 0, q.size - 7));
    EXPECT_FALSE(IsFinder(q, q.size - 7, q.size - 7)) << "no finder in the fourth corner";
    // Timing pattern: row 6 alternates between the finders.
    for (int x = 8; x < q.size - 8; ++x) EXPECT_EQ(q.Dark(x, 6), x % 2 == 0) << x;
    EXPECT_EQ(sse::EncodeQr(url).dark, q.dark) << "the same text gives the same symbol";
    EXPECT_NE(sse::EncodeQr(url + "x").dark, q.dark);
}

TEST(QrCode, LongerTextsNeedLargerSymbolsAndTooLongOnesAreRefused) {
    EXPECT_LT(sse::EncodeQr("https://a.example/").size, sse::EncodeQr(std::string(300, 'a')).size);
    sse::QrCode empty = sse::EncodeQr("");
    EXPECT_EQ(empty.size, 0);
    EXPECT_FALSE(empty.error.empty());
    sse::QrCode huge = sse::EncodeQr(std::string(4000, 'x'));
    EXPECT_EQ(huge.size, 0);
    EXPECT_NE(huge.error.find("too long"), std::string::npos) << huge.error;
}

}  // namespace
