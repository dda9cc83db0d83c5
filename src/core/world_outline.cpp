// world_outline.cpp: see world_outline.h.
#include "core/world_outline.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <new>
#include <system_error>

namespace sse {

namespace {

constexpr char kMagic[4] = {'S', 'S', 'E', 'W'};
constexpr size_t kHeaderBytes = 8;      // magic + ring count
constexpr size_t kRingHeaderBytes = 4;  // point count
constexpr size_t kPointBytes = 4;       // two int16

uint32_t ReadU32(const uint8_t* p) {
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

int16_t ReadI16(const uint8_t* p) {
    return static_cast<int16_t>(static_cast<uint16_t>(p[0] | p[1] << 8));
}

std::string Num(uint64_t v) { return std::to_string(v); }

// Messages without a prefix; the public functions add "world outline: " (and the path).
bool Fail(std::string& error, std::string message) {
    error = std::move(message);
    return false;
}

bool Parse(const std::vector<uint8_t>& bytes, WorldOutline& out, std::string& error) {
    const size_t size = bytes.size();
    if (size < kHeaderBytes) {
        return Fail(error, "file too short (" + Num(size) + " bytes; the header alone needs " + Num(kHeaderBytes) + ")");
    }
    if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        return Fail(error, "not a world outline file (the first 4 bytes are not \"SSEW\")");
    }
    const uint8_t* p = bytes.data();
    const uint32_t ring_count = ReadU32(p + 4);
    size_t pos = kHeaderBytes;
    // Each ring takes at least its point count, so a count the file cannot hold is rejected before
    // anything is allocated (0xFFFFFFFF rings must not reserve gigabytes).
    if (uint64_t{ring_count} > (size - pos) / kRingHeaderBytes) {
        return Fail(error, "ring count " + Num(ring_count) + " is more than a file of " + Num(size) + " bytes can hold");
    }
    std::vector<std::vector<Vec2>> rings;
    rings.reserve(ring_count);
    for (uint32_t r = 0; r < ring_count; ++r) {
        if (size - pos < kRingHeaderBytes) {
            return Fail(error, "file truncated at ring " + Num(r) + " of " + Num(ring_count) + " (byte " + Num(pos) + ")");
        }
        const uint32_t point_count = ReadU32(p + pos);
        pos += kRingHeaderBytes;
        if (point_count < 2) {
            return Fail(error, "ring " + Num(r) + " has " + Num(point_count) + " point(s); a ring needs at least 2");
        }
        if (uint64_t{point_count} > (size - pos) / kPointBytes) {
            return Fail(error, "file truncated in ring " + Num(r) + ": " + Num(point_count) + " points need " +
                                   Num(uint64_t{point_count} * kPointBytes) + " bytes but only " + Num(size - pos) +
                                   " remain");
        }
        std::vector<Vec2> ring;
        ring.reserve(point_count);
        for (uint32_t i = 0; i < point_count; ++i, pos += kPointBytes) {
            const int lon = ReadI16(p + pos), lat = ReadI16(p + pos + 2);
            if (lon < -18000 || lon > 18000 || lat < -9000 || lat > 9000) {
                return Fail(error, "ring " + Num(r) + " point " + Num(i) + " is out of range (lon " +
                                       std::to_string(lon / 100.0) + ", lat " + std::to_string(lat / 100.0) +
                                       "; expected -180..180, -90..90)");
            }
            ring.push_back(Vec2{lon / 100.0, lat / 100.0});
        }
        rings.push_back(std::move(ring));
    }
    if (pos != size) {
        return Fail(error, Num(size - pos) + " unexpected byte(s) after the last ring (corrupt file?)");
    }
    out.rings = std::move(rings);
    return true;
}

// Parse without exceptions: counts are bounded by the size, so only a nearly full memory can throw.
bool ParseNoThrow(const std::vector<uint8_t>& bytes, WorldOutline& out, std::string& error) {
    out.rings.clear();
    try {
        return Parse(bytes, out, error);
    } catch (const std::bad_alloc&) {
        out.rings.clear();
        return Fail(error, "out of memory");
    }
}

}  // namespace

bool ParseWorldOutline(const std::vector<uint8_t>& bytes, WorldOutline& out, std::string& error) {
    error.clear();
    if (ParseNoThrow(bytes, out, error)) return true;
    error = "world outline: " + error;
    return false;
}

bool LoadWorldOutlineFile(const std::string& path, WorldOutline& out, std::string& error) {
    out.rings.clear();
    error.clear();
    auto fail = [&](const std::string& message) { return Fail(error, "world outline: " + path + ": " + message); };
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) return fail("file not found");
    if (ec) return fail("cannot open the file: " + ec.message());
    if (status.type() == fs::file_type::directory) return fail("this is a folder, not a file");
    errno = 0;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return fail(std::string("cannot open the file: ") + (errno ? std::strerror(errno) : "unknown reason"));
    std::vector<uint8_t> bytes;
    bool too_large = false;
    try {
        uint8_t buffer[1 << 14];
        for (;;) {
            const size_t n = std::fread(buffer, 1, sizeof buffer, f);
            if (n == 0) break;
            if (bytes.size() + n > kMaxWorldOutlineBytes) {
                too_large = true;
                break;
            }
            bytes.insert(bytes.end(), buffer, buffer + n);
        }
    } catch (const std::bad_alloc&) {
        std::fclose(f);
        return fail("out of memory");
    }
    const bool read_error = std::ferror(f) != 0;
    const int read_errno = errno;
    std::fclose(f);
    if (too_large) return fail("file is too large (the limit is " + Num(kMaxWorldOutlineBytes) + " bytes)");
    if (read_error) return fail(std::string("cannot read the file: ") + (read_errno ? std::strerror(read_errno) : "read error"));
    std::string message;
    if (!ParseNoThrow(bytes, out, message)) return fail(message);
    return true;
}

}  // namespace sse
