// view_state.cpp: see view_state.h.
#include "core/view_state.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "core/vocabulary.h"
#include "core/i18n.h"

namespace sse {

namespace {
constexpr size_t MaxHashBytes = 4096;  // longer hashes are cut: a link is never a way to flood the app

std::string FormatNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}
// One part of a link as a command: a view action, or the interface's language. Nothing else: a link can never
// edit, import or export, whatever its text.
CommandResult ApplyLinkPart(Explorer& ex, const std::string& command) {
    if (command.rfind("language ", 0) == 0) return ex.Command(command);
    const ViewParse parsed = ParseViewCommand(command);
    if (!parsed.ok) return {false, parsed.message, parsed.code, ""};
    return ex.Apply(parsed.action);
}
}  // namespace

const std::vector<std::string>& ViewHashKeys() {
    static const std::vector<std::string> order = [] {
        std::vector<std::string> keys = {"tour", "step"};
        for (std::string_view field : TableOf<FilterField>().Parsable()) keys.push_back("filter." + std::string(field));
        // lang (the interface's language, issue 18) came last: older links keep their keys' order.
        for (const char* key : {"showcase", "hide-isolated", "size", "layout", "select", "focus", "case", "recommendation", "camera", "lang"})
            keys.emplace_back(key);
        return keys;
    }();
    return order;
}

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
    const Dataset& data = ex.Data();
    const FilterState& f = ex.Filter();
    for (int i = 0; i < FilterFieldCount; ++i) {
        const std::string text = FilterFieldText(f, data, static_cast<FilterField>(i));
        if (!text.empty()) parts.push_back({std::string("filter.") + WireName(static_cast<FilterField>(i)), text});
    }
    if (f.showcase) parts.push_back({"showcase", "on"});
    if (f.hide_isolated) parts.push_back({"hide-isolated", "on"});
    if (ex.SizeMetric() != MetricKind::Degree) parts.push_back({"size", ToString(ex.SizeMetric())});
    if (ex.Layout() == LayoutKind::Ego) {
        // The ego layout names its centre: "layout=ego,accio".
        const int centre = ex.EgoCentre();
        parts.push_back({"layout", centre >= 0 && centre < (int)data.actors.size() ? "ego," + data.actors[centre].id : std::string("ego")});
    } else if (ex.Layout() != LayoutKind::Levels) {
        parts.push_back({"layout", ToString(ex.Layout())});
    }
    const auto id = [](const auto& items, int i) { return i >= 0 && i < (int)items.size() ? items[i].id : std::string(); };
    if (ex.Selected() >= 0) parts.push_back({"select", id(data.actors, ex.Selected())});
    if (ex.FocusDepth() != 1) parts.push_back({"focus", std::to_string(ex.FocusDepth())});
    if (ex.ChosenCase() >= 0) parts.push_back({"case", id(data.cases, ex.ChosenCase())});
    if (ex.ChosenRecommendation() >= 0) parts.push_back({"recommendation", id(data.recommendations, ex.ChosenRecommendation())});
    if (ex.CurrentStep()) {
        parts.push_back({"tour", id(data.tours, ex.TourIndex())});
        parts.push_back({"step", std::to_string(ex.TourStepIndex() + 1)});
    }
    const Camera& cam = ex.View();
    parts.push_back({"camera", FormatNumber(cam.center.x) + "," + FormatNumber(cam.center.y) + "," + FormatNumber(cam.zoom)});
    if (ex.presentation.language != "en") parts.push_back({"lang", ex.presentation.language});  // a link opens in its language
    std::string hash;
    for (auto& [k, v] : parts) hash += (hash.empty() ? "" : "&") + k + "=" + PercentEncode(v);
    return hash;
}

std::vector<std::string> ApplyViewHash(Explorer& ex, const std::string& raw) {
    std::vector<std::string> notices;
    std::string hash = raw.substr(0, MaxHashBytes);
    if (raw.size() > MaxHashBytes) notices.push_back(i18n::Tr("link.too_long", "the link is too long; only its first 4096 characters were read"));
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
        if (std::find(ViewHashKeys().begin(), ViewHashKeys().end(), key) == ViewHashKeys().end()) {
            notices.push_back(i18n::TrF("link.unknown_key", "ignored '{key}': not something a link can set", {{"key", key}}));
            continue;
        }
        parts[key] = value;
    }
    // A link describes a whole view: start from a clean one, then apply in a fixed order.
    if (parts.find("tour") == parts.end()) ex.Apply(Act(ViewVerb::Tour, std::string()));
    ex.Apply(Act(ViewVerb::FilterClear));
    ex.Apply(Act(ViewVerb::Showcase, false));
    ex.Apply(Act(ViewVerb::HideIsolated, false));
    ex.Apply(Act(ViewVerb::Case, std::string()));
    ex.Apply(Act(ViewVerb::Select, std::string()));
    // What a key means when the link leaves it out: the fresh view's value.
    const std::map<std::string, std::string> defaults = {{"layout", "levels"}, {"focus", "1"}, {"size", "degree"}};
    const std::string current_layout = ToString(ex.Layout());
    for (const std::string& key : ViewHashKeys()) {
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
        } else if (key == "lang") {
            command = "language " + value;
        } else command = key + " " + value;
        CommandResult r = ApplyLinkPart(ex, command);
        if (!r.ok) {
            notices.push_back(i18n::TrF("link.ignored", "ignored '{part}': {reason}", {{"part", key + "=" + value}, {"reason", r.message}}));
            if (found != parts.end() && fallback != defaults.end() && !(key == "layout" && fallback->second == current_layout))
                ApplyLinkPart(ex, key + " " + fallback->second);  // what a link without this key would give
        }
    }
    return notices;
}

}  // namespace sse
