// json_reader_test.cpp: the position-aware JSON reader, cross-checked against nlohmann/json.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <limits>
#include <random>
#include <string>
#include <vector>

#include "core/json_reader.h"

namespace sse::json {
namespace {

// My tree -> nlohmann, to compare values with nlohmann's own parse.
nlohmann::json ToNlohmann(const Document& doc, const Value& v) {
    switch (v.type) {
        case Type::Null: return nullptr;
        case Type::Bool: return v.boolean();
        case Type::Number: return v.number;
        case Type::String: return std::string(doc.String(v));
        case Type::Array: {
            nlohmann::json a = nlohmann::json::array();
            for (uint32_t i = 0; i < v.size(); ++i) a.push_back(ToNlohmann(doc, doc.Element(v, i)));
            return a;
        }
        case Type::Object: {
            nlohmann::json o = nlohmann::json::object();
            for (const Member* m = doc.MembersBegin(v); m != doc.MembersEnd(v); ++m) {
                o[std::string(doc.Key(*m))] = ToNlohmann(doc, doc.Of(*m));
            }
            return o;
        }
    }
    return nullptr;
}

// nlohmann keeps integers as integers; compare every number as a double.
nlohmann::json NumbersAsDoubles(const nlohmann::json& j) {
    if (j.is_number()) return j.get<double>();
    if (j.is_array()) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& e : j) a.push_back(NumbersAsDoubles(e));
        return a;
    }
    if (j.is_object()) {
        nlohmann::json o = nlohmann::json::object();
        for (auto it = j.begin(); it != j.end(); ++it) o[it.key()] = NumbersAsDoubles(it.value());
        return o;
    }
    return j;
}

bool MyAccept(const std::string& text) {
    Document doc;
    std::vector<Problem> problems;
    return Parse(text, &doc, &problems);
}

const std::vector<std::string>& Corpus() {
    static const std::vector<std::string> corpus = {
        R"({})",
        R"([])",
        R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})",
        R"([1, -1, 0, -0, 0.5, -0.25, 1e3, 1E-3, 2.5e+10, 123456789012345678901234567890, 1e-400])",
        R"([0.1, 0.7, 3.14159265358979323846, 9007199254740993, 18446744073709551615, 1.7976931348623157e308])",
        R"(["plain", "esc\"aped", "back\\slash", "sl\/ash", "\b\f\n\r\t", "\u00e9\u4e2d", "\ud83d\ude00", "\u0000x"])",
        "[\"caf\xC3\xA9\", \"\xE4\xB8\xAD\xE6\x96\x87\", \"\xF0\x9F\x98\x80\"]",
        R"({"dup": 1, "dup": 2, "x": {"dup": [1], "dup": [2]}})",
        "  \n\t{\"ws\" :\r\n [ 1 ,2 ] }  \n",
        R"("just a string")",
        R"(42)",
        R"(true)",
        R"(null)",
    };
    return corpus;
}

TEST(JsonReader, AgreesWithNlohmannOnValidInput) {
    for (const std::string& text : Corpus()) {
        Document doc;
        std::vector<Problem> problems;
        ASSERT_TRUE(Parse(text, &doc, &problems)) << text << "\n" << (problems.empty() ? "" : problems.back().message);
        const nlohmann::json expected = NumbersAsDoubles(nlohmann::json::parse(text));
        EXPECT_EQ(ToNlohmann(doc, doc.root()), expected) << text;
    }
}

