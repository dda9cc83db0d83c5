// explorer_import.cpp: opening files into a preview, and applying it (Replace or Merge, each one undoable step), and
// the data as files for export. See explorer.h (OpenData) and data/README.md ("Your own data").
#include <algorithm>
#include <unordered_map>

#include "core/i18n.h"
#include "core/dataset_writer.h"
#include "core/diagnostic_codes.h"
#include "core/explorer.h"
#include "core/figure_formats.h"
#include "core/import_exchange.h"
#include "core/import_formats.h"
#include "core/palette.h"

namespace sse {

namespace {

constexpr const char* kSections[] = {"territories", "actors", "links", "cases", "recommendations", "tours"};

nlohmann::json DiagnosticJson(const Diagnostic& d) {
    return {{"severity", d.severity == Diagnostic::Severity::Error ? "error" : "warning"},
            {"code", d.code},
            {"file", d.file},
            {"line", d.line},
            {"column", d.column},
            {"message", d.message},
            {"text", FormatDiagnostic(d)}};
}

std::string JoinNames(const std::vector<std::string>& names) {
    std::string s;
    for (size_t i = 0; i < names.size(); ++i) s += (i ? ", " : "") + names[i];
    return s;
}

// `incoming` merged into `current` by id, per list: an item with a known id replaces the current one (noted in
// `notes` when it differs), a new one is appended. The current data set's own info is kept.
nlohmann::json Merge(nlohmann::json current, const nlohmann::json& incoming, const std::vector<std::string>& generated,
                     std::vector<Diagnostic>* notes, const std::string& file) {
    for (const char* section : kSections) {
        if (!incoming.contains(section) || !incoming[section].is_array()) continue;
        nlohmann::json& list = current[section];
        if (!list.is_array()) list = nlohmann::json::array();
        std::unordered_map<std::string, size_t> index;
        for (size_t i = 0; i < list.size(); ++i) {
            if (list[i].contains("id") && list[i]["id"].is_string()) index.emplace(list[i]["id"].get<std::string>(), i);
        }
        for (const nlohmann::json& item : incoming[section]) {
            const std::string id = item.contains("id") && item["id"].is_string() ? item["id"].get<std::string>() : "";
            auto it = id.empty() ? index.end() : index.find(id);
            if (it == index.end()) {
                if (!id.empty()) index.emplace(id, list.size());
                list.push_back(item);
                continue;
            }
            const bool country = std::string(section) == "territories" &&
                                 std::find(generated.begin(), generated.end(), id) != generated.end();
            if (list[it->second] != item && !country) {
                Diagnostic d;
                d.severity = Diagnostic::Severity::Warning;
                d.file = file;
                d.code = ToString(DiagnosticCode::MergeReplaced);
                d.pointer = std::string("/") + section + "/" + std::to_string(it->second);
                d.message = std::string(section) + " '" + id + "': the imported item replaced the current one";
                notes->push_back(std::move(d));
                list[it->second] = item;
            }
        }
    }
    return current;
}

}  // namespace

CommandResult Explorer::OpenData(const std::vector<ImportFile>& files) {
    if (files.empty()) return {false, "no file to open", "usage", ""};
    std::vector<std::string> names;
    for (const ImportFile& f : files) names.push_back(f.name);
    MapOptions options;
    options.context = &Data();  // tables may refer to actors and territories already open (for a merge)
    return OpenMapped(names, ImportFiles(files, options));
}

CommandResult Explorer::OpenMapped(const std::vector<std::string>& file_names, MappedImport mapped) {
    m_redraw = true;
    if (file_names.empty()) return {false, "no file to open", "usage", ""};
    m_import = PendingImport{};
    m_import.files = file_names;
    m_import.mapped = std::move(mapped);
    const MappedImport& m = m_import.mapped;
    nlohmann::json data = {{"diagnostics", nlohmann::json::array()}};
    for (const Diagnostic& d : m.diagnostics) data["diagnostics"].push_back(DiagnosticJson(d));
    data["actors"] = m.actors;
    data["links"] = m.links;
    CommandResult r;
    r.ok = m.ok;
    r.data = data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const std::string counts = std::to_string(m.actors) + " actors, " + std::to_string(m.links) + " links, " +
                               std::to_string(m.territories) + " territories, " + std::to_string(m.cases) + " cases";
    if (m.ok) {
        r.code = "ok";
        r.message = JoinNames(m_import.files) + ": " + counts + ", " + std::to_string(m.warnings) +
                    " warnings; 'import replace' or 'import merge' loads it, 'import cancel' drops it";
    } else {
        r.code = "load-failed";
        for (const Diagnostic& d : m.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error) {
                r.code = d.code;
                break;
            }
        }
        r.message = JoinNames(m_import.files) + ": " + std::to_string(m.errors) +
                    " errors, so nothing can be loaded (fix them and open the file again)";
        for (const Diagnostic& d : m.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error) {
                r.message += "; first: " + FormatDiagnostic(d);
                break;
            }
        }
    }
    return r;
}

