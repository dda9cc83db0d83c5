// import_exchange_test.cpp: what the page's converter module hands the main module survives the trip as JSON.
#include "core/import_exchange.h"

#include <gtest/gtest.h>

#include "core/import_formats.h"

TEST(ImportExchange, MappedImportRoundTrips) {
    sse::MappedImport m = sse::ImportFiles({{"actors.csv", "id,name,kind,level,territory\na,Alpha,practitioner,local,ES\n"}});
    ASSERT_FALSE(m.diagnostics.empty());  // at least the missing sources/confidence warning
    ASSERT_EQ(m.generated_territories, std::vector<std::string>{"es"});  // ES: a country from the table
    sse::MappedImport back;
    const std::string text = sse::MappedImportToJson(m);
    // The data set travels apart (web/files.js copies it between the modules' memories), not inside this text.
    EXPECT_EQ(text.find("\"json\""), std::string::npos);
    EXPECT_EQ(text.find("Alpha"), std::string::npos);
    ASSERT_TRUE(sse::MappedImportFromJson(text, &back));
    EXPECT_EQ(back.ok, m.ok);
    EXPECT_TRUE(back.json.empty());
    EXPECT_EQ(back.generated_territories, m.generated_territories);
    EXPECT_EQ(back.errors, m.errors);
    EXPECT_EQ(back.warnings, m.warnings);
    EXPECT_EQ(back.actors, m.actors);
    EXPECT_EQ(back.territories, m.territories);
    ASSERT_EQ(back.diagnostics.size(), m.diagnostics.size());
    for (size_t i = 0; i < m.diagnostics.size(); ++i) {
        EXPECT_EQ(sse::FormatDiagnostic(back.diagnostics[i]), sse::FormatDiagnostic(m.diagnostics[i]));
        EXPECT_EQ(back.diagnostics[i].code, m.diagnostics[i].code);
        EXPECT_EQ(back.diagnostics[i].severity, m.diagnostics[i].severity);
    }
    EXPECT_FALSE(sse::MappedImportFromJson("{\"ok\": true}", &back));
    EXPECT_FALSE(sse::MappedImportFromJson("not json", &back));
}

TEST(ImportExchange, LooksRoundTripAndBadEntriesAreSkipped) {
    std::map<std::string, sse::NodeLook> looks;
    looks["accio"] = {12.5, -3.25, 7, 10, 20, 30};
    const auto back = sse::LooksFromJson(sse::LooksToJson(looks));
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back.at("accio").x, 12.5);
    EXPECT_EQ(back.at("accio").y, -3.25);
    EXPECT_EQ(back.at("accio").b, 30);
    EXPECT_TRUE(sse::LooksFromJson("{\"x\": [1, 2], \"y\": \"no\"}").empty());
    EXPECT_TRUE(sse::LooksFromJson("[").empty());
}

TEST(ImportExchange, ExportReplyCarriesWorkbooksAsBase64) {
    EXPECT_EQ(sse::Base64(""), "");
    EXPECT_EQ(sse::Base64("f"), "Zg==");
    EXPECT_EQ(sse::Base64("fo"), "Zm8=");
    EXPECT_EQ(sse::Base64("foo"), "Zm9v");
    const std::string reply = sse::ExportReplyJson({{"a.xlsx", std::string("PK\x03\x04", 4)}, {"a.gexf", "<gexf/>"}}, "");
    EXPECT_NE(reply.find("\"base64\":\"UEsDBA==\""), std::string::npos) << reply;
    EXPECT_NE(reply.find("\"text\":\"<gexf/>\""), std::string::npos) << reply;
    EXPECT_NE(sse::ExportReplyJson({}, "no").find("\"ok\":false"), std::string::npos);
}
