// search_test.cpp: accent- and case-insensitive actor search.
#include "core/search.h"

#include <gtest/gtest.h>

namespace {
sse::Dataset Sample() {
    sse::Dataset d;
    auto add = [&](const char* id, const char* name, const char* short_name, const char* description) {
        sse::Actor a;
        a.id = id;
        a.name = name;
        a.short_name = short_name;
        a.description = description;
        d.actors.push_back(a);
    };
    add("accio", "ACCIÓ – Catalan Agency for Business Competitiveness", "ACCIÓ", "Internationalisation agency");
    add("coopcycle", "CoopCycle", "", "Federation of bicycle delivery cooperatives");
    add("koica", "Korea International Cooperation Agency", "KOICA", "Development cooperation");
    add("sea", "Social Enterprise Academy", "", "Learning programmes for social entrepreneurs; Scotland");
    return d;
}
}  // namespace

TEST(Search, FoldsAccentsAndCase) {
    EXPECT_EQ(sse::FoldForSearch("ACCIÓ"), "accio");
    EXPECT_EQ(sse::FoldForSearch("Örebro län"), "orebro lan");
    EXPECT_EQ(sse::FoldForSearch("Łódź"), "lodz");
    EXPECT_EQ(sse::FoldForSearch("São Paulo"), "sao paulo");
}

TEST(Search, AccioFindsAccentedName) {
    auto hits = sse::SearchActors(Sample(), "accio");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits[0], 0);
}

TEST(Search, RanksNameMatchesAboveDescriptionMatches) {
    auto hits = sse::SearchActors(Sample(), "coop");
    ASSERT_GE(hits.size(), 2u);
    EXPECT_EQ(hits[0], 1);  // name prefix (CoopCycle) beats a later word ("Cooperation" in KOICA)
}

TEST(Search, AllWordsMustMatch) {
    auto hits = sse::SearchActors(Sample(), "social scotland");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0], 3);
    EXPECT_TRUE(sse::SearchActors(Sample(), "nothing-like-this").empty());
    EXPECT_TRUE(sse::SearchActors(Sample(), "   ").empty());
}

TEST(Search, FindsActorsByTheirTranslatedNames) {
    sse::Dataset d = Sample();
    d.actors[2].translations["ko"]["name"] = "한국국제협력단";
    d.actors[2].translations["es"]["name"] = "Agencia de Cooperación Internacional de Corea";
    d.actors[0].translations["es"]["short_name"] = "Agència ACCIÓ";
    ASSERT_EQ(sse::SearchActors(d, "한국국제").size(), 1u);
    EXPECT_EQ(sse::SearchActors(d, "한국국제")[0], 2) << "Hangul, as a Korean room types it";
    EXPECT_EQ(sse::SearchActors(d, "cooperacion corea")[0], 2) << "accents folded in the translation too";
    EXPECT_EQ(sse::SearchActors(d, "agencia accio")[0], 0) << "translated short name";
    EXPECT_TRUE(sse::SearchActors(d, "협력단 bicycle").empty()) << "every word must match the same actor";
}

TEST(Search, FindsTranslatedNamesKeptApartFromTheData) {
    const sse::Dataset d = Sample();  // the bundled data keeps its translations in an overlay file
    std::map<std::string, sse::Translations> overlay;
    overlay["sea"]["fr"]["name"] = "Académie de l'entreprise sociale";
    EXPECT_TRUE(sse::SearchActors(d, "academie").empty());
    const std::vector<int> hits = sse::SearchActors(d, "academie", 20, &overlay);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0], 3);
}
