// text_split_test.cpp: words, trimmed lists and numbers without iostreams.
#include "core/text_split.h"

#include <gtest/gtest.h>

using Words = std::vector<std::string>;

TEST(TextSplit, WordsAreSeparatedByAnyWhitespace) {
    EXPECT_EQ(sse::SplitWords("  select \t accio\n"), (Words{"select", "accio"}));
    EXPECT_EQ(sse::SplitWords(""), Words{});
    EXPECT_EQ(sse::SplitWords(" \t "), Words{});
    EXPECT_EQ(sse::SplitWords("ACCIÓ"), Words{"ACCIÓ"}) << "UTF-8 bytes are not whitespace";
}

TEST(TextSplit, TrimmedItemsDropEmptyOnes) {
    EXPECT_EQ(sse::SplitTrimmed("a, b,,c ,", ','), (Words{"a", "b", "c"}));
    EXPECT_EQ(sse::SplitTrimmed(" ", ','), Words{});
    EXPECT_EQ(sse::SplitTrimmed("2016-2026", ','), Words{"2016-2026"});
}

TEST(TextSplit, NumbersAsPrintfG) {
    EXPECT_EQ(sse::FormatNumber(412.5), "412.5");
    EXPECT_EQ(sse::FormatNumber(-3), "-3");
    EXPECT_EQ(sse::FormatNumber(1234567), "1.23457e+06");
}
