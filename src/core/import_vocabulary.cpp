// import_vocabulary.cpp: see import_vocabulary.h. A keyword contained in the folded text picks the word; the first
// match in table order wins, so the more specific keywords come first.
#include "core/import_vocabulary.h"

#include <utility>

namespace sse {

namespace {

template <size_t N>
std::string Guess(const std::string& folded, const std::pair<const char*, const char*> (&table)[N], const char* fallback) {
    for (const auto& [keyword, wire] : table) {
        if (folded.find(keyword) != std::string::npos) return wire;
    }
    return fallback;
}

}  // namespace

std::string GuessActorKind(const std::string& f) {
    static const std::pair<const char*, const char*> kWords[] = {
        {"international", "international_organisation"}, {"ngo", "practitioner"}, {"fund", "funder"},
        {"foundation", "funder"}, {"investor", "funder"}, {"bank", "funder"}, {"donor", "funder"},
        {"ministry", "policy_maker"}, {"government", "policy_maker"}, {"parliament", "policy_maker"},
        {"council", "policy_maker"}, {"policy", "policy_maker"}, {"politic", "policy_maker"},
        {"agency", "public_agency"}, {"authority", "public_agency"}, {"public", "public_agency"},
        {"municipal", "public_agency"}, {"university", "expert_body"}, {"research", "expert_body"},
        {"academ", "expert_body"}, {"expert", "expert_body"}, {"institute", "expert_body"}, {"think", "expert_body"},
        {"network", "network"}, {"association", "network"}, {"federation", "network"}, {"alliance", "network"},
        {"cluster", "network"}, {"platform", "network"}, {"programme", "programme"}, {"program", "programme"},
        {"project", "programme"}, {"initiative", "programme"},
    };
    return Guess(f, kWords, kFallbackActorKind);
}

std::string GuessRelation(const std::string& f) {
    static const std::pair<const char*, const char*> kWords[] = {
        {"fund", "funding"}, {"grant", "funding"}, {"financ", "funding"}, {"invest", "funding"}, {"pay", "funding"},
        {"member", "membership"}, {"licen", "licence"}, {"franchis", "licence"}, {"found", "founding"},
        {"creat", "founding"}, {"establish", "founding"}, {"implement", "implementation"}, {"deliver", "implementation"},
        {"coordinat", "coordination"}, {"govern", "coordination"}, {"polic", "policy_support"},
        {"support", "policy_support"}, {"regulat", "policy_support"}, {"knowledge", "knowledge_exchange"},
        {"learn", "knowledge_exchange"}, {"advi", "knowledge_exchange"}, {"inform", "knowledge_exchange"},
        {"exchange", "knowledge_exchange"}, {"train", "knowledge_exchange"},
    };
    return Guess(f, kWords, kFallbackRelation);
}

std::string GuessLevel(const std::string& f) {
    static const std::pair<const char*, const char*> kWords[] = {
        {"supranational", "supranational"}, {"europe", "supranational"},
        {"international", "international"}, {"global", "international"}, {"world", "international"},
        {"national", "national"}, {"country", "national"}, {"federal", "national"}, {"region", "regional"},
        {"state", "regional"}, {"province", "regional"}, {"county", "regional"}, {"local", "local"}, {"city", "local"},
        {"municipal", "local"}, {"town", "local"}, {"neighbo", "local"}, {"community", "local"},
    };
    if (f == "eu") return "supranational";  // too short to look for inside other words
    return Guess(f, kWords, kFallbackLevel);
}

}  // namespace sse
