// quotation.cpp: see quotation.h.
#include "core/quotation.h"

namespace sse {

std::string InQuotationMarks(std::string_view text) {
    static constexpr std::string_view kOpen = "\u201c", kClose = "\u201d", kInnerOpen = "\u2018", kInnerClose = "\u2019";
    std::string out(kOpen);
    out.reserve(text.size() + 8);
    for (size_t i = 0; i < text.size();) {
        if (text.compare(i, kOpen.size(), kOpen) == 0) {
            out += kInnerOpen;
            i += kOpen.size();
        } else if (text.compare(i, kClose.size(), kClose) == 0) {
            out += kInnerClose;
            i += kClose.size();
        } else if (text[i] == '"') {  // a straight double quote: opening at the start or after a space or bracket
            const bool opening = out.size() == kOpen.size() || out.back() == ' ' || out.back() == '(' || out.back() == '[';
            out += opening ? kInnerOpen : kInnerClose;
            ++i;
        } else {
            out += text[i++];
        }
    }
    out += kClose;
    return out;
}

}  // namespace sse
