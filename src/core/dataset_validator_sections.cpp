// dataset_validator_sections.cpp: the Validator's readers of the data set's own objects: the dataset
// info, territories, actors, links (with their value dimensions), cases and recommendations. Each
// checks its object field by field, adds it to the model and registers its id and references.
#include "core/dataset_validator.h"

namespace sse::load {

void Validator::ReadDatasetInfo(const Value& v, const Path& path) {
    if (!ExpectType(v, path, Type::Object)) return;
    const auto f = Fields(v, path, kDatasetKeys);
    if (Require(f, kDsId, kDatasetKeys, v, path)) ReadId(f[kDsId], Child(path, "id"), &ds_.id);
    if (Require(f, kDsTitle, kDatasetKeys, v, path)) ReadName(f[kDsTitle], Child(path, "title"), &ds_.title);
    if (f[kDsDescription]) ReadText(f[kDsDescription], Child(path, "description"), &ds_.description);
    if (f[kDsSources]) ReadSources(f[kDsSources], Child(path, "sources"), false, &ds_.sources);
}

void Validator::ReadTerritory(const Value& v, const Path& p, int index) {
    ds_.territories.emplace_back();
    territory_used_.push_back(0);
    territory_parent_offset_.push_back(0);
    Territory& t = ds_.territories.back();
    const uint32_t mi = static_cast<uint32_t>(index);
    const auto f = Fields(v, p, kTerritoryKeys);
    CollectId(section(SectionId::Territories), f[kTerId], p, index);
    if (Require(f, kTerId, kTerritoryKeys, v, p)) ReadId(f[kTerId], Child(p, "id"), &t.id);
    if (Require(f, kTerName, kTerritoryKeys, v, p)) ReadName(f[kTerName], Child(p, "name"), &t.name);
    bool kind_ok = false;
    if (Require(f, kTerKind, kTerritoryKeys, v, p)) kind_ok = ReadEnum(f[kTerKind], Child(p, "kind"), &t.kind);
    if (f[kTerParent]) {
        bool deferring = false;
        if (f[kTerParent]->type == Type::String) {
            t.parent_id.assign(doc_->String(*f[kTerParent]));
            territory_parent_offset_.back() = f[kTerParent]->offset;
        }
        Reference(Ref::TerritoryParent, f[kTerParent], Child(p, "parent"), mi, 0, &deferring);
    }
    const bool global = kind_ok && t.kind == TerritoryKind::Global;
    if (!f[kTerLat] || !f[kTerLon]) {
        if (global) {
            if (f[kTerLat] || f[kTerLon]) Error(v, p, DiagnosticCode::BadCoordinates, "give both 'lat' and 'lon', or neither");
        } else if (kind_ok) {  // with an unknown kind, the kind error is enough
            for (int k : {kTerLat, kTerLon}) {
                if (!f[static_cast<size_t>(k)]) {
                    Error(v, p, DiagnosticCode::MissingField,
                          "missing required field '" + std::string(kTerritoryKeys[static_cast<size_t>(k)]) +
                              "' (coordinates are required for every kind except 'global')");
                }
            }
        }
    }
    double lat = 0, lon = 0;
    const bool lat_ok = f[kTerLat] && ReadNumberInRange(f[kTerLat], Child(p, "lat"), "latitude", DiagnosticCode::BadCoordinates,
                                                        -90, true, 90, "-90 to 90", &lat);
    const bool lon_ok = f[kTerLon] && ReadNumberInRange(f[kTerLon], Child(p, "lon"), "longitude", DiagnosticCode::BadCoordinates,
                                                        -180, true, 180, "-180 to 180", &lon);
    if (lat_ok && lon_ok) {
        t.has_coordinates = true;
        t.lat = lat;
        t.lon = lon;
    }
}

void Validator::ReadActor(const Value& v, const Path& p, int index) {
    ds_.actors.emplace_back();
    actor_level_ok_.push_back(0);
    Actor& a = ds_.actors.back();
    const uint32_t mi = static_cast<uint32_t>(index);
    const auto f = Fields(v, p, kActorKeys);
    CollectId(section(SectionId::Actors), f[kActId], p, index);
    if (Require(f, kActId, kActorKeys, v, p)) ReadId(f[kActId], Child(p, "id"), &a.id);
    if (Require(f, kActName, kActorKeys, v, p)) ReadName(f[kActName], Child(p, "name"), &a.name);
    if (f[kActShortName]) ReadName(f[kActShortName], Child(p, "short_name"), &a.short_name);
    if (Require(f, kActKind, kActorKeys, v, p)) ReadEnum(f[kActKind], Child(p, "kind"), &a.kind);
    if (Require(f, kActLevel, kActorKeys, v, p)) actor_level_ok_.back() = ReadEnum(f[kActLevel], Child(p, "level"), &a.level);
    if (Require(f, kActTerritory, kActorKeys, v, p)) {
        bool deferring = false;
        if (f[kActTerritory]->type == Type::String) a.territory_id.assign(doc_->String(*f[kActTerritory]));
        Reference(Ref::ActorTerritory, f[kActTerritory], Child(p, "territory"), mi, 0, &deferring);
    }
    if (f[kActDescription]) ReadText(f[kActDescription], Child(p, "description"), &a.description);
    if (f[kActWebsite]) ReadUrl(f[kActWebsite], Child(p, "website"), &a.website);
    if (f[kActSilkRole]) ReadEnum(f[kActSilkRole], Child(p, "silk_role"), &a.silk_role);
    if (f[kActYears]) ReadYears(f[kActYears], Child(p, "years"), &a.years);
    if (Require(f, kActConfidence, kActorKeys, v, p)) ReadEnum(f[kActConfidence], Child(p, "confidence"), &a.confidence);
    if (f[kActQuote]) ReadText(f[kActQuote], Child(p, "quote"), &a.quote);
    if (f[kActReasoning]) ReadText(f[kActReasoning], Child(p, "reasoning"), &a.reasoning);
    if (f[kActSources]) {
        ReadSources(f[kActSources], Child(p, "sources"), true, &a.sources);
    } else {
        missing_sources_.push_back({v.offset, PointerOf(p)});
    }
    if (f[kActAttributes]) ReadAttributes(f[kActAttributes], Child(p, "attributes"), &a.attributes);
    if (f[kActTranslations]) ReadTranslations(f[kActTranslations], Child(p, "translations"), "actor", &a.translations);
}

void Validator::ReadLink(const Value& v, const Path& p, int index) {
    ds_.links.emplace_back();
    link_kind_offset_.push_back(0);  // 0: kind missing or invalid, no level check
    Link& l = ds_.links.back();
    const uint32_t mi = static_cast<uint32_t>(index);
    const auto f = Fields(v, p, kLinkKeys);
    CollectId(section(SectionId::Links), f[kLnkId], p, index);
    if (Require(f, kLnkId, kLinkKeys, v, p)) ReadId(f[kLnkId], Child(p, "id"), &l.id);
    const Path p_from = Child(p, "from"), p_to = Child(p, "to");
    bool self = false;
    if (f[kLnkFrom] && f[kLnkTo] && f[kLnkFrom]->type == Type::String && f[kLnkTo]->type == Type::String &&
        doc_->String(*f[kLnkFrom]) == doc_->String(*f[kLnkTo]) && !doc_->String(*f[kLnkFrom]).empty()) {
        self = true;
        Error(*f[kLnkTo], p_to, DiagnosticCode::SelfLink, "the link goes from " + Quote(doc_->String(*f[kLnkFrom])) +
                                    " to itself; 'from' and 'to' must be two different actors");
    }
    bool deferring = false;
    if (Require(f, kLnkFrom, kLinkKeys, v, p)) {
        if (f[kLnkFrom]->type == Type::String) l.from_id.assign(doc_->String(*f[kLnkFrom]));
        Reference(Ref::LinkFrom, f[kLnkFrom], p_from, mi, 0, &deferring);
    }
    if (Require(f, kLnkTo, kLinkKeys, v, p)) {
        if (f[kLnkTo]->type == Type::String) l.to_id.assign(doc_->String(*f[kLnkTo]));
        deferring = false;
        if (!self) Reference(Ref::LinkTo, f[kLnkTo], p_to, mi, 0, &deferring);
    }
    if (Require(f, kLnkKind, kLinkKeys, v, p) && ReadEnum(f[kLnkKind], Child(p, "kind"), &l.kind)) {
        link_kind_offset_.back() = f[kLnkKind]->offset;
    }
    if (Require(f, kLnkRelation, kLinkKeys, v, p)) ReadEnum(f[kLnkRelation], Child(p, "relation"), &l.relation);
    if (Require(f, kLnkDirection, kLinkKeys, v, p)) ReadEnum(f[kLnkDirection], Child(p, "direction"), &l.direction);
    if (f[kLnkValues]) ReadValues(f[kLnkValues], Child(p, "values"), &l.values);
    if (f[kLnkWeight]) {
        ReadNumberInRange(f[kLnkWeight], Child(p, "weight"), "weight", DiagnosticCode::OutOfRange, 0, false, 10,
                          "more than 0 and at most 10", &l.weight);
    }
    if (f[kLnkYears]) ReadYears(f[kLnkYears], Child(p, "years"), &l.years);
    if (f[kLnkCases]) ReferenceList(Ref::LinkCase, f[kLnkCases], Child(p, "cases"), mi);
    if (f[kLnkDescription]) ReadText(f[kLnkDescription], Child(p, "description"), &l.description);
    if (Require(f, kLnkConfidence, kLinkKeys, v, p)) ReadEnum(f[kLnkConfidence], Child(p, "confidence"), &l.confidence);
    if (f[kLnkQuote]) ReadText(f[kLnkQuote], Child(p, "quote"), &l.quote);
    if (f[kLnkReasoning]) ReadText(f[kLnkReasoning], Child(p, "reasoning"), &l.reasoning);
    if (f[kLnkSources]) {
        ReadSources(f[kLnkSources], Child(p, "sources"), true, &l.sources);
    } else {
        missing_sources_.push_back({v.offset, PointerOf(p)});
    }
    if (f[kLnkAttributes]) ReadAttributes(f[kLnkAttributes], Child(p, "attributes"), &l.attributes);
}

void Validator::ReadValues(const Value* v, const Path& path, uint8_t* bits) {
    if (!ExpectType(*v, path, Type::Array)) return;
    for (uint32_t i = 0; i < v->size(); ++i) {
        int bit = 0;
        if (ReadEnumName(&doc_->Element(*v, i), Child(path, static_cast<long>(i)), ValueDimensionTable(), &bit)) {
            *bits = static_cast<uint8_t>(*bits | (1u << bit));
        }
    }
}

void Validator::ReadCase(const Value& v, const Path& p, int index) {
    ds_.cases.emplace_back();
    Case& c = ds_.cases.back();
    const uint32_t mi = static_cast<uint32_t>(index);
    const auto f = Fields(v, p, kCaseKeys);
    CollectId(section(SectionId::Cases), f[kCaseId], p, index);
    if (Require(f, kCaseId, kCaseKeys, v, p)) ReadId(f[kCaseId], Child(p, "id"), &c.id);
    if (Require(f, kCaseTitle, kCaseKeys, v, p)) ReadName(f[kCaseTitle], Child(p, "title"), &c.title);
    if (Require(f, kCaseTerritory, kCaseKeys, v, p)) {
        bool deferring = false;
        if (f[kCaseTerritory]->type == Type::String) c.territory_id.assign(doc_->String(*f[kCaseTerritory]));
        Reference(Ref::CaseTerritory, f[kCaseTerritory], Child(p, "territory"), mi, 0, &deferring);
    }
    if (Require(f, kCaseSummary, kCaseKeys, v, p)) ReadText(f[kCaseSummary], Child(p, "summary"), &c.summary);
    if (Require(f, kCaseActors, kCaseKeys, v, p)) ReferenceList(Ref::CaseActor, f[kCaseActors], Child(p, "actors"), mi);
    if (f[kCaseLinks]) ReferenceList(Ref::CaseLink, f[kCaseLinks], Child(p, "links"), mi);
    if (Require(f, kCaseRecommendations, kCaseKeys, v, p)) {
        ReferenceList(Ref::CaseRecommendation, f[kCaseRecommendations], Child(p, "recommendations"), mi);
    }
    if (Require(f, kCaseBriefSource, kCaseKeys, v, p)) ReadSource(f[kCaseBriefSource], Child(p, "brief_source"), &c.brief_source);
    if (Require(f, kCaseConfidence, kCaseKeys, v, p)) ReadEnum(f[kCaseConfidence], Child(p, "confidence"), &c.confidence);
    if (f[kCaseQuote]) ReadText(f[kCaseQuote], Child(p, "quote"), &c.quote);
    if (f[kCaseReasoning]) ReadText(f[kCaseReasoning], Child(p, "reasoning"), &c.reasoning);
    if (Require(f, kCaseSources, kCaseKeys, v, p)) ReadSources(f[kCaseSources], Child(p, "sources"), true, &c.sources);
    if (f[kCaseTranslations]) ReadTranslations(f[kCaseTranslations], Child(p, "translations"), "case", &c.translations);
}

void Validator::ReadRecommendation(const Value& v, const Path& p, int index) {
    ds_.recommendations.emplace_back();
    Recommendation& r = ds_.recommendations.back();
    const uint32_t mi = static_cast<uint32_t>(index);
    const auto f = Fields(v, p, kRecommendationKeys);
    CollectId(section(SectionId::Recommendations), f[kRecId], p, index);
    if (Require(f, kRecId, kRecommendationKeys, v, p)) ReadId(f[kRecId], Child(p, "id"), &r.id);
    if (Require(f, kRecNumber, kRecommendationKeys, v, p)) {
        const Path p_number = Child(p, "number");
        if (ReadWholeNumber(f[kRecNumber], p_number, "recommendation number", DiagnosticCode::OutOfRange, 1, 99,
                            &r.number)) {
            const auto [it, inserted] = recommendation_numbers_.emplace(r.number, std::make_pair(p.index, f[kRecNumber]->offset));
            if (!inserted) {
                Error(*f[kRecNumber], p_number, DiagnosticCode::DuplicateNumber,
                      "duplicate recommendation number " + std::to_string(r.number) + "; first used at /recommendations/" +
                          std::to_string(it->second.first) + " (" + kLineMarker + ")",
                      it->second.second);
            }
        }
    }
    if (Require(f, kRecTitle, kRecommendationKeys, v, p)) ReadName(f[kRecTitle], Child(p, "title"), &r.title);
    if (Require(f, kRecText, kRecommendationKeys, v, p)) ReadText(f[kRecText], Child(p, "text"), &r.text);
    if (Require(f, kRecCases, kRecommendationKeys, v, p)) ReferenceList(Ref::RecommendationCase, f[kRecCases], Child(p, "cases"), mi);
    if (f[kRecTranslations]) ReadTranslations(f[kRecTranslations], Child(p, "translations"), "recommendation", &r.translations);
}

}  // namespace sse::load
