// zip_archive.cpp: see zip_archive.h. minizip reads and writes through function tables (ioapi); these point it at
// memory instead of files.
#include "core/zip_archive.h"

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <algorithm>
#include <cstring>

namespace sse {

struct ZipReaderAccess {
    using Span = ZipReader::Memory;
};

namespace {

using ReadSpan = ZipReaderAccess::Span;

std::string Megabytes(uint64_t bytes) { return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MB"; }

// ---- Reading: the archive is a read-only span of memory. --------------------------------------------------------

voidpf ZCALLBACK ReadOpen(voidpf opaque, const void*, int) { return opaque; }
uLong ZCALLBACK ReadRead(voidpf, voidpf stream, void* buf, uLong size) {
    auto* s = static_cast<ReadSpan*>(stream);
    const uint64_t left = s->bytes.size() - std::min<uint64_t>(s->position, s->bytes.size());
    const uLong n = static_cast<uLong>(std::min<uint64_t>(left, size));
    if (n > 0) std::memcpy(buf, s->bytes.data() + s->position, n);
    s->position += n;
    return n;
}
uLong ZCALLBACK ReadWrite(voidpf, voidpf, const void*, uLong) { return 0; }
ZPOS64_T ZCALLBACK ReadTell(voidpf, voidpf stream) { return static_cast<ReadSpan*>(stream)->position; }
long ZCALLBACK ReadSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* s = static_cast<ReadSpan*>(stream);
    uint64_t base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = s->position;
    if (origin == ZLIB_FILEFUNC_SEEK_END) base = s->bytes.size();
    if (offset > s->bytes.size() || base + offset > s->bytes.size()) return -1;
    s->position = base + offset;
    return 0;
}
int ZCALLBACK ReadClose(voidpf, voidpf) { return 0; }
int ZCALLBACK ReadError(voidpf, voidpf) { return 0; }

// ---- Writing: the archive grows in a string; minizip seeks back to patch each entry's header. -------------------
struct WriteBuffer {
    std::string bytes;
    uint64_t position = 0;
};

voidpf ZCALLBACK WriteOpen(voidpf opaque, const void*, int) { return opaque; }
uLong ZCALLBACK WriteRead(voidpf, voidpf, void*, uLong) { return 0; }
uLong ZCALLBACK WriteWrite(voidpf, voidpf stream, const void* buf, uLong size) {
    auto* w = static_cast<WriteBuffer*>(stream);
    if (w->position + size > w->bytes.size()) w->bytes.resize(w->position + size);
    std::memcpy(&w->bytes[w->position], buf, size);
    w->position += size;
    return size;
}
ZPOS64_T ZCALLBACK WriteTell(voidpf, voidpf stream) { return static_cast<WriteBuffer*>(stream)->position; }
long ZCALLBACK WriteSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* w = static_cast<WriteBuffer*>(stream);
    uint64_t base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = w->position;
    if (origin == ZLIB_FILEFUNC_SEEK_END) base = w->bytes.size();
    if (base + offset > w->bytes.size()) return -1;
    w->position = base + offset;
    return 0;
}
int ZCALLBACK WriteClose(voidpf, voidpf) { return 0; }
int ZCALLBACK WriteError(voidpf, voidpf) { return 0; }

}  // namespace

ZipReader::~ZipReader() {
    if (unz_ != nullptr) unzClose(static_cast<unzFile>(unz_));
}

bool ZipReader::Open(std::string_view bytes, std::string* error) {
    if (bytes.size() > kMaxArchiveBytes) {
        *error = "the workbook is " + Megabytes(bytes.size()) + "; workbooks over " + Megabytes(kMaxArchiveBytes) +
                 " are refused (split it, or save the tables as CSV)";
        return false;
    }
    if (bytes.size() >= 4 && std::memcmp(bytes.data(), "\xD0\xCF\x11\xE0", 4) == 0) {
        *error = "this is an old-style .xls workbook or a password-protected one; save it as .xlsx without a "
                 "password";
        return false;
    }
    memory_.bytes = bytes;
    memory_.position = 0;
    zlib_filefunc64_def functions{};
    functions.zopen64_file = ReadOpen;
    functions.zread_file = ReadRead;
    functions.zwrite_file = ReadWrite;
    functions.ztell64_file = ReadTell;
    functions.zseek64_file = ReadSeek;
    functions.zclose_file = ReadClose;
    functions.zerror_file = ReadError;
    functions.opaque = &memory_;
    unzFile unz = unzOpen2_64("memory", &functions);
    if (unz == nullptr) {
        *error = "not a ZIP archive (a workbook is one), or a damaged one";
        return false;
    }
    unz_ = unz;
    for (int rc = unzGoToFirstFile(unz); rc == UNZ_OK; rc = unzGoToNextFile(unz)) {
        if (names_.size() >= kMaxArchiveEntries) {
            *error = "the archive holds more than " + std::to_string(kMaxArchiveEntries) + " files; refused";
            return false;
        }
        char name[1024];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(unz, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK) {
            *error = "the archive's list of files is damaged";
            return false;
        }
        names_.emplace_back(name);
    }
    return true;
}

