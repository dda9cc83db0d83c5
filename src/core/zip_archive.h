// zip_archive.h: ZIP archives in memory (minizip over zlib), for workbooks (XLSX and ODS are ZIP archives of XML
// files). Reading is bounded against hostile files: the archive's size, the number of entries, each entry's and
// all entries' inflated size, and the inflation ratio (a "ZIP bomb", a few KB that inflate to gigabytes, is
// refused after at most a few MB of work). Entries are inflated in pieces, so an entry is never held whole.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sse {

// A workbook larger than this is refused before it is opened (a spreadsheet of 10,000 actors and 50,000 links is
// about 3 MB; the JSON loader's limit is 64 MiB of text, which a workbook's XML inflates well past).
constexpr uint64_t kMaxArchiveBytes = uint64_t{32} * 1024 * 1024;
constexpr uint64_t kMaxEntryInflatedBytes = uint64_t{256} * 1024 * 1024;   // one sheet's XML
constexpr uint64_t kMaxTotalInflatedBytes = uint64_t{512} * 1024 * 1024;   // all entries read from one archive
constexpr uint64_t kMaxInflationRatio = 200;  // XML sheets deflate 5-30 times; a bomb, thousands of times
constexpr uint64_t kRatioCheckedAfter = uint64_t{4} * 1024 * 1024;  // small entries may compress well
constexpr size_t kMaxArchiveEntries = 10000;

class ZipReader {
public:
    ZipReader() = default;
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    // Opens an archive held in `bytes` (which must outlive the reader). False with `error` set when it is too
    // large, is not a ZIP archive, or is damaged.
    bool Open(std::string_view bytes, std::string* error);
    // The names of its entries ("xl/workbook.xml"), in archive order.
    const std::vector<std::string>& Names() const { return names_; }
    bool Has(std::string_view name) const;
    // Inflates entry `name` piece by piece into `sink` (which returns false to stop early). False with `error` set
    // when the entry is missing, damaged, encrypted, or inflates past the limits above.
    bool Read(std::string_view name, const std::function<bool(std::string_view)>& sink, std::string* error);
    // The whole entry (for small ones: relationships, the workbook, styles).
    bool ReadAll(std::string_view name, std::string* out, std::string* error);

private:
    void* unz_ = nullptr;  // unzFile
    struct Memory {  // what minizip's read functions see
        std::string_view bytes;
        uint64_t position = 0;
    };
    Memory memory_;
    friend struct ZipReaderAccess;
    std::vector<std::string> names_;
    uint64_t total_inflated_ = 0;
};

// A ZIP archive of `entries` (name, content), deflated, in that order; the first entry may be stored instead
// (`store_first`: ODS needs its "mimetype" entry stored, first). Written in memory.
std::string WriteZip(const std::vector<std::pair<std::string, std::string>>& entries, bool store_first = false);

}  // namespace sse
