// quotation.h: a source's own words set in quotation marks for display.
#pragma once

#include <string>
#include <string_view>

namespace sse {

// “text”, with the double quotation marks inside the text turned into single ones (‘ ’), as typography nests a
// quotation within a quotation: a quote that itself begins with a quoted title ("“KOICA Creative Technology
// Solution Programme”, from Korea, …") would otherwise open with two marks that read as one doubled mark.
std::string InQuotationMarks(std::string_view text);

}  // namespace sse
