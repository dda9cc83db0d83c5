// dataset_loader.cpp: parse (json_reader) -> validate and build the model -> locate diagnostics.
//
// One pass. The parser hands each element of the top-level lists ("actors": [...]) to the Validator
// as soon as it is parsed and then drops it, so memory beyond the text is about the model itself.
// Each element is checked field by field and added to the model; its id goes into a hash table. A
// reference to an id already seen is resolved at once; one to an id not seen yet (ids may be used
// before they are defined) is kept and resolved when the whole file has been read, together with the
// checks that need everything (link kinds against levels, territory loops, unused territories).
// Everything is linear in the size of the file; edit-distance suggestions are computed only for
// problems that are reported.
//
// The loader is split by concern (each file says what it holds):
//   dataset_loader.cpp              these entry points: text or file in, LoadResult out
//   load_collector.{h,cpp}          the diagnostics collector and the helpers that word messages
//   id_table.h                      the id -> definition hash table
//   dataset_validator.h             the Validator class, its field tables and reference kinds
//   dataset_validator*.cpp          the Validator, one file per group of sections
//   json_reader.{h,cpp}             the JSON parser that streams the top-level lists
//   diagnostic_codes.{h,cpp}        the stable code of each kind of problem, set on every diagnostic
#include "core/dataset_loader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <new>
#include <stdexcept>
#include <utility>

#include "core/dataset_validator.h"
#include "core/json_reader.h"
#include "core/load_collector.h"

namespace sse {
namespace {

using load::Collector;
using load::Severity;
using load::TooLarge;
using load::Validator;

// Parses `body` while the validator reads the elements of its top-level lists as the parser streams them; if the
// text turns out not to be JSON, its findings are dropped and only the syntax error is reported. `alone_id`: read
// one element alone (Validator::ReadAlone) for a data set of that id.
void Validate(std::string_view body, const std::string& file_name, const std::string* alone_id, LoadResult* result) {
    Collector collector;
    Validator validator(body, collector, result->dataset);
    if (alone_id) validator.ReadAlone(*alone_id);
    json::Document doc;
    std::vector<json::Problem> problems;
    json::ParseOptions options;
    options.max_depth = kMaxNestingDepth;
    options.stream = &validator;
    const bool parsed = json::Parse(body, &doc, &problems, options);
    if (!parsed) {
        collector = Collector();
        result->dataset = Dataset{};
    }
    for (json::Problem& p : problems) {
        collector.Add(p.is_error ? Severity::Error : Severity::Warning, p.code, p.offset, std::move(p.pointer),
                      std::move(p.message));
    }
    if (parsed) validator.Finish(doc);
    collector.Finish(body, file_name, result);
}

LoadResult LoadDatasetUnguarded(std::string_view text, const std::string& file_name) {
    LoadResult result;
    std::string_view body = text;
    if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);  // UTF-8 byte order mark
    if (text.size() > kMaxFileBytes) {
        Collector collector;
        collector.AddWholeFile(DiagnosticCode::FileTooLarge, TooLarge(text.size()));
        collector.Finish(body, file_name, &result);
        return result;
    }
    Validate(body, file_name, nullptr, &result);
    return result;
}

LoadResult ReadElementAloneUnguarded(const char* list, std::string_view element_json, const std::string& dataset_id,
                                     const std::string& name) {
    LoadResult result;
    const std::string text = std::string("{\"") + list + "\":[" + std::string(element_json) + "]}";
    Validate(text, name, &dataset_id, &result);
    return result;
}

// A result with one whole-file error (line 0) and nothing else.
LoadResult WholeFileError(const std::string& file_name, DiagnosticCode code, std::string message) {
    LoadResult result;
    Diagnostic d;
    d.file = file_name;
    d.message = std::move(message);
    d.code = ToString(code);
    result.diagnostics.push_back(std::move(d));
    result.errors = 1;
    return result;
}

}  // namespace

