// view_state.cpp: see view_state.h.
#include "core/view_state.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

namespace sse {

namespace {
constexpr size_t MaxHashBytes = 4096;  // longer hashes are cut: a link is never a way to flood the app

// Keys in the order they are applied and written.
const std::vector<std::string>& KeyOrder() {
    static const std::vector<std::string> order = {
        "tour", "step", "filter.kind", "filter.level", "filter.territory", "filter.link-kind", "filter.relation", "filter.value",
        "filter.case", "filter.recommendation", "filter.confidence", "filter.years", "showcase", "hide-isolated",
        "size", "layout", "select", "focus", "case", "recommendation", "camera"};
    return order;
}

std::string FormatNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}
}  // namespace

std::string PercentDecode(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit((unsigned char)s[i + 1]) && std::isxdigit((unsigned char)s[i + 2])) {
            out += (char)std::stoi(s.substr(i + 1, 2), nullptr, 16);
            i += 2;
        } else if (s[i] == '+') {
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string PercentEncode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == ',') out += (char)c;
        else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string EncodeViewHash(const Explorer& ex) {
    std::vector<std::pair<std::string, std::string>> parts;
    nlohmann::json state = nlohmann::json::parse(ex.StateJson());
    const nlohmann::json& f = state["filters"];
    for (const char* field : {"kind", "level", "territory", "link-kind", "relation", "value", "case", "recommendation", "confidence"}) {
        std::string joined;
        for (const auto& v : f[field]) joined += (joined.empty() ? "" : ",") + v.get<std::string>();
        if (!joined.empty()) parts.push_back({std::string("filter.") + field, joined});
    }
    if (!f["years"]["from"].is_null() || !f["years"]["to"].is_null()) {
        std::string from = f["years"]["from"].is_null() ? "" : std::to_string(f["years"]["from"].get<int>());
        std::string to = f["years"]["to"].is_null() ? "" : std::to_string(f["years"]["to"].get<int>());
        parts.push_back({"filter.years", from + "-" + to});
    }
    if (f["showcase"].get<bool>()) parts.push_back({"showcase", "on"});
    if (f["hideIsolated"].get<bool>()) parts.push_back({"hide-isolated", "on"});
    if (state["sizeBy"] != "degree") parts.push_back({"size", state["sizeBy"].get<std::string>()});
    // The ego layout names its centre: "layout=ego,accio".
    if (state["layout"] == "ego" && !state["egoCentre"].is_null())
        parts.push_back({"layout", "ego," + state["egoCentre"].get<std::string>()});
    else if (state["layout"] != "levels")
        parts.push_back({"layout", state["layout"].get<std::string>()});
    if (!state["selected"].is_null()) parts.push_back({"select", state["selected"].get<std::string>()});
    if (state["focusDepth"] != 1) parts.push_back({"focus", std::to_string(state["focusDepth"].get<int>())});
    if (!state["case"].is_null()) parts.push_back({"case", state["case"].get<std::string>()});
    if (!state["recommendation"].is_null()) parts.push_back({"recommendation", state["recommendation"].get<std::string>()});
    if (state.contains("tour") && state["tour"].is_object()) {
        parts.push_back({"tour", state["tour"]["id"].get<std::string>()});
        parts.push_back({"step", std::to_string(state["tour"]["step"].get<int>())});
    }
    const auto& cam = state["camera"];
    parts.push_back({"camera", FormatNumber(cam["x"].get<double>()) + "," + FormatNumber(cam["y"].get<double>()) + "," +
                                   FormatNumber(cam["zoom"].get<double>())});
    std::string hash;
    for (auto& [k, v] : parts) hash += (hash.empty() ? "" : "&") + k + "=" + PercentEncode(v);
    return hash;
}

std::vector<std::string> ApplyViewHash(Explorer& ex, const std::string& raw) {
    std::vector<std::string> notices;
    std::string hash = raw.substr(0, MaxHashBytes);
    if (raw.size() > MaxHashBytes) notices.push_back("the link is too long; only its first 4096 characters were read");
    if (!hash.empty() && hash[0] == '#') hash.erase(0, 1);
    std::map<std::string, std::string> parts;
    size_t start = 0;
    while (start <= hash.size()) {
        size_t end = hash.find('&', start);
        if (end == std::string::npos) end = hash.size();
        std::string part = hash.substr(start, end - start);
        start = end + 1;
        if (part.empty()) continue;
        size_t eq = part.find('=');
        std::string key = PercentDecode(part.substr(0, eq)), value = eq == std::string::npos ? "" : PercentDecode(part.substr(eq + 1));
        if (std::find(KeyOrder().begin(), KeyOrder().end(), key) == KeyOrder().end()) {
            notices.push_back("ignored '" + key + "': not something a link can set");
            continue;
        }
        parts[key] = value;
    }
    // A link describes a whole view: start from a clean one, then apply in a fixed order.
    if (parts.find("tour") == parts.end()) ex.Command("tour none");
    ex.Command("filter clear");
    ex.Command("showcase off");
    ex.Command("hide-isolated off");
    ex.Command("case none");
    ex.Command("select none");
    // What a key means when the link leaves it out: the fresh view's value.
    const std::map<std::string, std::string> defaults = {{"layout", "levels"}, {"focus", "1"}, {"size", "degree"}};
    const std::string current_layout = ToString(ex.Layout());
    for (const std::string& key : KeyOrder()) {
        auto found = parts.find(key);
        auto fallback = defaults.find(key);
        if (found == parts.end() && fallback == defaults.end()) continue;
        const std::string& value = found != parts.end() ? found->second : fallback->second;
        // Re-running the current layout would throw away where the user dragged actors.
        if (key == "layout" && value == current_layout && value != "ego") continue;
        std::string command;
        if (key.rfind("filter.", 0) == 0) command = "filter " + key.substr(7) + " " + value;
        else if (key == "camera" || key == "layout") {  // comma-separated arguments
            std::string v = value;
            std::replace(v.begin(), v.end(), ',', ' ');
            command = key + " " + v;
        } else command = key + " " + value;
        CommandResult r = ex.Command(command);
        if (!r.ok) {
            notices.push_back("ignored '" + key + "=" + value + "': " + r.message);
            if (found != parts.end() && fallback != defaults.end() && !(key == "layout" && fallback->second == current_layout))
                ex.Command(key + " " + fallback->second);  // what a link without this key would give
        }
    }
    return notices;
}

}  // namespace sse
