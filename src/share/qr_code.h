// qr_code.h: a QR code's module matrix for a text (the Share panel's link), computed by libqrencode.
// Kept out of core so that the core library (and its sanitizer and fuzz builds) does not need libqrencode.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sse {

struct QrCode {
    int size = 0;                  // modules per side (21 for version 1, +4 per version); 0 when encoding failed
    std::vector<uint8_t> dark;     // size * size entries, row by row: 1 = a dark module
    std::string error;             // why encoding failed (empty text, too long for a QR code), for people
    bool Dark(int x, int y) const { return dark[(size_t)y * size + x] != 0; }
};

// Encodes text (UTF-8, as bytes, case kept) as a QR code with error correction level L (the largest modules for a
// given text: a projected code is read from far away, not through dirt). The quiet zone is not included.
QrCode EncodeQr(const std::string& text);

}  // namespace sse
