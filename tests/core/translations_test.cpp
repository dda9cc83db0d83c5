// translations_test.cpp: the data format's translations (data/README.md, "Translations"): read, checked with codes
// and JSON paths, kept by the writer, shown with a fallback to the original; and the bundled data's coverage.
#include <fstream>
#include <sstream>
#include <gtest/gtest.h>

#include <string>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/explorer.h"
#include "core/script_fonts.h"
#include "core/translation_overlay.h"
#include "core/translations.h"
#include "test_files.h"

namespace {

using sse::test::ReadFile;
using sse::test::SourcePath;

// tiny_valid.json with its recommendation's "cases" line extended by `extra` (a "translations" member).
std::string TinyWith(const std::string& extra) {
    std::string text = ReadFile(SourcePath("tests/data/tiny_valid.json"));
    const std::string at = "\"cases\": [\"catalonia\"]}\n";
    const size_t p = text.find(at);
    EXPECT_NE(p, std::string::npos);
    text.replace(p, at.size(), "\"cases\": [\"catalonia\"], \"translations\": " + extra + "}\n");
    return text;
}

bool Has(const sse::LoadResult& r, const std::string& code, const std::string& pointer) {
    for (const sse::Diagnostic& d : r.diagnostics)
        if (d.code == code && d.pointer == pointer) return true;
    return false;
}

TEST(Translations, AreReadAndShownWithTheOriginalAsFallback) {
    sse::LoadResult r = sse::LoadDataset(TinyWith(R"({"es": {"title": "Mirar a ambos lados"}, "ko": {"text": "안팎의 흐름"}})"), "t.json");
    ASSERT_TRUE(r.ok) << (r.diagnostics.empty() ? "" : sse::FormatDiagnostic(r.diagnostics[0]));
    const sse::Recommendation& rec = r.dataset.recommendations[0];
    EXPECT_EQ(sse::Translated(rec.translations, "es", "title", rec.title), "Mirar a ambos lados");
    EXPECT_EQ(sse::Translated(rec.translations, "es", "text", rec.text), rec.text) << "no Spanish text: the original";
    EXPECT_EQ(sse::Translated(rec.translations, "fr", "title", rec.title), rec.title) << "no French at all: the original";
    EXPECT_EQ(sse::Translated(rec.translations, "ko", "text", rec.text), "안팎의 흐름");
    EXPECT_TRUE(sse::HasTranslation(rec.translations, "es", "title"));
    EXPECT_FALSE(sse::HasTranslation(rec.translations, "en", "title"));
}

TEST(Translations, ProblemsHaveCodesAndPaths) {
    const std::string base = "/recommendations/0/translations";
    sse::LoadResult lang = sse::LoadDataset(TinyWith(R"({"de": {"title": "Beide"}})"), "t.json");
    EXPECT_FALSE(lang.ok);
    EXPECT_TRUE(Has(lang, "unknown-language", base + "/de"));
    sse::LoadResult field = sse::LoadDataset(TinyWith(R"({"es": {"summary": "x"}})"), "t.json");
    EXPECT_TRUE(field.ok) << "an unknown field is a warning, like any unknown key";
    EXPECT_TRUE(Has(field, "unknown-key", base + "/es/summary"));
    sse::LoadResult empty = sse::LoadDataset(TinyWith(R"({"fr": {"title": ""}})"), "t.json");
    EXPECT_FALSE(empty.ok);
    EXPECT_TRUE(Has(empty, "empty-text", base + "/fr/title"));
    sse::LoadResult type = sse::LoadDataset(TinyWith(R"({"ca": {"title": 3}})"), "t.json");
    EXPECT_FALSE(type.ok);
    EXPECT_TRUE(Has(type, "wrong-type", base + "/ca/title"));
    sse::LoadResult shape = sse::LoadDataset(TinyWith(R"(["es"])"), "t.json");
    EXPECT_TRUE(Has(shape, "wrong-type", base));
}

TEST(Translations, TheWriterKeepsThem) {
    sse::LoadResult r = sse::LoadDataset(TinyWith(R"({"pt": {"title": "Olhar para os dois lados"}, "es": {"text": "Flujos"}})"), "t.json");
    ASSERT_TRUE(r.ok);
    const std::string written = sse::WriteDataset(r.dataset);
    EXPECT_NE(written.find("\"es\": {\"text\": \"Flujos\"}"), std::string::npos) << written;
    EXPECT_LT(written.find("\"es\""), written.find("\"pt\"")) << "languages in alphabetical order";
    sse::LoadResult again = sse::LoadDataset(written, "again.json");
    ASSERT_TRUE(again.ok);
    EXPECT_TRUE(again.dataset == r.dataset);
}

TEST(Translations, LanguageAndOriginalCommands) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(SourcePath("data/silk.json")));
    ex.read_language = [](const std::string& code, std::string& text) {
        std::ifstream in(SourcePath("assets/i18n/" + code + ".json"), std::ios::binary);
        std::ostringstream body;
        body << in.rdbuf();
        text = body.str();
        return !text.empty();
    };
    EXPECT_EQ(ex.Command("language ko").code, "ok");
    EXPECT_EQ(ex.presentation.language, "ko");
    EXPECT_NE(ex.StateJson().find("\"language\":\"ko\""), std::string::npos);
    EXPECT_EQ(ex.Command("language de").code, "unknown-language");
    EXPECT_EQ(ex.Command("language en").code, "ok");  // the string table is the process's: back to English
    EXPECT_EQ(ex.Command("original on").code, "ok");
    EXPECT_TRUE(ex.show_original);
    EXPECT_NE(ex.StateJson().find("\"showOriginal\":true"), std::string::npos);
    EXPECT_EQ(ex.Command("original maybe").code, "usage");
}

