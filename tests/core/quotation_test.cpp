// quotation_test.cpp: a quotation within a quotation gets single marks, so a quote never opens with a doubled mark.
#include "core/quotation.h"

#include <gtest/gtest.h>

TEST(Quotation, WrapsPlainText) {
    EXPECT_EQ(sse::InQuotationMarks("to foster cooperation"), "\u201cto foster cooperation\u201d");
    EXPECT_EQ(sse::InQuotationMarks(""), "\u201c\u201d");
}

TEST(Quotation, NestedQuotationMarksBecomeSingle) {
    EXPECT_EQ(sse::InQuotationMarks("\u201cKOICA Programme\u201d, from Korea"), "\u201c\u2018KOICA Programme\u2019, from Korea\u201d");
    EXPECT_EQ(sse::InQuotationMarks("the \"value chain\" of SSE"), "\u201cthe \u2018value chain\u2019 of SSE\u201d");
    EXPECT_EQ(sse::InQuotationMarks("\"quoted\""), "\u201c\u2018quoted\u2019\u201d");
}
