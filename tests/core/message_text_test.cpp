// message_text_test.cpp: messages with a stable code read in the reader's language (core/message_text.h).
#include "core/message_text.h"

#include <gtest/gtest.h>

#include "core/diagnostic_codes.h"
#include "core/i18n.h"

namespace sse {
namespace {

class MessageTextTest : public ::testing::Test {
  protected:
    void TearDown() override { i18n::UseEnglish(); }
};

// Every diagnostic code has a sentence: a code added without one would show English in every language.
TEST_F(MessageTextTest, EveryDiagnosticCodeHasASentence) {
    for (size_t i = 0; i < kDiagnosticCodeCount; ++i)
        EXPECT_TRUE(HasMessageSentence(DiagnosticCodeTable()[i].name)) << DiagnosticCodeTable()[i].name;
}

TEST_F(MessageTextTest, EnglishIsTheMessageItself) {
    Diagnostic d;
    d.file = "a.json";
    d.line = 3;
    d.column = 7;
    d.pointer = "/actors/0/kind";
    d.message = "unknown actor kind 'agency'";
    d.code = "bad-enum";
    EXPECT_EQ(DiagnosticLine(d), FormatDiagnostic(d));
    EXPECT_EQ(MessageText("unknown-actor", "no actor 'x'"), "no actor 'x'");
}

TEST_F(MessageTextTest, AnotherLanguageGetsTheCodesSentenceAndKeepsTheDetails) {
    i18n::Catalog es;
    es.code = "es";
    std::string error;
    ASSERT_TRUE(es.Parse(R"j({"msg.bad-enum": "Valor no permitido.", "msg.error": "error", "msg.warning": "aviso",
                            "msg.with_details": "{text} (en inglés: {details})"})j", error)) << error;
    i18n::UseCatalog(es);
    Diagnostic d;
    d.file = "a.json";
    d.line = 3;
    d.column = 7;
    d.pointer = "/actors/0/kind";
    d.message = "unknown actor kind 'agency'";
    d.code = "bad-enum";
    EXPECT_EQ(DiagnosticLine(d), "a.json:3:7: error: /actors/0/kind: Valor no permitido. (en inglés: unknown actor kind 'agency')");
    d.severity = Diagnostic::Severity::Warning;
    EXPECT_EQ(DiagnosticLine(d), "a.json:3:7: aviso: /actors/0/kind: Valor no permitido. (en inglés: unknown actor kind 'agency')");
    // A code without a sentence keeps its English (nothing goes blank).
    EXPECT_EQ(MessageText("no-such-code", "as it was"), "as it was");
    i18n::UsePseudo();
    EXPECT_NE(MessageText("bad-enum", "x").find("x)"), std::string::npos);
    EXPECT_NE(MessageText("bad-enum", "x"), "x");
}

}  // namespace
}  // namespace sse
