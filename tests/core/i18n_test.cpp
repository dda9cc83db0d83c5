// i18n_test.cpp: the string table (core/i18n.h): placeholders, plurals, the pseudo-language, and every
// translation file complete against English (assets/i18n/en.json, made from the sources).
#include "core/i18n.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/explorer.h"
#include "core/vocabulary.h"

namespace sse::i18n {
namespace {

std::string ReadFile(const std::string& path) {
    std::ifstream in(std::string(SSE_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::set<std::string> PlaceholderSet(const std::string& text) {
    std::vector<std::string> v = Placeholders(text);
    return {v.begin(), v.end()};
}

// Restores English after each test: the table is process-wide.
class I18n : public ::testing::Test {
  protected:
    void TearDown() override { UseEnglish(); }
};

TEST_F(I18n, FormatReplacesNamedPlaceholdersInAnyOrder) {
    EXPECT_EQ(Format("{a} of {b}", {{"a", "3"}, {"b", "10"}}), "3 of 10");
    EXPECT_EQ(Format("{b} : {a}", {{"a", "3"}, {"b", "10"}}), "10 : 3");
    EXPECT_EQ(Format("{a}{a}", {{"a", "x"}}), "xx");
    EXPECT_EQ(Format("{missing} stays", {{"a", "x"}}), "{missing} stays");
    EXPECT_EQ(Format("{{literal}} {a}", {{"a", "x"}}), "{literal} x");
    EXPECT_EQ(Format("unclosed {a", {{"a", "x"}}), "unclosed {a");
    EXPECT_EQ(Placeholders("{b} {a} {b} {{c}}"), (std::vector<std::string>{"b", "a"}));
}

TEST_F(I18n, PluralRulesPerLanguage) {
    EXPECT_STREQ(PluralCategory("en", 0), "other");
    EXPECT_STREQ(PluralCategory("en", 1), "one");
    EXPECT_STREQ(PluralCategory("en", 2), "other");
    EXPECT_STREQ(PluralCategory("fr", 0), "one");  // French: 0 is singular
    EXPECT_STREQ(PluralCategory("fr", 1), "one");
    EXPECT_STREQ(PluralCategory("fr", 2), "other");
    for (long long n : {0LL, 1LL, 2LL, 100LL}) EXPECT_STREQ(PluralCategory("ko", n), "other");  // Korean: none
    for (const char* l : {"es", "pt", "ca"}) {
        EXPECT_STREQ(PluralCategory(l, 1), "one");
        EXPECT_STREQ(PluralCategory(l, 0), "other");
        EXPECT_STREQ(PluralCategory(l, 5), "other");
    }
}

TEST_F(I18n, TrNPicksTheFormAndFillsCount) {
    EXPECT_EQ(TrN("x.actors", 1, "{count} actor", "{count} actors"), "1 actor");
    EXPECT_EQ(TrN("x.actors", 0, "{count} actor", "{count} actors"), "0 actors");
    Catalog fr;
    fr.code = "fr";
    std::string error;
    ASSERT_TRUE(fr.Parse(R"({"x.actors": {"one": "{count} acteur", "other": "{count} acteurs"}, "x.t": "Bonjour {name}"})", error)) << error;
    UseCatalog(fr);
    EXPECT_EQ(TrN("x.actors", 0, "{count} actor", "{count} actors"), "0 acteur");
    EXPECT_EQ(TrN("x.actors", 2, "{count} actor", "{count} actors"), "2 acteurs");
    EXPECT_EQ(TrF("x.t", "Hello {name}", {{"name", "Ana"}}), "Bonjour Ana");
    EXPECT_STREQ(Tr("x.absent", "Fallback"), "Fallback");  // a missing text shows the English, never a blank
    Catalog ko;
    ko.code = "ko";
    ASSERT_TRUE(ko.Parse(R"({"x.actors": {"other": "행위자 {count}개"}})", error)) << error;
    UseCatalog(ko);
    EXPECT_EQ(TrN("x.actors", 1, "{count} actor", "{count} actors"), "행위자 1개");
}

TEST_F(I18n, ParseRejectsWhatIsNotATranslationFile) {
    Catalog c;
    std::string error;
    EXPECT_FALSE(c.Parse("{not json", error));
    EXPECT_EQ(error, "not valid JSON");
    EXPECT_FALSE(c.Parse("[1, 2]", error));
    EXPECT_FALSE(c.Parse(R"({"a": 3})", error));
    EXPECT_NE(error.find("\"a\""), std::string::npos);
}

TEST_F(I18n, PseudoIsLongerAccentedAndKeepsPlaceholders) {
    const std::string en = "Search actors: {count} of {total} (%d%%)";
    const std::string p = Pseudo(en);
    EXPECT_EQ(p.front(), '[');
    EXPECT_EQ(p.back(), ']');
    EXPECT_NE(p.find("{count}"), std::string::npos);
    EXPECT_NE(p.find("{total}"), std::string::npos);
    EXPECT_NE(p.find("%d"), std::string::npos);
    EXPECT_NE(p.find("%%"), std::string::npos);
    EXPECT_NE(p.find("Šéàŕçĥ"), std::string::npos);
    // About 40 % longer in characters (UTF-8 code points, not bytes).
    auto chars = [](const std::string& s) {
        size_t n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        return n;
    };
    EXPECT_GE(chars(p), chars(en) * 13 / 10);
    UsePseudo();
    EXPECT_EQ(std::string(Tr("x.search", "Search")), Pseudo("Search"));
    EXPECT_EQ(CurrentCode(), "qps");
}

TEST_F(I18n, MatchLocale) {
    EXPECT_EQ(MatchLocale("es-MX"), "es");
    EXPECT_EQ(MatchLocale("pt_BR.UTF-8"), "pt");
    EXPECT_EQ(MatchLocale("fr_CA@euro"), "fr");
    EXPECT_EQ(MatchLocale("ko-KR"), "ko");
    EXPECT_EQ(MatchLocale("C.UTF-8"), "");
    EXPECT_EQ(MatchLocale("de-DE"), "");
    EXPECT_EQ(MatchLocale("qps"), "");
}

// Every shipped language: the same keys as English, the same placeholders, the plural forms its rule needs.
TEST_F(I18n, EveryTranslationIsComplete) {
    const nlohmann::json en = nlohmann::json::parse(ReadFile("assets/i18n/en.json"));
    ASSERT_GT(en.size(), 100u);
    for (const Language& lang : Languages()) {
        if (std::string(lang.code) == "en") continue;
        SCOPED_TRACE(lang.code);
        const std::string text = ReadFile(std::string("assets/i18n/") + lang.code + ".json");
        ASSERT_FALSE(text.empty()) << "assets/i18n/" << lang.code << ".json is missing";
        Catalog c;
        std::string error;
        ASSERT_TRUE(c.Parse(text, error)) << lang.code << ".json: " << error;
        const bool has_one = std::string(PluralCategory(lang.code, 1)) == "one";
        for (auto it = en.begin(); it != en.end(); ++it) {
            const Catalog::Entry* e = c.Find(it.key());
            if (!e) {
                ADD_FAILURE() << lang.code << ".json lacks \"" << it.key() << "\"";
                continue;
            }
            EXPECT_FALSE(e->other.empty()) << lang.code << ": \"" << it.key() << "\" is empty";
            if (it.value().is_object()) {
                EXPECT_TRUE(e->plural) << lang.code << ": \"" << it.key() << "\" must be a plural {one, other}";
                if (has_one) {
                    EXPECT_FALSE(e->one.empty()) << lang.code << ": \"" << it.key() << "\" lacks its \"one\" form";
                }
                const std::string en_other = it.value()["other"].get<std::string>();
                EXPECT_EQ(PlaceholderSet(e->other), PlaceholderSet(en_other)) << lang.code << ": \"" << it.key() << "\" other";
                // The singular may spell the number out ("un acteur"), but has no placeholder English lacks.
                for (const std::string& p : Placeholders(e->one))
                    EXPECT_TRUE(PlaceholderSet(en_other).count(p)) << lang.code << ": \"" << it.key() << "\" one has {" << p << "}";
            } else {
                EXPECT_FALSE(e->plural) << lang.code << ": \"" << it.key() << "\" is not a plural in English";
                EXPECT_EQ(PlaceholderSet(e->other), PlaceholderSet(it.value().get<std::string>()))
                    << lang.code << ": \"" << it.key() << "\" placeholders differ from English";
            }
        }
        for (const auto& [key, entry] : c.entries)
            EXPECT_TRUE(en.contains(key)) << lang.code << ".json has \"" << key << "\", which English does not have";
    }
}

// en.json holds every vocabulary row (scripts/i18n_extract.mjs reads vocabulary.cpp): a row added without
// re-running the script, or a changed id scheme, fails here.
TEST_F(I18n, EnglishTableHasTheVocabulary) {
    const nlohmann::json en = nlohmann::json::parse(ReadFile("assets/i18n/en.json"));
    const EnumTable& kinds = TableOf<ActorKind>();
    for (int i = 0; i < kinds.count; ++i) {
        const std::string id = std::string("vocab.actor_kind.") + kinds.Name(i);
        ASSERT_TRUE(en.contains(id)) << id;
        EXPECT_EQ(en[id].get<std::string>(), kinds.Display(i));
    }
    EXPECT_TRUE(en.contains("vocab.confidence.brief"));
    EXPECT_TRUE(en.contains("vocab.filter_field.kind"));
}

TEST_F(I18n, VocabularyDisplayNamesFollowTheLanguage) {
    Catalog es;
    es.code = "es";
    std::string error;
    ASSERT_TRUE(es.Parse(R"({"vocab.actor_kind.network": "Red"})", error));
    UseCatalog(es);
    EXPECT_STREQ(DisplayName(ActorKind::Network), "Red");
    EXPECT_STREQ(WireName(ActorKind::Network), "network");  // files, commands and links keep the wire names
    UseEnglish();
    EXPECT_STREQ(DisplayName(ActorKind::Network), "Network");
}

// The command switches the table and keeps the view; a language without its file waits (the web fetches it).
TEST_F(I18n, LanguageCommandKeepsTheView) {
    Explorer ex;
    ASSERT_TRUE(ex.LoadFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json"));
    ASSERT_TRUE(ex.Command("select " + ex.Data().actors[3].id).ok);
    const int selected = ex.Selected();
    ex.read_language = [](const std::string& code, std::string& text) {
        text = ReadFile("assets/i18n/" + code + ".json");
        return !text.empty();
    };
    CommandResult r = ex.Command("language es");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(ex.presentation.language, "es");
    EXPECT_EQ(CurrentCode(), "es");
    EXPECT_EQ(ex.Selected(), selected);
    EXPECT_EQ(r.message, "Idioma: Español");
    EXPECT_FALSE(ex.Command("language xx").ok);
    EXPECT_EQ(ex.Command("language xx").code, "unknown-language");
    EXPECT_TRUE(ex.Command("language qps").ok);
    EXPECT_EQ(CurrentCode(), "qps");
    ex.read_language = nullptr;
    r = ex.Command("language fr");
    EXPECT_EQ(r.code, "loading");
    EXPECT_EQ(ex.pending_language, "fr");
    EXPECT_EQ(ex.presentation.language, "qps");  // unchanged until the file is here
    EXPECT_TRUE(ex.Command("language en").ok);
    EXPECT_TRUE(ex.pending_language.empty());
}

}  // namespace
}  // namespace sse::i18n