TEST(JsonReader, RejectsWhatNlohmannRejects) {
    const std::vector<std::string> bad = {
        "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{'a':1}", "[01]", "[1.]", "[.5]", "[1e]",
        "[-]", "[+1]", "[NaN]", "[Infinity]", "[tru]", "[True]", "[nul]", "[\"a\nb\"]", "[\"\\q\"]", "[\"\\u12G4\"]",
        "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "[1 2]", "{\"a\":1}}", "[1]x", "/*c*/{}", "[\"a\"",
        "[\"\xC3\"]", "[\"\xC0\xAF\"]", "[\"\xED\xA0\x80\"]", "[\"\xF4\x90\x80\x80\"]", "[\"\xFF\"]",
        "[\"\x01\"]", "{\"a\":}", "[,1]", "{,}", "{\"a\":1 \"b\":2}",
    };
    for (const std::string& text : bad) {
        EXPECT_FALSE(nlohmann::json::accept(text)) << "fixture is not invalid: " << text;
        Document doc;
        std::vector<Problem> problems;
        EXPECT_FALSE(Parse(text, &doc, &problems)) << text;
        ASSERT_FALSE(problems.empty()) << text;
        EXPECT_TRUE(problems.back().is_error) << text;
        EXPECT_FALSE(problems.back().message.empty()) << text;
    }
}

// Random edits of valid documents: both parsers must agree on accept/reject, and nothing may crash.
TEST(JsonReader, FuzzAgreesWithNlohmann) {
    std::mt19937 rng(12345);
    const std::string alphabet = "{}[],:\"\\/ 0123456789-+.eEtrufalsn\n\t\xC3\xA9\xFF\x80\xED";
    int accepted = 0, rejected = 0;
    for (int iteration = 0; iteration < 20000; ++iteration) {
        std::string text = Corpus()[rng() % Corpus().size()];
        const int edits = 1 + static_cast<int>(rng() % 3);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const size_t pos = rng() % text.size();
            const char c = alphabet[rng() % alphabet.size()];
            switch (rng() % 3) {
                case 0: text[pos] = c; break;
                case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(pos), c); break;
                default: text.erase(pos, 1); break;
            }
        }
        const bool mine = MyAccept(text);
        if (mine && !nlohmann::json::accept(text)) {
            // Allowed only for the deliberate difference: a number that overflows a double.
            bool overflow = false;
            try {
                const nlohmann::json ignored = nlohmann::json::parse(text);
            } catch (const nlohmann::json::out_of_range& e) {
                overflow = e.id == 406;
            } catch (const nlohmann::json::exception&) {
            }
            ASSERT_TRUE(overflow) << "input: " << text;
            continue;
        }
        ASSERT_EQ(mine, nlohmann::json::accept(text)) << "input: " << text;
        (mine ? accepted : rejected)++;
        if (mine) {
            Document doc;
            std::vector<Problem> problems;
            Parse(text, &doc, &problems);
            ASSERT_EQ(ToNlohmann(doc, doc.root()), NumbersAsDoubles(nlohmann::json::parse(text))) << text;
        }
    }
    // The fuzzer must exercise both outcomes, or it tests nothing.
    EXPECT_GT(accepted, 1000);
    EXPECT_GT(rejected, 1000);
}

// Two deliberate differences from nlohmann. Numbers too large for a double become infinity instead of
// an error, so that the validator can say "latitude 1e999 is not a finite number" with its field.
// A byte order mark is an error here: the loader strips it before parsing.
TEST(JsonReader, DeliberateDifferencesFromNlohmann) {
    Document doc;
    std::vector<Problem> problems;
    ASSERT_TRUE(Parse("[1e400, -1e999, 1e-400]", &doc, &problems));
    EXPECT_EQ(doc.Element(doc.root(), 0).number, std::numeric_limits<double>::infinity());
    EXPECT_EQ(doc.Element(doc.root(), 1).number, -std::numeric_limits<double>::infinity());
    EXPECT_EQ(doc.Element(doc.root(), 2).number, 0.0);
    EXPECT_FALSE(nlohmann::json::accept("[1e400]"));
    EXPECT_FALSE(Parse("\xEF\xBB\xBF{}", &doc, &problems));
    EXPECT_TRUE(nlohmann::json::accept("\xEF\xBB\xBF{}"));
}

TEST(JsonReader, RecordsOffsetsOfValuesAndKeys) {
    const std::string text = "{\n  \"a\": [10, \"x\"],\n  \"b\": {\"c\": null}\n}";
    Document doc;
    std::vector<Problem> problems;
    ASSERT_TRUE(Parse(text, &doc, &problems));
    const Value& root = doc.root();
    ASSERT_EQ(root.size(), 2u);
    const Member& a = doc.MembersBegin(root)[0];
    EXPECT_EQ(doc.Key(a), "a");
    EXPECT_EQ(a.key_offset, text.find("\"a\""));
    const Value& array = doc.Of(a);
    EXPECT_EQ(array.offset, text.find('['));
    EXPECT_EQ(doc.Element(array, 0).offset, text.find("10"));
    EXPECT_EQ(doc.Element(array, 1).offset, text.find("\"x\""));
    const Value& b = doc.Of(doc.MembersBegin(root)[1]);
    EXPECT_EQ(doc.Of(*doc.MembersBegin(b)).offset, text.find("null"));
}

TEST(JsonReader, DuplicateKeysWarnAndKeepTheLast) {
    const std::string text = R"({"x": {"k": 1, "k": 2}})";
    Document doc;
    std::vector<Problem> problems;
    ASSERT_TRUE(Parse(text, &doc, &problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_FALSE(problems[0].is_error);
    EXPECT_EQ(problems[0].pointer, "/x/k");
    EXPECT_EQ(problems[0].offset, text.rfind("\"k\""));
    EXPECT_EQ(problems[0].message, "duplicate key 'k'; the last one is used");
    const Value& x = doc.Of(*doc.MembersBegin(doc.root()));
    ASSERT_EQ(x.size(), 1u);
    EXPECT_EQ(doc.Of(*doc.MembersBegin(x)).number, 2);
}

TEST(JsonReader, ManyDuplicateKeysUseTheHashPath) {
    std::string text = "{";
    for (int i = 0; i < 40; ++i) text += "\"k" + std::to_string(i % 20) + "\": " + std::to_string(i) + (i < 39 ? "," : "");
    text += "}";
    Document doc;
    std::vector<Problem> problems;
    ASSERT_TRUE(Parse(text, &doc, &problems));
    EXPECT_EQ(problems.size(), 20u);
    ASSERT_EQ(doc.root().size(), 20u);
    for (const Member* m = doc.MembersBegin(doc.root()); m != doc.MembersEnd(doc.root()); ++m) {
        EXPECT_GE(doc.Of(*m).number, 20) << doc.Key(*m);  // the second occurrence of each key
    }
}

TEST(JsonReader, DepthLimitIsEnforcedWithoutRecursingFurther) {
    ParseOptions options;
    options.max_depth = 64;
    Document doc;
    std::vector<Problem> problems;
    EXPECT_TRUE(Parse(std::string(64, '[') + std::string(64, ']'), &doc, &problems, options));
    problems.clear();
    EXPECT_FALSE(Parse(std::string(65, '[') + std::string(65, ']'), &doc, &problems, options));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].offset, 64u);
    // 1,000,000 levels: must fail fast and cleanly, not overflow the stack.
    problems.clear();
    EXPECT_FALSE(Parse(std::string(1000000, '['), &doc, &problems, options));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("nesting is too deep"), std::string::npos);
}

