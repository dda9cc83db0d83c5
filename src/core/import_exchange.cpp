// import_exchange.cpp: see import_exchange.h.
#include "core/import_exchange.h"

#include <nlohmann/json.hpp>
#include <string>

namespace sse {

std::string MappedImportToJson(const MappedImport& m) {
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const Diagnostic& d : m.diagnostics) {
        diagnostics.push_back({{"severity", d.severity == Diagnostic::Severity::Error ? "error" : "warning"},
                               {"code", d.code}, {"file", d.file}, {"line", d.line}, {"column", d.column},
                               {"pointer", d.pointer}, {"message", d.message}});
    }
    const nlohmann::json j = {{"ok", m.ok}, {"errors", m.errors}, {"warnings", m.warnings},
                              {"territories", m.territories}, {"actors", m.actors}, {"links", m.links},
                              {"cases", m.cases}, {"recommendations", m.recommendations},
                              {"generated_territories", m.generated_territories}, {"diagnostics", diagnostics}};
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool MappedImportFromJson(std::string_view text, MappedImport* out) {
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object() || !j.contains("ok") || !j["ok"].is_boolean() || !j.contains("diagnostics") ||
        !j["diagnostics"].is_array())
        return false;
    MappedImport m;
    m.ok = j["ok"].get<bool>();
    auto count = [&](const char* key) { return j.contains(key) && j[key].is_number_unsigned() ? j[key].get<size_t>() : 0; };
    m.errors = static_cast<int>(count("errors"));
    m.warnings = static_cast<int>(count("warnings"));
    m.territories = count("territories");
    m.actors = count("actors");
    m.links = count("links");
    m.cases = count("cases");
    m.recommendations = count("recommendations");
    if (j.contains("generated_territories") && j["generated_territories"].is_array()) {
        for (const nlohmann::json& id : j["generated_territories"])
            if (id.is_string()) m.generated_territories.push_back(id.get<std::string>());
    }
    for (const nlohmann::json& e : j["diagnostics"]) {
        if (!e.is_object()) return false;
        Diagnostic d;
        d.severity = e.value("severity", "error") == "warning" ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error;
        d.code = e.value("code", "");
        d.file = e.value("file", "");
        d.line = e.value("line", 0);
        d.column = e.value("column", 0);
        d.pointer = e.value("pointer", "");
        d.message = e.value("message", "");
        m.diagnostics.push_back(std::move(d));
    }
    *out = std::move(m);
    return true;
}

std::string Base64(const std::string& bytes) {
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (size_t i = 0; i < bytes.size(); i += 3) {
        const auto b0 = static_cast<unsigned char>(bytes[i]);
        const auto b1 = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0u;
        const auto b2 = i + 2 < bytes.size() ? static_cast<unsigned char>(bytes[i + 2]) : 0u;
        out += kAlphabet[b0 >> 2];
        out += kAlphabet[((b0 & 3u) << 4) | (b1 >> 4)];
        out += i + 1 < bytes.size() ? kAlphabet[((b1 & 15u) << 2) | (b2 >> 6)] : '=';
        out += i + 2 < bytes.size() ? kAlphabet[b2 & 63u] : '=';
    }
    return out;
}

std::string ExportReplyJson(const std::vector<ExportFile>& files, const std::string& error) {
    nlohmann::json out = {{"ok", error.empty()}, {"message", error}, {"files", nlohmann::json::array()}};
    for (const auto& f : files) {
        const auto ends = [&f](const char* ext) {
            const size_t n = std::char_traits<char>::length(ext);
            return f.name.size() > n && f.name.compare(f.name.size() - n, n, ext) == 0;
        };
        const bool binary = ends(".xlsx") || ends(".zip") || ends(".png");
        out["files"].push_back(binary ? nlohmann::json{{"name", f.name}, {"base64", Base64(f.bytes)}}
                                      : nlohmann::json{{"name", f.name}, {"text", f.bytes}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string LooksToJson(const std::map<std::string, NodeLook>& looks) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [id, l] : looks) j[id] = {l.x, l.y, l.size, l.r, l.g, l.b};
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::map<std::string, NodeLook> LooksFromJson(std::string_view text) {
    std::map<std::string, NodeLook> looks;
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) return looks;
    for (const auto& [id, v] : j.items()) {
        if (!v.is_array() || v.size() != 6) continue;
        bool numbers = true;
        for (const auto& x : v) numbers = numbers && x.is_number();
        if (!numbers) continue;
        NodeLook l;
        l.x = v[0].get<double>();
        l.y = v[1].get<double>();
        l.size = v[2].get<double>();
        l.r = static_cast<uint8_t>(v[3].get<int>());
        l.g = static_cast<uint8_t>(v[4].get<int>());
        l.b = static_cast<uint8_t>(v[5].get<int>());
        looks[id] = l;
    }
    return looks;
}

}  // namespace sse
