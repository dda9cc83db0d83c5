// json_reader.cpp: see json_reader.h. One recursive-descent pass; recursion depth is bounded by
// ParseOptions::max_depth (checked before descending), so deeply nested input cannot overflow the stack.
//
// Index:
//   UTF-8, pointers, line:column ..... Utf8SequenceLength, AppendPointerToken, Locator::At
//   Parser: reporting ................ Fail (each problem's message and diagnostic code), Describe, FailUnexpected
//   Parser: values ................... ParseValue, ParseObject (+ RemoveDuplicateKeys), ParseArray
//   Parser: texts and numbers ........ ParseString (escapes, UTF-8 checks), ParseNumber
//   Entry point ...................... Parse
#include "core/json_reader.h"

#include "core/diagnostic.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <cerrno>
#include <cstdlib>
#include <unordered_map>

namespace sse::json {

int Utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
    if (p >= end) return 0;
    const unsigned char c = p[0];
    if (c < 0x80) return 1;
    auto cont = [&](int i, unsigned char lo, unsigned char hi) { return p + i < end && p[i] >= lo && p[i] <= hi; };
    if (c < 0xC2) return 0;  // continuation byte or overlong 2-byte form
    if (c < 0xE0) return cont(1, 0x80, 0xBF) ? 2 : 0;
    if (c < 0xF0) {
        const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;  // no overlong 3-byte forms
        const unsigned char hi = c == 0xED ? 0x9F : 0xBF;  // no UTF-16 surrogates
        return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
    }
    if (c < 0xF5) {
        const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;  // no overlong 4-byte forms
        const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
        return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

void AppendPointerToken(std::string* pointer, std::string_view key) {
    pointer->push_back('/');
    for (char c : key) {
        if (c == '~') {
            pointer->append("~0");
        } else if (c == '/') {
            pointer->append("~1");
        } else {
            pointer->push_back(c);
        }
    }
}

LineColumn Locator::At(size_t offset) {
    if (offset > text_.size()) offset = text_.size();
    if (offset < pos_) {  // tolerated, but costs a rescan from the start
        pos_ = 0;
        current_ = LineColumn{};
    }
    const char* b = text_.data();
    size_t from = pos_;
    for (size_t i = pos_; i < offset;) {
        const void* nl = std::memchr(b + i, '\n', offset - i);
        if (!nl) break;
        i = static_cast<size_t>(static_cast<const char*>(nl) - b) + 1;
        current_.line++;
        current_.column = 1;
        from = i;
    }
    for (size_t i = from; i < offset; ++i) {
        if ((static_cast<unsigned char>(b[i]) & 0xC0) != 0x80) current_.column++;  // count code points
    }
    pos_ = offset;
    return current_;
}

namespace {

inline bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Bytes that end the fast scan of a string: '"', '\\', control characters and non-ASCII.
struct StringStops {
    bool stop[256] = {};
    constexpr StringStops() {
        for (int c = 0; c < 0x20; ++c) stop[c] = true;
        for (int c = 0x80; c < 0x100; ++c) stop[c] = true;
        stop[static_cast<unsigned char>('"')] = true;
        stop[static_cast<unsigned char>('\\')] = true;
    }
};
constexpr StringStops kStringStops;
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsWordChar(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_';
}

// Quotes user text for a message, shortened to about 40 bytes on a UTF-8 boundary.
std::string QuoteShort(std::string_view s) { return QuoteForMessage(s, 40); }

inline bool SameBytes(std::string_view a, std::string_view b) {
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) return false;
    }
    return true;
}

enum class Context { Top, AfterColon, ArrayStart, AfterComma };

struct PathSegment {
    enum Kind : uint8_t { None, Key, Index } kind = None;
    std::string_view key;
    uint32_t index = 0;
};

class Parser {
public:
    Parser(std::string_view text, Document* doc, std::vector<Problem>* problems, const ParseOptions& options)
        : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), doc_(doc), problems_(problems),
          max_depth_(options.max_depth), stream_(options.stream) {}

