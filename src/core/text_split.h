// text_split.h: splitting command and filter text into words, without iostreams. (A string stream pulls the
// whole C++ locale library into the web build: about 20 KB of the page's download.)
#pragma once

#include <string>
#include <vector>

namespace sse {

// The words of `text`, separated by spaces, tabs and line breaks ("  a  b " -> {"a", "b"}).
std::vector<std::string> SplitWords(const std::string& text);

// The items of `text` separated by `separator`, each trimmed of spaces and tabs; empty items are dropped
// ("a, b,,c" -> {"a", "b", "c"}).
std::vector<std::string> SplitTrimmed(const std::string& text, char separator);

// A number for people, as printf's %g writes it (6 significant digits: "412.5", "1e+06").
std::string FormatNumber(double value);

}  // namespace sse
