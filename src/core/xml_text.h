// xml_text.h: text made safe for an XML document the writers produce (XLSX, GEXF, GraphML).
#pragma once

#include <string>
#include <string_view>

namespace sse {

// `s` with & < > " escaped, for element text and attribute values alike. Characters XML 1.0 cannot hold (control
// characters other than tab and line ends; invalid UTF-8) become U+FFFD, so the document always parses.
std::string XmlEscape(std::string_view s);

}  // namespace sse
