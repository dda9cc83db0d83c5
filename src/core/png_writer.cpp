// png_writer.cpp: see png_writer.h. Format: PNG spec (IHDR, IDAT with a zlib stream, IEND).
#include "core/png_writer.h"

#include <algorithm>
#include <cstdio>

namespace sse {

namespace {
uint32_t Crc32(const uint8_t* data, size_t n, uint32_t crc = 0) {
    static uint32_t table[256];
    static bool ready = false;
    if (!ready) {
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    crc = ~crc;
    for (size_t i = 0; i < n; ++i) crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void Put32(std::vector<uint8_t>& out, uint32_t v) {
    for (int s = 24; s >= 0; s -= 8) out.push_back((uint8_t)(v >> s));
}

void Chunk(std::vector<uint8_t>& out, const char* type, const std::vector<uint8_t>& body) {
    Put32(out, (uint32_t)body.size());
    size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), body.begin(), body.end());
    Put32(out, Crc32(out.data() + start, out.size() - start));
}
// Bits into bytes, least significant bit first (RFC 1951 3.1.1).
struct BitWriter {
    std::vector<uint8_t>& out;
    uint32_t acc = 0;
    int count = 0;
    void Put(uint32_t bits, int n) {
        acc |= bits << count;
        count += n;
        while (count >= 8) {
            out.push_back((uint8_t)acc);
            acc >>= 8;
            count -= 8;
        }
    }
    // A Huffman code goes most significant bit first.
    void Code(uint32_t code, int n) {
        uint32_t r = 0;
        for (int i = 0; i < n; ++i) r |= ((code >> i) & 1u) << (n - 1 - i);
        Put(r, n);
    }
    void Flush() {
        if (count > 0) out.push_back((uint8_t)acc);
        acc = 0;
        count = 0;
    }
};

// A literal/length symbol in the fixed Huffman code (RFC 1951 3.2.6).
void FixedSymbol(BitWriter& w, int sym) {
    if (sym < 144) w.Code(0x30 + sym, 8);
    else if (sym < 256) w.Code(0x190 + sym - 144, 9);
    else if (sym < 280) w.Code(sym - 256, 7);
    else w.Code(0xC0 + sym - 280, 8);
}

// One fixed-Huffman deflate block with greedy LZ77 matches (the last position of each 3-byte hash): no zlib in the
// page's first download, and still a small file (a 4x figure is mostly flat colour).
void Deflate(const std::vector<uint8_t>& in, std::vector<uint8_t>& out) {
    static const uint16_t len_base[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    static const uint16_t dist_base[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                           1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    // dist_extra[c] is c / 2 - 1 from code 2 on (RFC 1951 3.2.5).
    constexpr int HashBits = 15, Window = 32768, MaxLen = 258;
    std::vector<int> head((size_t)1 << HashBits, -1);
    BitWriter w{out};
    w.Put(1, 1);  // the last block
    w.Put(1, 2);  // fixed Huffman codes
    const size_t n = in.size();
    const auto hash = [&in](size_t i) { return ((in[i] << 10) ^ (in[i + 1] << 5) ^ in[i + 2]) & ((1u << HashBits) - 1); };
    for (size_t i = 0; i < n;) {
        int best = 0, dist = 0;
        if (i + 3 <= n) {
            const uint32_t h = hash(i);
            const int cand = head[h];
            head[h] = (int)i;
            if (cand >= 0 && i - (size_t)cand <= Window) {
                const size_t limit = std::min<size_t>(MaxLen, n - i);
                size_t l = 0;
                while (l < limit && in[(size_t)cand + l] == in[i + l]) ++l;
                if (l >= 3) best = (int)l, dist = (int)(i - (size_t)cand);
            }
        }
        if (best == 0) {
            FixedSymbol(w, in[i]);
            ++i;
            continue;
        }
        int lc = 28;
        while (len_base[lc] > best) --lc;
        FixedSymbol(w, 257 + lc);
        w.Put((uint32_t)(best - len_base[lc]), len_extra[lc]);
        int dc = 29;
        while (dist_base[dc] > dist) --dc;
        w.Code((uint32_t)dc, 5);
        w.Put((uint32_t)(dist - dist_base[dc]), dc < 2 ? 0 : dc / 2 - 1);
        // The match's later positions join the hash table only near its end (long runs stay cheap).
        const size_t end = i + (size_t)best;
        for (size_t k = std::max(i + 1, end >= 3 ? end - 3 : 0); k < end && k + 3 <= n; ++k) head[hash(k)] = (int)k;
        i = end;
    }
    FixedSymbol(w, 256);  // end of block
    w.Flush();
}
}  // namespace

std::vector<uint8_t> EncodePng(const uint8_t* rgba, int width, int height) {
    std::vector<uint8_t> out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<uint8_t> ihdr;
    Put32(ihdr, (uint32_t)width);
    Put32(ihdr, (uint32_t)height);
    ihdr.insert(ihdr.end(), {8, 6, 0, 0, 0});  // 8-bit RGBA, deflate, no filter method, no interlace
    Chunk(out, "IHDR", ihdr);

    // Scanlines with the Sub filter (each byte minus the one a pixel to its left): a figure's flat areas become
    // runs of zeros, which the compressor below turns into a few bits each.
    std::vector<uint8_t> raw;
    size_t row = (size_t)width * 4;
    raw.reserve((row + 1) * height);
    for (int y = 0; y < height; ++y) {
        const uint8_t* line = rgba + y * row;
        raw.push_back(1);
        for (size_t i = 0; i < row; ++i) raw.push_back((uint8_t)(line[i] - (i >= 4 ? line[i - 4] : 0)));
    }
    std::vector<uint8_t> z = {0x78, 0x01};
    Deflate(raw, z);
    uint32_t a = 1, b = 0;
    for (size_t pos = 0; pos < raw.size();) {  // Adler-32, reduced every 5552 bytes (zlib's NMAX: no overflow)
        const size_t stop = std::min(raw.size(), pos + 5552);
        for (; pos < stop; ++pos) {
            a += raw[pos];
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    Put32(z, (b << 16) | a);
    Chunk(out, "IDAT", z);
    Chunk(out, "IEND", {});
    return out;
}

bool WritePng(const std::string& path, const uint8_t* rgba, int width, int height) {
    std::vector<uint8_t> bytes = EncodePng(rgba, width, height);
    std::string tmp = path + ".tmp";
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return false;
    bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    ok = std::fclose(f) == 0 && ok;
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace sse
