// json_reader.h: a small, strict JSON reader (RFC 8259) that remembers where every value is.
//
// Internal to core (the loader uses it; the UI should not). Why not nlohmann/json: its DOM records no
// positions, and it is slow for the load budget: on a 15 MB file with 10,000 actors and 50,000 links,
// nlohmann's accept() alone executes more instructions (716 M, callgrind) than this reader plus the
// loader's whole validation and model building (585 M), and its DOM parse takes ~140 ms. This reader
// builds a flat, read-only tree in one pass, records the byte offset of every value and key, reports
// syntax errors in plain words, rejects invalid UTF-8, limits nesting depth (so hostile input cannot
// overflow the stack) and reports duplicate object keys (the last one wins, as in nlohmann). The
// tests cross-check it against nlohmann on fixed and randomly mutated inputs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic_codes.h"

namespace sse::json {

enum class Type : uint8_t { Null, Bool, Number, String, Array, Object };

// 16 bytes. A string's bytes are in the text right after its opening quote, unless it contained
// escapes (flag kDecoded): then they are in Document::decoded[first].
struct Value {
    Type type = Type::Null;
    uint8_t flags = 0;    // kTrue for a true Bool, kDecoded for a String with escapes
    uint32_t offset = 0;  // byte offset of the value's first character in the parsed text
    union {
        double number;
        struct {
            uint32_t first;  // array: index into Document::elements; object: into Document::members
            uint32_t size;   // string: length in bytes; array/object: number of children
        } range;
    };
    Value() : number(0) {}

    static constexpr uint8_t kTrue = 1, kDecoded = 2;
    static constexpr uint8_t kStreamed = 4;  // an array whose elements went to a StreamHandler
    bool boolean() const { return (flags & kTrue) != 0; }
    uint32_t size() const { return range.size; }
};

struct Member {
    uint32_t key_offset;  // offset of the key's opening quote
    uint32_t key_size;
    uint32_t value;       // index into Document::values
    uint32_t decoded;     // index into Document::decoded when the key had escapes, else kNone
    static constexpr uint32_t kNone = 0xFFFFFFFFu;
};

// Owns the tree, not the text: the parsed text must outlive the Document.
struct Document {
    std::string_view text;
    std::vector<Value> values;  // values[0] is the root after a successful parse
    std::vector<Member> members;
    std::vector<uint32_t> elements;
    std::deque<std::string> decoded;  // strings and keys that contained escapes

    const Value& root() const { return values[0]; }
    std::string_view String(const Value& v) const {
        if (v.flags & Value::kDecoded) return decoded[v.range.first];
        return text.substr(v.offset + 1, v.range.size);
    }
    std::string_view Key(const Member& m) const {
        if (m.decoded != Member::kNone) return decoded[m.decoded];
        return text.substr(m.key_offset + 1, m.key_size);
    }
    const Member* MembersBegin(const Value& v) const { return members.data() + v.range.first; }
    const Member* MembersEnd(const Value& v) const { return members.data() + v.range.first + v.range.size; }
    const Value& Element(const Value& v, uint32_t i) const { return values[elements[v.range.first + i]]; }
    const Value& Of(const Member& m) const { return values[m.value]; }
};

// A syntax error (is_error) or a duplicate-key warning, with the JSON pointer (RFC 6901) of the place.
struct Problem {
    uint32_t offset = 0;
    std::string pointer;
    std::string message;
    bool is_error = true;
    DiagnosticCode code = DiagnosticCode::Syntax;  // also: EmptyFile, BadUtf8, TooDeep, DuplicateKey, FileTooLarge
};

// Receives the elements of the arrays that are members of the root object ("actors": [...]) one by
// one, while parsing. After the call the element's subtree is dropped from the Document and its memory
// reused, so the tree never holds more than the root's members and one element: big files cost no
// memory beyond the text. Such arrays keep their size() but get the flag kStreamed and no elements.
class StreamHandler {
public:
    virtual ~StreamHandler() = default;
    // At the '[' of such an array, before its elements.
    virtual void OnRootArrayBegin(std::string_view array_key, uint32_t array_offset) = 0;
    // `array_key` names the root member, `array_offset` is the offset of its '['.
    virtual void OnRootArrayElement(std::string_view array_key, uint32_t array_offset, uint32_t index,
                                    const Document& doc, const Value& element) = 0;
};

struct ParseOptions {
    int max_depth = 64;               // nesting of objects and arrays; the root container is depth 1
    StreamHandler* stream = nullptr;  // optional, see StreamHandler
};

// Parses `text` (which must not contain a byte order mark; strip it first). Returns true when the text
// is one valid JSON value: `problems` may then still hold duplicate-key warnings. On the first syntax
// error, returns false with that error as the last problem (a StreamHandler may have seen elements
// before it). Never throws for bad input. Texts must be
// smaller than 4 GiB (offsets are 32-bit; the loader's limit is far below).
bool Parse(std::string_view text, Document* doc, std::vector<Problem>* problems, const ParseOptions& options = {});

// Appends the RFC 6901 escaped form of `key` ("~" -> "~0", "/" -> "~1") to `pointer`, after a '/'.
void AppendPointerToken(std::string* pointer, std::string_view key);

// 1-based line and column of a byte offset. Columns count UTF-8 characters (code points), not bytes,
// so they match what text editors show for accented names; a tab counts as one column.
struct LineColumn {
    int line = 1;
    int column = 1;
};

// Converts offsets to line:column in one forward pass: call At() with non-decreasing offsets.
class Locator {
public:
    explicit Locator(std::string_view text) : text_(text) {}
    LineColumn At(size_t offset);

private:
    std::string_view text_;
    size_t pos_ = 0;
    LineColumn current_;
};

// Number of bytes of the valid UTF-8 sequence starting at p (1..4), or 0 if it is not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF are invalid, as in RFC 3629).
int Utf8SequenceLength(const unsigned char* p, const unsigned char* end);

}  // namespace sse::json