    bool Run() {
        SkipSpace();
        if (p_ == end_) {
            return Fail(p_, begin_ == end_ ? "file is empty" : "file is empty (it contains only spaces and line breaks)",
                        DiagnosticCode::EmptyFile);
        }
        if (!ParseValue(0, Context::Top)) return false;
        SkipSpace();
        if (p_ != end_) {
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '}' || c == ']') {
                return Fail(p_, "unexpected " + Describe(p_) + " after the end of the data: there is one '" +
                                    std::string(1, static_cast<char>(c)) + "' too many, or an opening '" +
                                    (c == '}' ? "{" : "[") + "' is missing earlier");
            }
            return Fail(p_, "unexpected " + Describe(p_) +
                                " after the end of the data; a file holds one single object { ... }");
        }
        return true;
    }

private:
    uint32_t Offset(const char* at) const { return static_cast<uint32_t>(at - begin_); }

    std::string Pointer() const {
        std::string out;
        for (const PathSegment& s : path_) {
            if (s.kind == PathSegment::Key) {
                AppendPointerToken(&out, s.key);
            } else if (s.kind == PathSegment::Index) {
                out += '/';
                out += std::to_string(s.index);
            }
        }
        return out;
    }

    // Records the syntax error that ends the parse (or another kind of fatal problem: `code`); returns false.
    // An unexpected byte that is not UTF-8 ("found an invalid UTF-8 byte") is an encoding problem: its code
    // is bad-utf8 whatever the message's wording, so that scripts see one code for one kind of problem.
    bool Fail(const char* at, std::string message, DiagnosticCode code = DiagnosticCode::Syntax) {
        if (code == DiagnosticCode::Syntax && at < end_ && static_cast<unsigned char>(*at) >= 0x80 &&
            Utf8SequenceLength(reinterpret_cast<const unsigned char*>(at), reinterpret_cast<const unsigned char*>(end_)) == 0) {
            code = DiagnosticCode::BadUtf8;
        }
        problems_->push_back(Problem{Offset(at), Pointer(), std::move(message), true, code});
        return false;
    }

    std::string Where(const char* at) const {
        Locator locator(std::string_view(begin_, static_cast<size_t>(end_ - begin_)));
        const LineColumn lc = locator.At(Offset(at));
        return "line " + std::to_string(lc.line) + ", column " + std::to_string(lc.column);
    }

    // Words for the character at `at`, for messages: 'x', "a line break", "the end of the file", ...
    std::string Describe(const char* at) const {
        if (at >= end_) return "the end of the file";
        const unsigned char c = static_cast<unsigned char>(*at);
        if (c == '\n' || c == '\r') return "a line break";
        if (c == '\t') return "a tab";
        if (c < 0x20 || c == 0x7F) {
            char buf[48];
            std::snprintf(buf, sizeof buf, "control character 0x%02X", c);
            return buf;
        }
        if (c < 0x80) return std::string("'") + static_cast<char>(c) + "'";
        const int n = Utf8SequenceLength(reinterpret_cast<const unsigned char*>(at), reinterpret_cast<const unsigned char*>(end_));
        if (n == 0) return "an invalid UTF-8 byte";
        // U+FEFF is invisible: quoted, the message would read "unexpected ''".
        if (n == 3 && std::string_view(at, 3) == "\xEF\xBB\xBF") return "a byte order mark (U+FEFF; one is allowed, at the very start)";
        return "'" + std::string(at, static_cast<size_t>(n)) + "'";
    }

    bool FailUtf8(const char* at) {
        char buf[160];
        std::snprintf(buf, sizeof buf,
                      "invalid UTF-8 byte sequence (byte 0x%02X); save the file with the UTF-8 encoding "
                      "(it may have been saved as Latin-1 or Windows-1252)",
                      static_cast<unsigned char>(*at));
        return Fail(at, buf, DiagnosticCode::BadUtf8);
    }

    void SkipSpace() {
        while (p_ < end_ && IsSpace(static_cast<unsigned char>(*p_))) ++p_;
    }

    uint32_t NewValue(Type type, const char* at) {
        doc_->values.emplace_back();
        Value& v = doc_->values.back();
        v.type = type;
        v.offset = Offset(at);
        return static_cast<uint32_t>(doc_->values.size() - 1);
    }

    std::string_view Word(const char* at) const {
        const char* e = at;
        while (e < end_ && e - at < 40 && IsWordChar(static_cast<unsigned char>(*e))) ++e;
        return std::string_view(at, static_cast<size_t>(e - at));
    }

    bool FailUnexpected(const char* at, Context context) {
        if (at >= end_) return Fail(at, "unexpected end of the file; a value was expected");
        const unsigned char c = static_cast<unsigned char>(*at);
        if (c >= 0x80 && Utf8SequenceLength(reinterpret_cast<const unsigned char*>(at),
                                            reinterpret_cast<const unsigned char*>(end_)) == 0) {
            return FailUtf8(at);
        }
        if ((c == '}' || c == ']') && context == Context::AfterComma) {
            return Fail(at, "unexpected " + Describe(at) + " after a comma; remove the comma after the last item");
        }
        if (c == '/') return Fail(at, "comments are not allowed in JSON; remove the text starting with '/'");
        if (c == '\'') return Fail(at, "text must be in double quotes (\"), not single quotes (')");
        if (IsWordChar(c)) {
            const std::string_view word = Word(at);
            std::string lower(word);
            for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (lower == "true" || lower == "false" || lower == "null") {
                return Fail(at, "'" + std::string(word) + "' must be written in lower case: " + lower);
            }
            if (lower == "nan" || lower == "infinity" || lower == "inf") {
                return Fail(at, "'" + std::string(word) + "' is not allowed in JSON; write a number");
            }
            for (const char* literal : {"true", "false", "null"}) {
                if (lower.size() >= 2 && std::string_view(literal).substr(0, lower.size()) == lower) {
                    return Fail(at, "unexpected word " + QuoteShort(word) + "; did you mean " + literal + "?");
                }
            }
            return Fail(at, "unexpected word " + QuoteShort(word) + "; text values must be in double quotes, like \"" +
                                std::string(word.substr(0, 40)) + "\"");
        }
        if (context == Context::AfterColon) {
            return Fail(at, "unexpected " + Describe(at) + "; a value was expected after ':'");
        }
        return Fail(at, "unexpected " + Describe(at) + "; a value was expected");
    }

    bool ParseValue(int depth, Context context) {
        SkipSpace();
        if (p_ == end_) {
            if (context == Context::Top) return Fail(p_, "file is empty");
            return FailUnexpected(p_, context);  // unreachable in practice: callers check for the end
        }
        switch (*p_) {
            case '{':
                return ParseObject(depth + 1);
            case '[':
                return ParseArray(depth + 1);
            case '"': {
                const char* at = p_;
                std::string_view s;
                uint32_t decoded = Member::kNone;
                if (!ParseString(&s, &decoded)) return false;
                const uint32_t i = NewValue(Type::String, at);
                Value& v = doc_->values[i];
                v.range.size = static_cast<uint32_t>(s.size());
                if (decoded != Member::kNone) {
                    v.flags = Value::kDecoded;
                    v.range.first = decoded;
                }
                return true;
            }
            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                return ParseNumber();
            case 't':
            case 'f':
            case 'n': {
                const std::string_view word = Word(p_);
                const char* at = p_;
                if (word == "true" || word == "false") {
                    NewValue(Type::Bool, at);
                    if (word == "true") doc_->values.back().flags = Value::kTrue;
                    p_ += word.size();
                    return true;
                }
                if (word == "null") {
                    NewValue(Type::Null, at);
                    p_ += word.size();
                    return true;
                }
                return FailUnexpected(p_, context);
            }
            default:
                return FailUnexpected(p_, context);
        }
    }

    bool FailUnclosed(const char* open, char closer) {
        return Fail(p_, std::string("unexpected end of the file: the ") + (closer == '}' ? "object" : "list") +
                            " opened at " + Where(open) + " is not closed; a '" + closer + "' is missing");
    }

    bool ParseObject(int depth) {
        const char* open = p_;
        if (depth > max_depth_) {
            return Fail(open, "nesting is too deep: more than " + std::to_string(max_depth_) +
                                  " levels of { } and [ ] inside each other",
                        DiagnosticCode::TooDeep);
        }
        const uint32_t index = NewValue(Type::Object, open);
        ++p_;
        const size_t base = member_stack_.size();
        path_.push_back(PathSegment{});
        SkipSpace();
        if (p_ < end_ && *p_ == '}') {
            ++p_;
        } else {
            bool after_comma = false;
            for (;;) {
                SkipSpace();
                if (p_ == end_) return FailUnclosed(open, '}');
                if (*p_ != '"') {
                    const unsigned char c = static_cast<unsigned char>(*p_);
                    if (c == '}' && after_comma) {
                        return Fail(p_, "unexpected '}' after a comma; remove the comma after the last member");
                    }
                    if (c == '\'') return Fail(p_, "keys must be in double quotes (\"), not single quotes (')");
                    if (c == '/') return Fail(p_, "comments are not allowed in JSON; remove the text starting with '/'");
                    if (IsWordChar(c)) {
                        const std::string w(Word(p_));
                        return Fail(p_, "keys must be in double quotes, like \"" + w + "\"");
                    }
                    if (c >= 0x80 && Utf8SequenceLength(reinterpret_cast<const unsigned char*>(p_),
                                                        reinterpret_cast<const unsigned char*>(end_)) == 0) {
                        return FailUtf8(p_);
                    }
                    return Fail(p_, "expected a key in double quotes, found " + Describe(p_));
                }
                const char* key_at = p_;
                path_.back() = PathSegment{};
                std::string_view key;
                uint32_t decoded = Member::kNone;
                if (!ParseString(&key, &decoded)) return false;
                path_.back() = PathSegment{PathSegment::Key, key, 0};
                SkipSpace();
                if (p_ == end_) return FailUnclosed(open, '}');
                if (*p_ != ':') {
                    return Fail(p_, "expected ':' after the key " + QuoteShort(key) + ", found " + Describe(p_));
                }
                ++p_;
                SkipSpace();
                if (p_ == end_) return FailUnclosed(open, '}');
                const uint32_t value = static_cast<uint32_t>(doc_->values.size());
                if (!ParseValue(depth, Context::AfterColon)) return false;
                member_stack_.push_back(Member{Offset(key_at), static_cast<uint32_t>(key.size()), value, decoded});
                SkipSpace();
                if (p_ == end_) return FailUnclosed(open, '}');
                if (*p_ == ',') {
                    ++p_;
                    after_comma = true;
                    continue;
                }
                if (*p_ == '}') {
                    ++p_;
                    break;
                }
                if (*p_ == '"') {
                    return Fail(p_, "expected ',' or '}' but found '\"'; is a comma missing after the previous value?");
                }
                if (*p_ == ']') {
                    return Fail(p_, "unexpected ']': the object opened at " + Where(open) + " must be closed with '}'");
                }
                return Fail(p_, "expected ',' or '}' after the value, found " + Describe(p_));
            }
        }
        path_.pop_back();
        RemoveDuplicateKeys(base);
        const size_t count = member_stack_.size() - base;
        Value& v = doc_->values[index];
        v.range.first = static_cast<uint32_t>(doc_->members.size());
        v.range.size = static_cast<uint32_t>(count);
        doc_->members.insert(doc_->members.end(), member_stack_.begin() + static_cast<std::ptrdiff_t>(base), member_stack_.end());
        member_stack_.resize(base);
        return true;
    }

    // Warns about each repeated key of the object being closed and keeps only the last occurrence.
    void RemoveDuplicateKeys(size_t base) {
        const size_t end = member_stack_.size();
        if (end - base < 2) return;
        std::vector<bool> dropped;
        auto warn = [&](size_t dup, size_t earlier) {
            if (dropped.empty()) dropped.assign(end - base, false);
            dropped[earlier - base] = true;
            if ((doc_->values[member_stack_[dup].value].flags & Value::kStreamed) &&
                (doc_->values[member_stack_[earlier].value].flags & Value::kStreamed)) {
                return;  // two streamed lists under one key: the StreamHandler has seen both and reports it
            }
            std::string pointer = Pointer();
            AppendPointerToken(&pointer, doc_->Key(member_stack_[dup]));
            problems_->push_back(Problem{member_stack_[dup].key_offset, std::move(pointer),
                                        "duplicate key " + QuoteShort(doc_->Key(member_stack_[dup])) + "; the last one is used",
                                        false, DiagnosticCode::DuplicateKey});
        };
        if (end - base <= 16) {
            for (size_t i = base + 1; i < end; ++i) {
                for (size_t j = i; j-- > base;) {
                    if (member_stack_[j].key_size == member_stack_[i].key_size && SameBytes(doc_->Key(member_stack_[j]), doc_->Key(member_stack_[i]))) {
                        warn(i, j);
                        break;
                    }
                }
            }
        } else {
            std::unordered_map<std::string_view, size_t> last;
            last.reserve(end - base);
            for (size_t i = base; i < end; ++i) {
                auto [it, inserted] = last.emplace(doc_->Key(member_stack_[i]), i);
                if (!inserted) {
                    warn(i, it->second);
                    it->second = i;
                }
            }
        }
        if (dropped.empty()) return;
        size_t out = base;
        for (size_t i = base; i < end; ++i) {
            if (!dropped[i - base]) member_stack_[out++] = member_stack_[i];
        }
        member_stack_.resize(out);
    }

    bool ParseArray(int depth) {
        const char* open = p_;
        if (depth > max_depth_) {
            return Fail(open, "nesting is too deep: more than " + std::to_string(max_depth_) +
                                  " levels of { } and [ ] inside each other",
                        DiagnosticCode::TooDeep);
        }
        const uint32_t index = NewValue(Type::Array, open);
        ++p_;
        const size_t base = element_stack_.size();
        // An array that is a member of the root object: hand its elements over one by one.
        const bool stream = stream_ != nullptr && depth == 2 && path_.size() == 1 && doc_->values[0].type == Type::Object;
        const std::string_view array_key = stream ? path_.back().key : std::string_view();
        uint32_t streamed = 0;
        if (stream) stream_->OnRootArrayBegin(array_key, Offset(open));
        path_.push_back(PathSegment{PathSegment::Index, {}, 0});
        SkipSpace();
        if (p_ < end_ && *p_ == ']') {
            ++p_;
        } else {
            Context context = Context::ArrayStart;
            for (uint32_t n = 0;; ++n) {
                path_.back().index = n;
                SkipSpace();
                if (p_ == end_) return FailUnclosed(open, ']');
                const size_t mark_values = doc_->values.size(), mark_members = doc_->members.size(),
                             mark_elements = doc_->elements.size(), mark_decoded = doc_->decoded.size();
                if (!stream) element_stack_.push_back(static_cast<uint32_t>(mark_values));
                if (!ParseValue(depth, context)) return false;
                if (stream) {
                    stream_->OnRootArrayElement(array_key, Offset(open), n, *doc_, doc_->values[mark_values]);
                    ++streamed;
                    doc_->values.resize(mark_values);
                    doc_->members.resize(mark_members);
                    doc_->elements.resize(mark_elements);
                    while (doc_->decoded.size() > mark_decoded) doc_->decoded.pop_back();
                }
                SkipSpace();
                if (p_ == end_) return FailUnclosed(open, ']');
                if (*p_ == ',') {
                    ++p_;
                    context = Context::AfterComma;
                    continue;
                }
                if (*p_ == ']') {
                    ++p_;
                    break;
                }
                if (*p_ == '}') {
                    return Fail(p_, "unexpected '}': the list opened at " + Where(open) + " must be closed with ']'");
                }
                if (*p_ == '"' || *p_ == '{' || *p_ == '[') {
                    return Fail(p_, "expected ',' or ']' but found " + Describe(p_) +
                                        "; is a comma missing after the previous item?");
                }
                return Fail(p_, "expected ',' or ']' after the item, found " + Describe(p_));
            }
        }
        path_.pop_back();
        if (stream) {
            Value& v = doc_->values[index];
            v.flags = Value::kStreamed;
            v.range.first = 0;
            v.range.size = streamed;
            return true;
        }
        const size_t count = element_stack_.size() - base;
        Value& v = doc_->values[index];
        v.range.first = static_cast<uint32_t>(doc_->elements.size());
        v.range.size = static_cast<uint32_t>(count);
        doc_->elements.insert(doc_->elements.end(), element_stack_.begin() + static_cast<std::ptrdiff_t>(base), element_stack_.end());
        element_stack_.resize(base);
        return true;
    }

    bool FailControl(const char* at) {
        const unsigned char c = static_cast<unsigned char>(*at);
        if (c == '\n' || c == '\r') {
            return Fail(at, "line break inside a text: the closing '\"' is probably missing "
                            "(to put a line break inside a text, write \\n)");
        }
        if (c == '\t') return Fail(at, "tab character inside a text; write \\t instead");
        char buf[120];
        std::snprintf(buf, sizeof buf, "control character 0x%02X inside a text; remove it or write it as \\u%04X", c, c);
        return Fail(at, buf);
    }

    static int HexValue(unsigned char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // Reads "\uXXXX" at p_ (p_ on the backslash). Returns the code unit or -1 after reporting.
    long ReadHex4() {
        if (end_ - p_ < 6) {
            Fail(p_, "invalid \\u escape: 4 hexadecimal digits must follow \\u");
            return -1;
        }
        long v = 0;
        for (int i = 2; i < 6; ++i) {
            const int h = HexValue(static_cast<unsigned char>(p_[i]));
            if (h < 0) {
                Fail(p_, "invalid \\u escape: 4 hexadecimal digits must follow \\u");
                return -1;
            }
            v = v * 16 + h;
        }
        return v;
    }

    static void AppendUtf8(std::string* out, unsigned long cp) {
        if (cp < 0x80) {
            out->push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    // Sets *decoded to the index in Document::decoded when the text had escapes, else leaves it.
    bool ParseString(std::string_view* out, uint32_t* decoded) {
        const char* open = p_;
        ++p_;
        const char* start = p_;
        const auto* uend = reinterpret_cast<const unsigned char*>(end_);
        // Fast path: no escapes, the text is used in place.
        for (;;) {
            while (p_ < end_ && !kStringStops.stop[static_cast<unsigned char>(*p_)]) ++p_;
            if (p_ == end_) return Fail(open, "this text is not closed: a '\"' is missing before the end of the file");
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                *out = std::string_view(start, static_cast<size_t>(p_ - start));
                ++p_;
                return true;
            }
            if (c == '\\') break;
            if (c < 0x20) return FailControl(p_);
            if (c < 0x80) {
                ++p_;
                continue;
            }
            const int n = Utf8SequenceLength(reinterpret_cast<const unsigned char*>(p_), uend);
            if (n == 0) return FailUtf8(p_);
            p_ += n;
        }
        // Slow path: decode escapes into a buffer owned by the document.
        *decoded = static_cast<uint32_t>(doc_->decoded.size());
        std::string& buf = doc_->decoded.emplace_back(start, static_cast<size_t>(p_ - start));
        for (;;) {
            if (p_ == end_) return Fail(open, "this text is not closed: a '\"' is missing before the end of the file");
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                *out = buf;
                return true;
            }
            if (c == '\\') {
                if (end_ - p_ < 2) return Fail(open, "this text is not closed: a '\"' is missing before the end of the file");
                switch (p_[1]) {
                    case '"': buf += '"'; break;
                    case '\\': buf += '\\'; break;
                    case '/': buf += '/'; break;
                    case 'b': buf += '\b'; break;
                    case 'f': buf += '\f'; break;
                    case 'n': buf += '\n'; break;
                    case 'r': buf += '\r'; break;
                    case 't': buf += '\t'; break;
                    case 'u': {
                        const long hi = ReadHex4();
                        if (hi < 0) return false;
                        if (hi >= 0xDC00 && hi <= 0xDFFF) {
                            return Fail(p_, "invalid \\u escape: a low surrogate (\\uDC00 to \\uDFFF) must follow a high one");
                        }
                        if (hi >= 0xD800 && hi <= 0xDBFF) {
                            const char* first = p_;
                            p_ += 6;
                            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') {
                                return Fail(first, "invalid \\u escape: a high surrogate (\\uD800 to \\uDBFF) must be "
                                                   "followed by a low one (\\uDC00 to \\uDFFF)");
                            }
                            const long lo = ReadHex4();
                            if (lo < 0) return false;
                            if (lo < 0xDC00 || lo > 0xDFFF) {
                                return Fail(first, "invalid \\u escape: a high surrogate (\\uD800 to \\uDBFF) must be "
                                                   "followed by a low one (\\uDC00 to \\uDFFF)");
                            }
                            AppendUtf8(&buf, 0x10000 + ((static_cast<unsigned long>(hi) - 0xD800) << 10) +
                                                 (static_cast<unsigned long>(lo) - 0xDC00));
                        } else {
                            AppendUtf8(&buf, static_cast<unsigned long>(hi));
                        }
                        p_ += 6;
                        continue;
                    }
                    default: {
                        std::string what = Describe(p_ + 1);
                        // After the backslash comes a byte that is not UTF-8: that is the problem to fix first.
                        const bool not_utf8 = static_cast<unsigned char>(p_[1]) >= 0x80 &&
                                              Utf8SequenceLength(reinterpret_cast<const unsigned char*>(p_ + 1),
                                                                 reinterpret_cast<const unsigned char*>(end_)) == 0;
                        return Fail(p_, "invalid escape: " + what + " after a backslash; allowed: \\\" \\\\ \\/ \\b \\f "
                                        "\\n \\r \\t \\uXXXX (to write a backslash, double it: \\\\)",
                                    not_utf8 ? DiagnosticCode::BadUtf8 : DiagnosticCode::Syntax);
                    }
                }
                p_ += 2;
                continue;
            }
            if (c < 0x20) return FailControl(p_);
            if (c < 0x80) {
                buf += static_cast<char>(c);
                ++p_;
                continue;
            }
            const int n = Utf8SequenceLength(reinterpret_cast<const unsigned char*>(p_), uend);
            if (n == 0) return FailUtf8(p_);
            buf.append(p_, static_cast<size_t>(n));
            p_ += n;
        }
    }

    bool ParseNumber() {
        static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        const char* start = p_;
        auto token = [&]() {
            const char* e = p_;
            while (e < end_ && (IsWordChar(static_cast<unsigned char>(*e)) || *e == '.' || *e == '+' || *e == '-')) ++e;
            return QuoteShort(std::string_view(start, static_cast<size_t>(e - start)));
        };
        const bool negative = *p_ == '-';
        if (negative) ++p_;
        if (p_ == end_ || !IsDigit(static_cast<unsigned char>(*p_))) {
            if (p_ < end_ && IsWordChar(static_cast<unsigned char>(*p_))) {
                return Fail(start, "invalid number " + token() + "; NaN and Infinity are not allowed in JSON");
            }
            return Fail(start, "invalid number: a digit must follow '-'");
        }
        uint64_t mantissa = 0;
        int significant = 0;  // digits accumulated into mantissa (after the first non-zero one)
        long exponent = 0;    // decimal exponent to apply to mantissa
        bool exact = true;    // false when digits had to be dropped
        auto add_digit = [&](int d, bool fraction) {
            if (significant < 19) {
                mantissa = mantissa * 10 + static_cast<uint64_t>(d);
                if (mantissa != 0) ++significant;
                if (fraction) --exponent;
            } else {
                exact = false;
                if (!fraction) ++exponent;
            }
        };
        if (*p_ == '0') {
            ++p_;
            if (p_ < end_ && IsDigit(static_cast<unsigned char>(*p_))) {
                return Fail(start, "invalid number " + token() + ": a number cannot start with 0 (write 7, not 07)");
            }
        } else {
            while (p_ < end_ && IsDigit(static_cast<unsigned char>(*p_))) add_digit(*p_++ - '0', false);
        }
        if (p_ < end_ && *p_ == '.') {
            ++p_;
            if (p_ == end_ || !IsDigit(static_cast<unsigned char>(*p_))) {
                return Fail(start, "invalid number " + token() + ": a digit must follow the decimal point");
            }
            while (p_ < end_ && IsDigit(static_cast<unsigned char>(*p_))) add_digit(*p_++ - '0', true);
        }
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            bool exp_negative = false;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-')) exp_negative = *p_++ == '-';
            if (p_ == end_ || !IsDigit(static_cast<unsigned char>(*p_))) {
                return Fail(start, "invalid number " + token() + ": digits must follow the exponent 'e'");
            }
            long e = 0;
            while (p_ < end_ && IsDigit(static_cast<unsigned char>(*p_))) {
                if (e < 100000) e = e * 10 + (*p_ - '0');
                ++p_;
            }
            exponent += exp_negative ? -e : e;
        }
        double value;
        if (mantissa == 0) {
            value = 0;
        } else if (exact && mantissa <= (uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
            // Exact operands, one correctly rounded operation (Clinger's fast path).
            const double m = static_cast<double>(mantissa);
            value = exponent >= 0 ? m * kPow10[exponent] : m / kPow10[-exponent];
        } else {
            // Rare: long mantissas or large exponents: strtod, correctly rounded. The text is a JSON number
            // (digits, '.', 'e'), and the program never changes the C locale, so '.' is the decimal point.
            const std::string text(negative ? start + 1 : start, p_);
            errno = 0;
            value = std::strtod(text.c_str(), nullptr);
            if (errno == ERANGE) {  // out of range: overflow gives infinity, underflow zero
                value = exponent + significant > 0 ? std::numeric_limits<double>::infinity() : 0.0;
            }
        }
        const uint32_t i = NewValue(Type::Number, start);
        doc_->values[i].number = negative ? -value : value;
        return true;
    }

    const char* begin_;
    const char* p_;
    const char* end_;
    Document* doc_;
    std::vector<Problem>* problems_;
    int max_depth_;
    StreamHandler* stream_;
    std::vector<Member> member_stack_;
    std::vector<uint32_t> element_stack_;
    std::vector<PathSegment> path_;
};

}  // namespace

bool Parse(std::string_view text, Document* doc, std::vector<Problem>* problems, const ParseOptions& options) {
    *doc = Document{};
    doc->text = text;
    if (text.size() >= std::numeric_limits<uint32_t>::max()) {
        problems->push_back(Problem{0, "", "file is too large to read", true, DiagnosticCode::FileTooLarge});
        return false;
    }
    Parser parser(text, doc, problems, options);
    const bool ok = parser.Run();
    if (!ok) {
        *doc = Document{};
        doc->text = text;
    }
    return ok;
}

}  // namespace sse::json
