// qr_code.cpp: see qr_code.h.
#include "share/qr_code.h"

#include <qrencode.h>

namespace sse {

QrCode EncodeQr(const std::string& text) {
    QrCode out;
    if (text.empty()) {
        out.error = "nothing to encode";
        return out;
    }
    // 8-bit mode, case-sensitive (a URL's path and fragment are); version 0 = the smallest that fits.
    QRcode* code = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_L);
    if (!code) {
        out.error = "the link is too long for a QR code (" + std::to_string(text.size()) + " bytes; at most 2953)";
        return out;
    }
    out.size = code->width;
    out.dark.resize((size_t)code->width * code->width);
    for (size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = code->data[i] & 1;  // bit 0: dark; the rest: module kinds
    QRcode_free(code);
    return out;
}

}  // namespace sse