bool ZipReader::Has(std::string_view name) const {
    return std::find(names_.begin(), names_.end(), name) != names_.end();
}

bool ZipReader::Read(std::string_view name, const std::function<bool(std::string_view)>& sink, std::string* error) {
    auto* unz = static_cast<unzFile>(unz_);
    const std::string entry(name);
    if (unz == nullptr || unzLocateFile(unz, entry.c_str(), 1) != UNZ_OK) {
        *error = "the archive has no '" + entry + "'";
        return false;
    }
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(unz, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        *error = "'" + entry + "' is damaged";
        return false;
    }
    const std::string where = "'" + entry + "' (" + std::to_string(info.compressed_size) + " bytes compressed)";
    if ((info.flag & 1u) != 0) {
        *error = where + " is encrypted; save the workbook without a password";
        return false;
    }
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED) {
        *error = where + " uses a compression method other than deflate (" + std::to_string(info.compression_method) +
                 "); save the workbook again";
        return false;
    }
    const auto bomb = [&](uint64_t inflated) {
        return where + " inflates to over " + Megabytes(inflated) +
               ": a ZIP bomb or a workbook too large to open (limits: " + Megabytes(kMaxEntryInflatedBytes) +
               " per file, " + Megabytes(kMaxTotalInflatedBytes) + " in all, " +
               std::to_string(kMaxInflationRatio) + " times its compressed size)";
    };
    // The sizes the archive declares are checked first (a honest bomb is refused without inflating anything); then
    // the bytes actually inflated, since a hostile archive may declare anything.
    const auto too_big = [&](uint64_t inflated) {
        return inflated > kMaxEntryInflatedBytes || total_inflated_ + inflated > kMaxTotalInflatedBytes ||
               (inflated > kRatioCheckedAfter && inflated / kMaxInflationRatio > info.compressed_size);
    };
    if (too_big(info.uncompressed_size)) {
        *error = bomb(info.uncompressed_size);
        return false;
    }
    if (unzOpenCurrentFile(unz) != UNZ_OK) {
        *error = where + " cannot be opened";
        return false;
    }
    uint64_t inflated = 0;
    std::string buffer(64 * 1024, '\0');
    bool ok = true;
    for (;;) {
        const int n = unzReadCurrentFile(unz, buffer.data(), static_cast<unsigned>(buffer.size()));
        if (n < 0) {
            *error = where + " is damaged (inflate error " + std::to_string(n) + ")";
            ok = false;
            break;
        }
        if (n == 0) break;
        inflated += static_cast<uint64_t>(n);
        if (too_big(inflated)) {
            *error = bomb(inflated);
            ok = false;
            break;
        }
        if (!sink(std::string_view(buffer.data(), static_cast<size_t>(n)))) {
            ok = false;
            error->clear();  // the sink stopped: its own reason stands
            break;
        }
    }
    const int close = unzCloseCurrentFile(unz);
    total_inflated_ += inflated;
    if (ok && close == UNZ_CRCERROR) {
        *error = where + " is damaged (its checksum does not match)";
        return false;
    }
    return ok;
}

bool ZipReader::ReadAll(std::string_view name, std::string* out, std::string* error) {
    out->clear();
    return Read(name, [out](std::string_view piece) { out->append(piece); return true; }, error);
}

std::string WriteZip(const std::vector<std::pair<std::string, std::string>>& entries, bool store_first) {
    WriteBuffer buffer;
    zlib_filefunc64_def functions{};
    functions.zopen64_file = WriteOpen;
    functions.zread_file = WriteRead;
    functions.zwrite_file = WriteWrite;
    functions.ztell64_file = WriteTell;
    functions.zseek64_file = WriteSeek;
    functions.zclose_file = WriteClose;
    functions.zerror_file = WriteError;
    functions.opaque = &buffer;
    zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions);
    if (zip == nullptr) return {};
    bool first = true;
    for (const auto& [name, content] : entries) {
        zip_fileinfo info{};
        // A fixed date (1980-01-01, the format's first) so that the same tables give the same bytes.
        info.tmz_date.tm_mday = 1;
        info.tmz_date.tm_year = 1980;
        const int method = first && store_first ? 0 : Z_DEFLATED;
        first = false;
        // zip64 off: every file written here is far below 4 GB, and readers then see the plainest archive.
        if (zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                                  Z_DEFAULT_COMPRESSION, 0) != ZIP_OK ||
            zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())) != ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK) {
            zipClose(zip, nullptr);
            return {};
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK) return {};
    return std::move(buffer.bytes);
}

}  // namespace sse
