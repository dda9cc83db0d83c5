// url_test.cpp: only http(s) addresses from data are ever opened.
#include "core/url.h"

#include <gtest/gtest.h>

#include <string>

#include "core/dataset_loader.h"

namespace {

TEST(IsWebUrl, AcceptsHttpAndHttps) {
    EXPECT_TRUE(sse::IsWebUrl("https://www.oecd.org/cfe/leed/social-economy/"));
    EXPECT_TRUE(sse::IsWebUrl("http://example.org"));
    EXPECT_TRUE(sse::IsWebUrl("HTTPS://EXAMPLE.ORG/A?b=c#d"));
}

TEST(IsWebUrl, RefusesScriptsDataAndOtherSchemes) {
    for (const char* url : {"javascript:alert(1)", "JavaScript:alert(document.domain)", " javascript:alert(1)",
                            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
                            "blob:http://127.0.0.1/x", "about:blank", "ftp://example.org", "//example.org/x",
                            "/relative/path", "example.org", "", "https://", "http://", "https:///x", "https:\\\\x",
                            "https://exa mple.org", "https://example.org/\njavascript:alert(1)", "https://a\tb",
                            "java\tscript:alert(1)"})
        EXPECT_FALSE(sse::IsWebUrl(url)) << url;
    EXPECT_FALSE(sse::IsWebUrl(std::string("https://a\0b", 11)));
}

// The loader refuses such addresses in a data set too: the whole file is rejected with a message at the place.
std::string WithWebsite(const std::string& url) {
    return R"({"format": "sse-explorer/1", "dataset": {"id": "t", "title": "T"},
      "territories": [{"id": "w", "name": "World", "kind": "global"}],
      "actors": [{"id": "a", "name": "A", "kind": "public_agency", "level": "international", "territory": "w",
                  "website": ")" + url + R"(", "confidence": "verified",
                  "sources": [{"url": "https://example.org/", "title": "S"}]}],
      "links": [], "cases": [], "recommendations": []})";
}

TEST(IsWebUrl, LoaderRefusesJavascriptAndDataWebsites) {
    sse::LoadResult good = sse::LoadDataset(WithWebsite("https://example.org/a"), "t.json");
    ASSERT_TRUE(good.ok) << (good.diagnostics.empty() ? "" : good.diagnostics[0].message);
    ASSERT_EQ(good.dataset.actors.at(0).website, "https://example.org/a");
    for (const char* url : {"javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x"}) {
        sse::LoadResult r = sse::LoadDataset(WithWebsite(url), "t.json");
        EXPECT_FALSE(r.ok) << url;
        bool found = false;
        for (const sse::Diagnostic& d : r.diagnostics)
            found = found || d.message.find("must start with http:// or https://") != std::string::npos;
        EXPECT_TRUE(found) << url;
        for (const sse::Diagnostic& d : r.diagnostics)  // no "did you mean 'https://javascript:...'?"
            EXPECT_EQ(d.message.find("did you mean"), std::string::npos) << d.message;
    }
    sse::LoadResult bare = sse::LoadDataset(WithWebsite("www.example.org"), "t.json");
    ASSERT_FALSE(bare.ok);
    EXPECT_NE(bare.diagnostics.at(0).message.find("did you mean 'https://www.example.org'?"), std::string::npos)
        << bare.diagnostics.at(0).message;
}

}  // namespace