LoadResult ReadElementAlone(const char* list, std::string_view element_json, const std::string& dataset_id,
                            const std::string& name) {
    try {
        return ReadElementAloneUnguarded(list, element_json, dataset_id, name);
    } catch (const std::exception& e) {
        return WholeFileError(name, DiagnosticCode::LoadFailed, std::string("could not read the element: ") + e.what());
    }
}

// Nothing below is expected to throw except std::bad_alloc on a file too big for the memory left;
// catching here keeps the promise that the API never throws.
LoadResult LoadDataset(std::string_view text, const std::string& file_name) {
    try {
        return LoadDatasetUnguarded(text, file_name);
    } catch (const std::exception& e) {
        return WholeFileError(file_name, DiagnosticCode::LoadFailed,
                              std::string("could not load the file: ") +
                                  (dynamic_cast<const std::bad_alloc*>(&e) ? "not enough memory" : e.what()));
    }
}

namespace {

// Why a file could not be read: `message` is empty when it was read.
struct FileProblem {
    DiagnosticCode code = DiagnosticCode::FileUnreadable;
    std::string message;
};

FileProblem ReadError(const char* what, int error) {
    return {DiagnosticCode::FileUnreadable, std::string(what) + (error ? std::strerror(error) : "unknown reason")};
}

// Reads the file into *text, or returns the problem for the one whole-file diagnostic.
FileProblem ReadDataFile(const std::string& path, std::string* text) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) return {DiagnosticCode::FileNotFound, "file not found"};
    if (ec) return {DiagnosticCode::FileUnreadable, "cannot open the file: " + ec.message()};
    if (status.type() == fs::file_type::directory) return {DiagnosticCode::FileUnreadable, "this is a folder, not a data file"};
    if (status.type() == fs::file_type::regular) {
        const std::uintmax_t size = fs::file_size(path, ec);
        if (!ec && size > kMaxFileBytes) {
            return {DiagnosticCode::FileTooLarge, TooLarge(static_cast<size_t>(size))};  // not read at all
        }
        if (!ec) text->reserve(static_cast<size_t>(size));
    }
    // O_NONBLOCK: opening a named pipe (FIFO) that nobody writes to would wait forever; this way it reads
    // as an empty file. Reads block as usual once it is open (the flag is cleared).
    errno = 0;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return ReadError("cannot open the file: ", errno);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags != -1) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    std::FILE* f = ::fdopen(fd, "rb");
    if (!f) {
        const int error = errno;
        ::close(fd);
        return ReadError("cannot open the file: ", error);
    }
    char buffer[1 << 16];
    for (;;) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, f);
        if (n == 0) break;
        if (text->size() + n > kMaxFileBytes) {  // the file grew, or its size was not known in advance
            std::fclose(f);
            return {DiagnosticCode::FileTooLarge, TooLarge(text->size() + n)};
        }
        text->append(buffer, n);
    }
    const bool failed = std::ferror(f) != 0;
    const int error = errno;
    std::fclose(f);
    return failed ? ReadError("cannot read the file: ", error) : FileProblem{};
}

}  // namespace

LoadResult LoadDatasetFile(const std::string& path) {
    std::string text;
    FileProblem problem;
    try {
        problem = ReadDataFile(path, &text);
    } catch (const std::exception&) {  // std::bad_alloc
        problem = {DiagnosticCode::LoadFailed, "could not load the file: not enough memory"};
    }
    if (problem.message.empty()) return LoadDataset(text, path);
    return WholeFileError(path, problem.code, std::move(problem.message));
}

bool ApplyIfValid(const LoadResult& result, Dataset& current) {
    if (!result.ok || result.errors != 0) return false;
    current = result.dataset;
    return true;
}

bool ApplyIfValid(LoadResult&& result, Dataset& current) {
    if (!result.ok || result.errors != 0) return false;
    current = std::move(result.dataset);
    return true;
}

}  // namespace sse