TEST(JsonReader, LocatorCountsLinesAndCodePoints) {
    const std::string text = "ab\n\xC3\xA9t\xC3\xA9\n\n\xF0\x9F\x98\x80x";
    Locator loc(text);
    auto at = [&](size_t offset) {
        const LineColumn lc = loc.At(offset);
        return std::to_string(lc.line) + ":" + std::to_string(lc.column);
    };
    EXPECT_EQ(at(0), "1:1");
    EXPECT_EQ(at(2), "1:3");
    EXPECT_EQ(at(3), "2:1");
    EXPECT_EQ(at(6), "2:3");  // after 'é' (2 bytes) and 't'
    EXPECT_EQ(at(9), "3:1");
    EXPECT_EQ(at(14), "4:2");  // after the 4-byte emoji
    EXPECT_EQ(at(1), "1:2");   // going backwards still works
}

TEST(JsonReader, Utf8SequenceLength) {
    auto len = [](const std::string& s) {
        const auto* p = reinterpret_cast<const unsigned char*>(s.data());
        return Utf8SequenceLength(p, p + s.size());
    };
    EXPECT_EQ(len("a"), 1);
    EXPECT_EQ(len("\xC3\xA9"), 2);
    EXPECT_EQ(len("\xE2\x82\xAC"), 3);
    EXPECT_EQ(len("\xF0\x9F\x98\x80"), 4);
    EXPECT_EQ(len("\xC3"), 0);              // truncated
    EXPECT_EQ(len("\xC0\xAF"), 0);          // overlong
    EXPECT_EQ(len("\xE0\x80\xAF"), 0);      // overlong
    EXPECT_EQ(len("\xED\xA0\x80"), 0);      // surrogate
    EXPECT_EQ(len("\xF4\x90\x80\x80"), 0);  // above U+10FFFF
    EXPECT_EQ(len("\x80"), 0);              // lone continuation byte
    EXPECT_EQ(len("\xE9"), 0);              // Latin-1 é
}

TEST(JsonReader, PointerTokensAreEscaped) {
    std::string p;
    AppendPointerToken(&p, "a/b~c");
    AppendPointerToken(&p, "");
    EXPECT_EQ(p, "/a~1b~0c/");
}

class CollectingHandler : public StreamHandler {
public:
    void OnRootArrayBegin(std::string_view key, uint32_t offset) override {
        seen.push_back(std::string(key) + "@" + std::to_string(offset));
    }
    void OnRootArrayElement(std::string_view key, uint32_t, uint32_t index, const Document& doc, const Value& element) override {
        seen.push_back(std::string(key) + "[" + std::to_string(index) + "]=" + ToNlohmann(doc, element).dump());
    }
    std::vector<std::string> seen;
};

TEST(JsonReader, StreamsRootArrayElementsAndDropsThem) {
    const std::string text = R"({"a": [1, {"x": "\u00e9"}], "n": {"b": [2]}, "c": [], "d": [[3]]})";
    CollectingHandler handler;
    ParseOptions options;
    options.stream = &handler;
    Document doc;
    std::vector<Problem> problems;
    ASSERT_TRUE(Parse(text, &doc, &problems, options));
    EXPECT_EQ(handler.seen, (std::vector<std::string>{"a@6", "a[0]=1.0", "a[1]={\"x\":\"\xC3\xA9\"}", "c@50", "d@59",
                                                      "d[0]=[3.0]"}));
    const Value& a = doc.Of(doc.MembersBegin(doc.root())[0]);
    EXPECT_TRUE(a.flags & Value::kStreamed);
    EXPECT_EQ(a.size(), 2u);
    // Nested arrays are not streamed; the tree only holds what is left.
    const Value& n = doc.Of(doc.MembersBegin(doc.root())[1]);
    EXPECT_EQ(ToNlohmann(doc, n).dump(), "{\"b\":[2.0]}");
    EXPECT_LT(doc.values.size(), 10u);
    EXPECT_TRUE(doc.decoded.empty());
}

}  // namespace
}  // namespace sse::json
