// dataset_validator_tours.cpp: the Validator's reader of guided tours: each tour and its steps (layout,
// centre, filters, highlighted actors and links, case, recommendation, camera). A step may name ids
// defined anywhere in the file, so its references are all resolved at the end, in file order; its
// filters are then checked by the same function the filter command uses.
//
// Index:
//   Tours and steps ....... ReadTour, ReadStep, ReadLayout, ReadCamera
//   Step filters .......... ReadStepFilters, FilterExample, CheckFilterValue
//   At the end of file .... ResolveTourRefs, CheckTourFilters
#include "core/dataset_validator.h"

#include <algorithm>
#include <limits>
#include <tuple>

#include "core/filter.h"
#include "core/layouts.h"

namespace sse::load {

// ---------------------------------------------------------------------------------------------
// Tours and steps

void Validator::ReadTour(const Value& v, const Path& p, int index) {
    ds_.tours.emplace_back();
    const uint32_t ti = static_cast<uint32_t>(index);
    const auto f = Fields(v, p, kTourKeys);
    CollectId(tours_, f[kTourId], p, index);
    Tour& t = ds_.tours.back();
    if (Require(f, kTourId, kTourKeys, v, p)) ReadId(f[kTourId], Child(p, "id"), &t.id);
    if (Require(f, kTourTitle, kTourKeys, v, p)) ReadName(f[kTourTitle], Child(p, "title"), &t.title);
    if (f[kTourDescription]) ReadText(f[kTourDescription], Child(p, "description"), &t.description);
    if (f[kTourTranslations]) ReadTranslations(f[kTourTranslations], Child(p, "translations"), "tour", &t.translations);
    if (!Require(f, kTourSteps, kTourKeys, v, p)) return;
    const Value& steps = *f[kTourSteps];
    const Path p_steps = Child(p, "steps");
    if (!ExpectType(steps, p_steps, Type::Array)) return;
    if (steps.size() == 0) {
        Error(steps, p_steps, DiagnosticCode::EmptyList, "a tour needs at least one step: add {\"title\": \"...\", \"text\": \"...\"}");
        return;
    }
    t.steps.reserve(steps.size());
    for (uint32_t i = 0; i < steps.size(); ++i) {
        const Value& step = doc_->Element(steps, i);
        const Path p_step = Child(p_steps, static_cast<long>(i));
        if (step.type != Type::Object) {
            Error(step, p_step, DiagnosticCode::WrongType, "expected an object {...} describing one step, found " + Found(step, *doc_));
            continue;
        }
        ReadStep(step, p_step, ti, i);
    }
}

void Validator::ReadStep(const Value& v, const Path& p, uint32_t tour, uint32_t step_json) {
    std::vector<TourStep>& steps = ds_.tours[tour].steps;
    steps.emplace_back();
    TourStep& s = steps.back();
    const uint32_t si = static_cast<uint32_t>(steps.size() - 1);
    const auto f = Fields(v, p, kStepKeys);
    auto ref = [&](TourRefKind kind, SectionId target, const char* field, long list_index, const Value& id) {
        tour_refs_.push_back(TourRef{kind, target, tour, si, step_json, field, list_index, id.offset, Stable(id), 0});
    };
    if (Require(f, kStepTitle, kStepKeys, v, p)) ReadName(f[kStepTitle], Child(p, "title"), &s.title);
    if (Require(f, kStepText, kStepKeys, v, p) && ReadText(f[kStepText], Child(p, "text"), &s.text) && s.text.empty()) {
        Error(*f[kStepText], Child(p, "text"), DiagnosticCode::EmptyText, "must not be empty: this is the caption shown for the step");
    }
    if (f[kStepQuote]) ReadText(f[kStepQuote], Child(p, "quote"), &s.quote);
    if (f[kStepTranslations]) ReadTranslations(f[kStepTranslations], Child(p, "translations"), "step", &s.translations);
    bool layout_ok = false;
    if (f[kStepLayout]) layout_ok = ReadLayout(f[kStepLayout], Child(p, "layout"), &s);
    const bool ego = layout_ok && s.layout == static_cast<int>(LayoutKind::Ego);
    if (f[kStepCentre]) {
        const Path p_centre = Child(p, "centre");
        if (ExpectType(*f[kStepCentre], p_centre, Type::String)) {
            s.centre_id.assign(doc_->String(*f[kStepCentre]));
            if (ego) {
                ref(TourRefKind::Centre, SectionId::Actors, "centre", -1, *f[kStepCentre]);
            } else if (!f[kStepLayout] || layout_ok) {  // with an unknown layout, that error is enough
                Error(*f[kStepCentre], p_centre, DiagnosticCode::EgoCentreMismatch,
                      "'centre' is only used with \"layout\": \"ego\"; add that layout or remove 'centre'");
            }
        }
    } else if (ego) {
        Error(*f[kStepLayout], Child(p, "layout"), DiagnosticCode::EgoCentreMismatch,
              "layout 'ego' needs a 'centre': add \"centre\": \"<actor id>\" for the actor in the middle");
    }
    if (f[kStepFilters]) ReadStepFilters(*f[kStepFilters], Child(p, "filters"), tour, si, step_json, &s);
    if (f[kStepShowcase]) ReadBool(f[kStepShowcase], Child(p, "showcase"), &s.showcase);
    for (const auto& [k, target, field] : {std::make_tuple(kStepActors, SectionId::Actors, "actors"),
                                           std::make_tuple(kStepLinks, SectionId::Links, "links")}) {
        const Value* list = f[static_cast<size_t>(k)];
        if (!list || !ExpectType(*list, Child(p, field), Type::Array)) continue;
        const TourRefKind kind = target == SectionId::Actors ? TourRefKind::Actor : TourRefKind::Link;
        for (uint32_t i = 0; i < list->size(); ++i) {
            const Value& id = doc_->Element(*list, i);
            if (ExpectType(id, Child(Child(p, field), static_cast<long>(i)), Type::String)) ref(kind, target, field, i, id);
        }
    }
    if (f[kStepCase] && ExpectType(*f[kStepCase], Child(p, "case"), Type::String)) {
        s.case_id.assign(doc_->String(*f[kStepCase]));
        ref(TourRefKind::Case, SectionId::Cases, "case", -1, *f[kStepCase]);
    }
    if (f[kStepRecommendation] && ExpectType(*f[kStepRecommendation], Child(p, "recommendation"), Type::String)) {
        s.recommendation_id.assign(doc_->String(*f[kStepRecommendation]));
        ref(TourRefKind::Recommendation, SectionId::Recommendations, "recommendation", -1, *f[kStepRecommendation]);
    }
    if (f[kStepCamera]) ReadCamera(*f[kStepCamera], Child(p, "camera"), &s);
    if (f[kStepReveal]) ReadBool(f[kStepReveal], Child(p, "reveal"), &s.reveal);
}

bool Validator::ReadLayout(const Value* v, const Path& path, TourStep* s) {
    if (!ExpectType(*v, path, Type::String)) return false;
    const std::string_view name = doc_->String(*v);
    LayoutKind kind = LayoutKind::Force;
    if (ParseLayoutKind(std::string(name), kind)) {
        s->has_layout = true;
        s->layout = static_cast<int>(kind);
        return true;
    }
    std::string message = "unknown layout " + Quote(name) + "; allowed: " + TableOf<LayoutKind>().Allowed();
    const std::string_view near = Nearest(name, TableOf<LayoutKind>().Parsable());
    if (!near.empty()) message += " (did you mean '" + std::string(near) + "'?)";
    Error(*v, path, DiagnosticCode::BadEnum, std::move(message));
    return false;
}

// "highlighted", "all" or {"x": 0, "y": 0, "zoom": 1} (world units, as the camera command takes them).
void Validator::ReadCamera(const Value& v, const Path& path, TourStep* s) {
    static constexpr const char* kShapes = "\"highlighted\", \"all\" or {\"x\": 0, \"y\": 0, \"zoom\": 1}";
    if (v.type == Type::String) {
        const std::string_view mode = doc_->String(v);
        if (mode == "highlighted") {
            s->camera = TourStep::CameraMode::Highlighted;
        } else if (mode == "all") {
            s->camera = TourStep::CameraMode::All;
        } else {
            std::string message = "unknown camera " + Quote(mode) + "; allowed: " + kShapes;
            const std::string_view near = Nearest(mode, std::array<std::string_view, 2>{"highlighted", "all"});
            if (!near.empty()) message += " (did you mean '" + std::string(near) + "'?)";
            Error(v, path, DiagnosticCode::BadEnum, std::move(message));
        }
        return;
    }
    if (v.type != Type::Object) {
        Error(v, path, DiagnosticCode::WrongType, std::string("expected ") + kShapes + ", found " + Found(v, *doc_));
        return;
    }
    const auto f = Fields(v, path, kCameraKeys);
    constexpr double kMax = std::numeric_limits<double>::max();
    double x = 0, y = 0, zoom = 1;
    bool ok = Require(f, kCamX, kCameraKeys, v, path) &&
              ReadNumberInRange(f[kCamX], Child(path, "x"), "camera x", DiagnosticCode::OutOfRange, -kMax, true, kMax,
                                "any finite number", &x);
    ok = Require(f, kCamY, kCameraKeys, v, path) &&
         ReadNumberInRange(f[kCamY], Child(path, "y"), "camera y", DiagnosticCode::OutOfRange, -kMax, true, kMax,
                           "any finite number", &y) &&
         ok;
    ok = Require(f, kCamZoom, kCameraKeys, v, path) &&
         ReadNumberInRange(f[kCamZoom], Child(path, "zoom"), "camera zoom", DiagnosticCode::OutOfRange, 0, false, kMax,
                           "more than 0", &zoom) &&
         ok;
    if (!ok) return;
    s->camera = TourStep::CameraMode::Explicit;
    s->camera_x = x;
    s->camera_y = y;
    s->camera_zoom = zoom;
}

// ---------------------------------------------------------------------------------------------
// Step filters

// {"level": ["national", "regional"], "years": ["2016-2026"], ...}: the filter command's fields and values.
void Validator::ReadStepFilters(const Value& v, const Path& path, uint32_t tour, uint32_t step, uint32_t step_json, TourStep* s) {
    if (!ExpectType(v, path, Type::Object)) return;
    const std::vector<std::string>& fields = FilterFieldNames();
    for (const Member* m = doc_->MembersBegin(v); m != doc_->MembersEnd(v); ++m) {
        const std::string_view key = doc_->Key(*m);
        const Path p = Child(path, key);
        const auto known = std::find(fields.begin(), fields.end(), key);
        if (known == fields.end()) {
            std::string allowed;
            for (size_t i = 0; i < fields.size(); ++i) allowed += (i ? ", " : "") + fields[i];
            std::string message = "unknown filter field " + Quote(key) + "; allowed: " + allowed;
            const std::string_view near = Nearest(key, fields);
            if (!near.empty()) message += " (did you mean '" + std::string(near) + "'?)";
            out_.Add(Severity::Error, DiagnosticCode::BadFilter, m->key_offset, PointerOf(p), std::move(message));
            continue;
        }
        const std::string& field = *known;
        const Value& list = doc_->Of(*m);
        if (!ExpectType(list, p, Type::Array)) continue;
        if (list.size() == 0) {
            Error(list, p, DiagnosticCode::EmptyList,
                  "no values: give at least one, e.g. " + std::string(FilterExample(field)) + ", or remove '" + field + "'");
            continue;
        }
        if (field == "years" && list.size() != 1) {
            Error(list, p, DiagnosticCode::BadFilter, "'years' takes one range: [\"2016-2026\"], [\"2016-\"] or [\"-2020\"]");
            continue;
        }
        const uint32_t filter = static_cast<uint32_t>(tour_filters_.size());
        tour_filters_.push_back(TourFilter{tour, step, step_json, static_cast<uint32_t>(s->filters.size()), field.c_str(),
                                           list.offset, doc_->Element(list, 0).offset, false});
        std::string joined;
        for (uint32_t i = 0; i < list.size(); ++i) {
            const Value& e = doc_->Element(list, i);
            const Path p_value = Child(p, static_cast<long>(i));
            if (!ExpectType(e, p_value, Type::String)) {
                tour_filters_[filter].bad = true;
                continue;
            }
            const std::string_view value = doc_->String(e);
            if (!joined.empty()) joined += ',';
            joined += value;
            if (!CheckFilterValue(field, e, p_value, list.size(), tour, step, step_json, filter)) tour_filters_[filter].bad = true;
        }
        s->filters.emplace_back(field, std::move(joined));
    }
}

const char* Validator::FilterExample(const std::string& field) {
    return ValuesOf(ParseEnum<FilterField>(field).value_or(FilterField::Years)).example;
}

// One value of a filter list. Enum names are checked now; ids once the whole file is read; years by
// CheckTourFilters. Returns false when a problem was reported.
bool Validator::CheckFilterValue(const std::string& field, const Value& e, const Path& path, uint32_t count, uint32_t tour,
                      uint32_t step, uint32_t step_json, uint32_t filter) {
    const std::string_view value = doc_->String(e);
    if (value == "all") {
        if (count == 1) return true;  // as in the filter command: no restriction
        Error(e, path, DiagnosticCode::BadFilter, "'all' means no restriction on '" + field + "'; it cannot be combined with other values");
        return false;
    }
    if (value.empty() || value.find(',') != std::string_view::npos ||
        value.find_first_of(" \t") == 0 || value.find_last_of(" \t") == value.size() - 1) {
        Error(e, path, DiagnosticCode::BadFilter,
              "expected one value per text, without commas or surrounding spaces: write [\"a\", \"b\"], found " +
                  Found(e, *doc_));
        return false;
    }
    int ignored = 0;
    const EnumTable* names = ValuesOf(ParseEnum<FilterField>(field).value_or(FilterField::Years)).names;
    if (names) return ReadEnumName(&e, path, *names, &ignored);
    SectionId target;
    if (field == "territory") {
        target = SectionId::Territories;
    } else if (field == "case") {
        target = SectionId::Cases;
    } else if (field == "recommendation") {
        target = SectionId::Recommendations;
    } else {
        return true;  // years: CheckTourFilters
    }
    tour_refs_.push_back(TourRef{TourRefKind::FilterValue, target, tour, step, step_json,
                                 tour_filters_[filter].field, static_cast<long>(path.index), e.offset, Stable(e), filter});
    return true;
}

// ---------------------------------------------------------------------------------------------
// At the end of the file

std::string Validator::TourStepPointer(uint32_t tour, uint32_t step_json) const {
    return "/tours/" + std::to_string(tours_.json_index[tour]) + "/steps/" + std::to_string(step_json);
}

void Validator::ResolveTourRefs() {
    for (const TourRef& r : tour_refs_) {
        const Section& target = section(r.target);
        const IdEntry* e = target.ids.Find(r.id);
        TourStep& s = ds_.tours[r.tour].steps[r.step];
        if (e) {
            switch (r.kind) {
                case TourRefKind::Centre: s.centre = e->model_index; break;
                case TourRefKind::Actor:
                    s.actor_ids.emplace_back(r.id);
                    s.actors.push_back(e->model_index);
                    break;
                case TourRefKind::Link:
                    s.link_ids.emplace_back(r.id);
                    s.links.push_back(e->model_index);
                    break;
                case TourRefKind::Case: s.case_index = e->model_index; break;
                case TourRefKind::Recommendation: s.recommendation = e->model_index; break;
                case TourRefKind::FilterValue: break;  // checked again as a whole by CheckTourFilters
            }
            continue;
        }
        if (r.kind == TourRefKind::FilterValue) tour_filters_[r.filter].bad = true;
        if (out_.Full()) {
            out_.Add(Severity::Error, UnknownIdCode(r.target), r.offset, {}, {});  // only counted
            continue;
        }
        std::string pointer = TourStepPointer(r.tour, r.step_json);
        if (r.kind == TourRefKind::FilterValue) pointer += "/filters";
        json::AppendPointerToken(&pointer, r.field);
        if (r.list_index >= 0) pointer += "/" + std::to_string(r.list_index);
        out_.Add(Severity::Error, UnknownIdCode(r.target), r.offset, std::move(pointer), UnknownId(target, r.id));
    }
    tour_refs_.clear();
}

// Each filter whose values passed the checks above must also be accepted by SetFilterField, which
// playback calls: this checks the years and keeps the loader and the filter command from drifting apart.
void Validator::CheckTourFilters() {
    for (const TourFilter& tf : tour_filters_) {
        if (tf.bad) continue;
        const auto& [field, values] = ds_.tours[tf.tour].steps[tf.step].filters[tf.index];
        FilterState scratch;
        std::string problem = SetFilterField(scratch, ds_, field, values);
        if (problem.empty()) continue;
        std::string pointer = TourStepPointer(tf.tour, tf.step_json) + "/filters";
        json::AppendPointerToken(&pointer, tf.field);
        uint32_t offset = tf.list_offset;
        // Only the years are left for SetFilterField to refuse; anything else means the two checks drifted apart.
        DiagnosticCode code = DiagnosticCode::BadFilter;
        if (std::string_view(tf.field) == "years") {  // one value: point at it
            pointer += "/0";
            offset = tf.value_offset;
            code = DiagnosticCode::BadYears;
        }
        out_.Add(Severity::Error, code, offset, std::move(pointer), std::move(problem));
    }
    tour_filters_.clear();
}

}  // namespace sse::load
