// xml_stream.cpp: see xml_stream.h.
#include "core/xml_stream.h"

// Both builds of expat (Debian's and deps.sh's for wasm) have DTD support; expat.h declares the entity-expansion
// limits only when told so.
#ifndef XML_DTD
#define XML_DTD 1
#endif
#include <expat.h>

#include <climits>

namespace sse {

namespace {

// Names arrive as "uri name" (XML_ParserCreateNS with a space: no name or URI can hold one) or bare "name".
std::string_view LocalName(const char* name) {
    std::string_view s(name);
    const size_t space = s.rfind(' ');
    return space == std::string_view::npos ? s : s.substr(space + 1);
}

XML_Parser P(void* parser) { return static_cast<XML_Parser>(parser); }

}  // namespace

std::string_view XmlAttribute(const XmlAttributes& attributes, std::string_view name, std::string_view fallback) {
    for (const auto& [key, value] : attributes) {
        if (key == name) return value;
    }
    return fallback;
}

XmlStream::XmlStream(XmlHandler& handler) : parser_(XML_ParserCreateNS("UTF-8", ' ')), handler_(handler) {
    XML_Parser p = P(parser_);
    XML_SetUserData(p, this);
    XML_SetElementHandler(p, &XmlStream::OnStart, &XmlStream::OnEnd);
    XML_SetCharacterDataHandler(p, &XmlStream::OnText);
    XML_SetEntityDeclHandler(p, &XmlStream::OnEntityDeclaration);
    XML_SetExternalEntityRefHandler(p, &XmlStream::OnExternalEntity);
    XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
#if XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4)
    // A second guard should an expansion get past the declaration handler: expat's own limits.
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(p, 20.0f);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(p, 1024 * 1024);
#endif
}

XmlStream::~XmlStream() { XML_ParserFree(P(parser_)); }

int XmlStream::Line() const { return static_cast<int>(XML_GetCurrentLineNumber(P(parser_))); }

void XmlStream::Stop(std::string message) {
    if (failed_) return;
    failed_ = true;
    error_ = std::move(message);
    error_line_ = Line();
    XML_StopParser(P(parser_), XML_FALSE);
}

bool XmlStream::Feed(std::string_view chunk, bool last) {
    if (failed_) return false;
    while (!chunk.empty() || last) {
        const size_t n = chunk.size() > INT_MAX / 2 ? INT_MAX / 2 : chunk.size();
        const bool final_piece = last && n == chunk.size();
        if (XML_Parse(P(parser_), chunk.data(), static_cast<int>(n), final_piece) == XML_STATUS_ERROR) {
            if (!failed_) {  // expat's own error (a handler's Stop has already set the message)
                failed_ = true;
                error_line_ = static_cast<int>(XML_GetCurrentLineNumber(P(parser_)));
                const XML_Error code = XML_GetErrorCode(P(parser_));
                error_ = std::string("not well-formed XML: ") + XML_ErrorString(code);
                if (code == XML_ERROR_AMPLIFICATION_LIMIT_BREACH) {
                    error_ = "an XML entity expands to far more text than the file holds (an entity expansion "
                             "attack, 'billion laughs'): refused";
                }
            }
            return false;
        }
        chunk.remove_prefix(n);
        if (final_piece) break;
    }
    return true;
}

bool XmlStream::ParseAll(std::string_view document) { return Feed(document, true); }

void XmlStream::OnStart(void* self, const char* name, const char** attributes) {
    auto* s = static_cast<XmlStream*>(self);
    if (s->failed_) return;
    s->attributes_.clear();
    for (const char** a = attributes; a[0] != nullptr; a += 2) s->attributes_.emplace_back(LocalName(a[0]), a[1]);
    s->handler_.Start(LocalName(name), s->attributes_);
}

void XmlStream::OnEnd(void* self, const char* name) {
    auto* s = static_cast<XmlStream*>(self);
    if (!s->failed_) s->handler_.End(LocalName(name));
}

void XmlStream::OnText(void* self, const char* text, int length) {
    auto* s = static_cast<XmlStream*>(self);
    if (!s->failed_) s->handler_.Text(std::string_view(text, static_cast<size_t>(length)));
}

void XmlStream::OnEntityDeclaration(void* self, const char* name, int, const char*, int, const char*, const char*,
                                    const char*, const char*) {
    // No spreadsheet or graph format declares entities; a file that does is either broken or an expansion attack
    // ("billion laughs"): refused before any is expanded.
    static_cast<XmlStream*>(self)->Stop(std::string("the file declares an XML entity ('") + name +
                                        "'); entities are refused (they can expand to gigabytes, "
                                        "'billion laughs', or read other files)");
}

int XmlStream::OnExternalEntity(XML_ParserStruct* parser, const char*, const char*, const char* system_id,
                                const char*) {
    // Only reached for a reference to an external entity that somehow was not refused at its declaration.
    auto* s = static_cast<XmlStream*>(XML_GetUserData(parser));
    s->Stop(std::string("the file refers to an external entity ('") + (system_id ? system_id : "") +
            "'); nothing outside the file is read");
    return XML_STATUS_ERROR;
}

}  // namespace sse