bool Explorer::LoadFiles(const std::vector<ImportFile>& files) {
    MappedImport m = ImportFiles(files);
    std::vector<std::string> names;
    for (const ImportFile& f : files) names.push_back(f.name);
    if (!m.ok) {
        m_diagnostics = std::move(m.diagnostics);
        return false;
    }
    const bool json = files.size() == 1 && FindImportFormat(files[0].name, files[0].bytes)->read == nullptr;
    if (json) return Load(m.json, files[0].name);
    const bool ok = Load(m.json, JoinNames(names));
    m_diagnostics = std::move(m.diagnostics);  // located in the user's files, not in the generated JSON
    return ok;
}

CommandResult Explorer::ImportCommand(const std::vector<std::string>& w) {
    if (w[0] == "open") {  // open <path>...: files read from disk, as the file dialog opens them (paths without spaces)
        if (w.size() < 2) return {false, "usage: open <file> [<file>...]", "usage", ""};
        std::vector<ImportFile> files;
        for (size_t i = 1; i < w.size(); ++i) {
            ImportFile f;
            Diagnostic error;
            if (!ReadImportFile(w[i], &f, &error)) return {false, FormatDiagnostic(error), error.code, ""};
            files.push_back(std::move(f));
        }
        return OpenData(files);
    }
    if (w.size() != 2 || (w[1] != "replace" && w[1] != "merge" && w[1] != "cancel")) {
        return {false, "usage: import replace|merge|cancel", "usage", ""};
    }
    if (!Pending()) return {false, "no import is waiting: open a file first", "no-import", ""};
    if (w[1] == "cancel") {
        m_import = PendingImport{};
        return {true, "import cancelled; the data is unchanged", "ok", ""};
    }
    const MappedImport& m = m_import.mapped;
    if (!m.ok) {
        return {false, "the opened files have " + std::to_string(m.errors) + " errors; nothing can be loaded", "load-failed", ""};
    }
    nlohmann::json incoming = nlohmann::json::parse(m.json, nullptr, false);
    if (incoming.is_discarded()) return {false, "the import could not be read back", "load-failed", ""};
    const std::string names = JoinNames(m_import.files);
    std::vector<Diagnostic> notes;
    // Moved, not copied, into the undo step (tens of megabytes at 10,000 actors).
    nlohmann::json content = w[1] == "merge" ? Merge(m_doc.Json(), incoming, m.generated_territories, &notes, names) : std::move(incoming);
    const size_t notices_before = notices.size();
    EditOutcome outcome = ReplaceContent(std::move(content), (w[1] == "merge" ? "merge " : "import ") + names);
    notices.resize(std::min(notices.size(), notices_before));  // one line below instead of one per warning
    if (!outcome.ok && outcome.code != "no-change") {
        return {false, outcome.message, outcome.code, ""};
    }
    nlohmann::json data = {{"replaced", nlohmann::json::array()}};
    for (const Diagnostic& d : notes) data["replaced"].push_back(d.message);
    m_diagnostics = m.diagnostics;
    for (Diagnostic& d : notes) m_diagnostics.push_back(std::move(d));
    if (w[1] == "replace") m_file = names;
    m_import = PendingImport{};
    // For people, in their language (the command's code and data stay the same for scripts).
    const std::string actors = i18n::TrN("import.actors", (long long)Data().actors.size(), "{count} actor", "{count} actors");
    const std::string links = i18n::TrN("import.links", (long long)Data().links.size(), "{count} link", "{count} links");
    const std::string replaced = notes.empty() ? "" : i18n::TrN("import.replaced", (long long)notes.size(), "; {count} item replaced (see Diagnostics)",
                                                                 "; {count} items replaced (see Diagnostics)");
    notices.push_back(w[1] == "merge"
                          ? i18n::TrF("import.merged", "merged {files}: {actors}, {links}{replaced} (undo restores the previous data)",
                                      {{"files", names}, {"actors", actors}, {"links", links}, {"replaced", replaced}})
                          : i18n::TrF("import.loaded", "loaded {files}: {actors}, {links}{replaced} (undo restores the previous data)",
                                      {{"files", names}, {"actors", actors}, {"links", links}, {"replaced", replaced}}));
    CommandResult r{true, notices.back(), outcome.ok ? "ok" : outcome.code, ""};
    r.data = data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

CommandResult Explorer::ExportCommand(const std::vector<std::string>& w) {
    if (w.size() < 2 || w.size() > 3) return {false, "usage: export <format> [<folder>]", "usage", ""};
    if (w.size() == 3 && !file_access)  // as save: the page has no files of the user's to write into
        return {false, "export writes files only in the desktop app; in the browser it returns them", "no-file-access", ""};
    std::string error;
    const std::vector<ExportFile> files = ExportData(w[1], &error);
    if (!error.empty()) return {false, error, FindFigureFormat(w[1]) ? "export-failed" : "unknown-format", ""};
    // The reply's JSON written out by hand (this code is in the page's first download; building nlohmann objects
    // would cost more): {"files": [{"name", "path" or "text" (a workbook or archive: "base64"), "bytes"}]}.
    const auto quoted = [](const std::string& text) {
        return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    std::string list, names;
    for (const ExportFile& f : files) {
        names += (names.empty() ? "" : ", ") + f.name;
        std::string content;
        if (w.size() == 3) {  // into a folder (the desktop): each file written whole or not at all
            const std::string path = w[2] + "/" + f.name;
            const std::string written = WriteFileAtomically(path, f.bytes);
            if (!written.empty()) return {false, written, "write-failed", ""};
            content = "\"path\": " + quoted(path);
        } else {
            const bool binary = f.name.size() > 5 && (f.name.compare(f.name.size() - 4, 4, ".zip") == 0 ||
                                                      f.name.compare(f.name.size() - 4, 4, ".png") == 0 ||
                                                      f.name.compare(f.name.size() - 5, 5, ".xlsx") == 0);
            content = binary ? "\"base64\": " + quoted(Base64(f.bytes)) : "\"text\": " + quoted(f.bytes);
        }
        list += (list.empty() ? "" : ", ") + std::string("{\"name\": ") + quoted(f.name) + ", " + content +
                ", \"bytes\": " + std::to_string(f.bytes.size()) + "}";
    }
    CommandResult r{true, (w.size() == 3 ? "wrote " + names + " into " + w[2] : "exported " + names), "ok", ""};
    r.data = "{\"files\": [" + list + "]}";
    return r;
}

nlohmann::json Explorer::ImportStateJson() const {
    const PendingImport* p = Pending();
    if (!p) return nullptr;
    const MappedImport& m = p->mapped;
    nlohmann::json list = nlohmann::json::array();
    for (size_t i = 0; i < m.diagnostics.size() && i < 200; ++i) list.push_back(DiagnosticJson(m.diagnostics[i]));
    return {{"files", p->files},     {"ok", m.ok},
            {"actors", m.actors},    {"links", m.links},
            {"territories", m.territories}, {"cases", m.cases},
            {"recommendations", m.recommendations}, {"errors", m.errors},
            {"warnings", m.warnings}, {"diagnostics", list}};
}

std::vector<ExportFile> Explorer::ExportData(const std::string& format, std::string* error) const {
    if (format == "json") {
        std::string name = Data().id.empty() ? "data" : Data().id;
        return {{name + ".json", WriteDataset(Data())}};
    }
    const std::string base = Data().id.empty() ? "data" : Data().id;
    if (const FigureFormat* fig = FindFigureFormat(format)) {  // the current view as a figure (figure_formats.h)
        const std::string name = base + fig->suffix + "." + fig->extension;
        if (std::string_view(fig->extension) == "svg") {
            SvgOptions options;
            options.background = fig->background;
            return {{name, WriteSvg(*this, drawn_labels, options)}};
        }
        const PngRenderer render = RegisteredPngRenderer();
        std::string png, why = "a PNG figure needs a window to draw in (use svg here)";
        if (render) png = render(*this, fig->scale, fig->background, &why);
        if (!png.empty()) return {{name, std::move(png)}};
        if (error) *error = "cannot export " + format + ": " + why;
        return {};
    }
    // Tables, workbooks and graphs: the formats registered in this program (heavy_formats.h; the page's converter).
    if (const ExportFormat* f = FindExportFormat(format)) return f->write(Data(), ActorLooks(*this), base);
    if (format.rfind("csv:", 0) == 0) {  // one table alone ("csv:actors"): a browser downloads one file per click
        if (const ExportFormat* csv = FindExportFormat("csv")) {
            for (ExportFile& f : csv->write(Data(), {}, base)) {
                if (f.name == format.substr(4) + ".csv") return {std::move(f)};
            }
        }
    }
    if (error) {
        std::string allowed = "json";
        for (const FigureFormat& f : FigureFormats()) allowed += std::string(", ") + f.name;
        for (const ExportFormat& f : ExportFormats())
            allowed += std::string(", ") + f.name + (std::string_view(f.name) == "csv" ? ", csv:<table>" : "");
        *error = "unknown export format '" + format + "'; allowed: " + allowed;
    }
    return {};
}

}  // namespace sse
