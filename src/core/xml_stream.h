// xml_stream.h: a streaming XML parser (expat) for the workbook and graph readers, hardened for files from anyone:
// no DTD entity is ever declared or expanded (a "billion laughs" file is refused at its first entity declaration,
// and expat 2.4+'s amplification limit stays on as a second guard), no external entity or DTD is fetched, and every
// error carries the line it was found on. Element and attribute names arrive without their namespace ("sheetData",
// "number-columns-repeated"): the formats read here never use one local name for two things that matter.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct XML_ParserStruct;

namespace sse {

using XmlAttributes = std::vector<std::pair<std::string_view, std::string_view>>;

// The value of attribute `name` (a local name), or `fallback` when the element has none.
std::string_view XmlAttribute(const XmlAttributes& attributes, std::string_view name, std::string_view fallback = {});

// What a reader does with the document, element by element. A handler may call XmlStream::Stop to refuse the
// document (too many cells, a value out of range).
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void Start(std::string_view name, const XmlAttributes& attributes) = 0;
    virtual void End(std::string_view name) = 0;
    virtual void Text(std::string_view text) = 0;  // character data, possibly in several pieces
};

class XmlStream {
public:
    explicit XmlStream(XmlHandler& handler);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    // Parses the next piece of the document (`last` with the final piece). False once the document is refused:
    // then Error() and ErrorLine() say why and where, and later calls do nothing.
    bool Feed(std::string_view chunk, bool last);
    // Parses a whole document held in memory.
    bool ParseAll(std::string_view document);
    // For handlers: refuses the document at the current line with `message`.
    void Stop(std::string message);
    // The line being parsed (1-based), for handlers locating what they read.
    int Line() const;

    bool Failed() const { return failed_; }
    const std::string& Error() const { return error_; }
    int ErrorLine() const { return error_line_; }

private:
    static void OnStart(void* self, const char* name, const char** attributes);
    static void OnEnd(void* self, const char* name);
    static void OnText(void* self, const char* text, int length);
    static void OnEntityDeclaration(void* self, const char* name, int is_parameter, const char* value, int length,
                                    const char* base, const char* system_id, const char* public_id,
                                    const char* notation);
    static int OnExternalEntity(XML_ParserStruct* parser, const char* context, const char* base, const char* system_id,
                                const char* public_id);

    void* parser_;  // XML_Parser
    XmlHandler& handler_;
    XmlAttributes attributes_;
    bool failed_ = false;
    std::string error_;
    int error_line_ = 0;
};

}  // namespace sse
