// accessible_view_test.cpp: the accessible mirror's data (core/accessible_view.h) on the bundled data set.
#include "core/accessible_view.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/explorer.h"

namespace {

TEST(AccessibleView, SelectionLinksSourcesAndTourStepFollowTheExplorer) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json"));
    const std::string key0 = sse::AccessibleViewKey(ex);
    auto v = nlohmann::json::parse(sse::AccessibleViewJson(ex, true));
    ASSERT_EQ(v["actors"].size(), ex.Data().actors.size());
    EXPECT_TRUE(v["selected"].is_null());
    EXPECT_TRUE(v["tour"].is_null());

    ASSERT_TRUE(ex.Command("select accio").ok);
    EXPECT_NE(sse::AccessibleViewKey(ex), key0) << "a new selection changes the key";
    v = nlohmann::json::parse(sse::AccessibleViewJson(ex, false));
    EXPECT_FALSE(v.contains("actors")) << "the actor list only when asked for";
    EXPECT_EQ(v["selected"]["id"], "accio");
    EXPECT_NE(v["selected"]["about"].get<std::string>().find("Catalonia"), std::string::npos) << v["selected"]["about"];
    size_t expected_links = 0;
    for (const sse::Link& l : ex.Data().links) expected_links += ex.Data().actors[l.from].id == "accio" || ex.Data().actors[l.to].id == "accio";
    ASSERT_EQ(v["selected"]["links"].size(), expected_links);
    ASSERT_GT(expected_links, 0u);
    for (const auto& l : v["selected"]["links"]) EXPECT_NE(l["id"], "accio") << "each link names the other actor";
    EXPECT_FALSE(v["selected"]["sources"].empty());

    ASSERT_TRUE(ex.Command("tour silk-brief").ok);
    ASSERT_TRUE(ex.Command("next").ok);
    v = nlohmann::json::parse(sse::AccessibleViewJson(ex, false));
    EXPECT_EQ(v["tour"]["step"], 2);
    EXPECT_EQ(v["tour"]["caption"], ex.CurrentStep()->text);
    EXPECT_EQ(v["tour"]["stepTitle"], ex.CurrentStep()->title);
    const std::string key1 = sse::AccessibleViewKey(ex);
    ASSERT_TRUE(ex.Command("next").ok);
    EXPECT_NE(sse::AccessibleViewKey(ex), key1) << "a tour step changes the key";
}

}  // namespace