// The bundled tour, case titles and summaries and recommendation titles are translated into every language.
TEST(Translations, BundledDataIsTranslatedIntoEveryLanguage) {
    sse::LoadResult r = sse::LoadDatasetFile(SourcePath("data/silk.json"));
    ASSERT_TRUE(r.ok);
    for (const std::string& lang : sse::TranslationLanguages()) {
        SCOPED_TRACE(lang);
        for (const sse::Tour& t : r.dataset.tours) {
            EXPECT_TRUE(sse::HasTranslation(t.translations, lang, "title")) << t.id;
            EXPECT_TRUE(sse::HasTranslation(t.translations, lang, "description")) << t.id;
            for (size_t s = 0; s < t.steps.size(); ++s) {
                EXPECT_TRUE(sse::HasTranslation(t.steps[s].translations, lang, "title")) << t.id << " step " << s + 1;
                EXPECT_TRUE(sse::HasTranslation(t.steps[s].translations, lang, "text")) << t.id << " step " << s + 1;
            }
        }
        for (const sse::Case& c : r.dataset.cases) {
            EXPECT_TRUE(sse::HasTranslation(c.translations, lang, "title")) << c.id;
            EXPECT_TRUE(sse::HasTranslation(c.translations, lang, "summary")) << c.id;
        }
        for (const sse::Recommendation& rec : r.dataset.recommendations)
            EXPECT_TRUE(sse::HasTranslation(rec.translations, lang, "title")) << rec.id;
    }
}

TEST(ScriptFonts, HangulIsFoundInTextAndData) {
    EXPECT_TRUE(sse::ContainsHangul("SILK 파트너십"));
    EXPECT_TRUE(sse::ContainsHangul("\xE3\x84\xB1"));  // ㄱ, a compatibility jamo
    EXPECT_FALSE(sse::ContainsHangul("ACCIÓ – Catalunya → Seúl"));
    EXPECT_FALSE(sse::ContainsHangul("\xEA\xB0"));  // a truncated sequence
    EXPECT_FALSE(sse::ContainsHangul("日本"));
    sse::LoadResult tiny = sse::LoadDatasetFile(SourcePath("tests/data/tiny_valid.json"));
    ASSERT_TRUE(tiny.ok);
    EXPECT_FALSE(sse::NeedsHangulFont("es", tiny.dataset));
    EXPECT_TRUE(sse::NeedsHangulFont("ko", tiny.dataset));
    sse::LoadResult korean = sse::LoadDataset(TinyWith(R"({"ko": {"title": "양방향"}})"), "t.json");
    ASSERT_TRUE(korean.ok);
    EXPECT_FALSE(sse::NeedsHangulFont("en", korean.dataset)) << "a Korean translation is shown only in Korean";
    std::string text = ReadFile(SourcePath("tests/data/tiny_valid.json"));
    text.replace(text.find("Look both ways"), 14, "양방향 Look both ways");
    sse::LoadResult own = sse::LoadDataset(text, "t.json");
    ASSERT_TRUE(own.ok);
    EXPECT_TRUE(sse::NeedsHangulFont("en", own.dataset)) << "Hangul in the data's own text needs the font in any language";
    sse::LoadResult silk = sse::LoadDatasetFile(SourcePath("data/silk.json"));
    ASSERT_TRUE(silk.ok);
    EXPECT_FALSE(sse::NeedsHangulFont("en", silk.dataset)) << "the bundled data: English pages never fetch the Korean font";
}

}  // namespace

namespace {

TEST(TranslationOverlay, IsReadAndUsedWhenTheItemHasNoneOfItsOwn) {
    sse::TranslationOverlay o;
    EXPECT_NE(sse::ReadTranslationOverlay("[]", &o), "");
    EXPECT_NE(sse::ReadTranslationOverlay(R"({"format": "sse-explorer/1"})", &o), "");
    const std::string text = R"({"format": "sse-explorer-translations/1",
        "cases": {"catalonia": {"es": {"title": "Cataluña", "colour": "rojo"}, "de": {"title": "Katalonien"}}},
        "tours": {"t": {"translations": {"ko": {"title": "투어"}}, "steps": [{}, {"fr": {"text": "Deux"}}]}}})";
    ASSERT_EQ(sse::ReadTranslationOverlay(text, &o), "");
    const sse::Translations& c = sse::TranslationsOf({}, o.cases, "catalonia");
    EXPECT_EQ(sse::Translated(c, "es", "title", "Catalonia"), "Cataluña");
    EXPECT_EQ(c.count("de"), 0u) << "a language the format does not allow is skipped";
    EXPECT_EQ(c.at("es").count("colour"), 0u) << "a field the item cannot translate is skipped";
    sse::Translations own = {{"es", {{"title", "Catalunya (propia)"}}}};
    EXPECT_EQ(sse::Translated(sse::TranslationsOf(own, o.cases, "catalonia"), "es", "title", "x"), "Catalunya (propia)")
        << "the item's own translations come first";
    sse::Tour tour;
    tour.id = "t";
    tour.steps.resize(2);
    EXPECT_EQ(sse::Translated(sse::StepTranslations(o, tour, 1), "fr", "text", "Two"), "Deux");
    EXPECT_EQ(sse::Translated(sse::StepTranslations(o, tour, 0), "fr", "text", "One"), "One");
    EXPECT_TRUE(sse::StepTranslations(o, tour, 5).empty());
}

}  // namespace
