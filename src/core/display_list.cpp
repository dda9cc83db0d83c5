// display_list.cpp: see display_list.h.
#include "core/display_list.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/explorer.h"
#include "core/translation_overlay.h"
#include "core/translations.h"

namespace sse {

ActorShape ActorKindShape(ActorKind kind) {
    switch (kind) {
        case ActorKind::PolicyMaker:
        case ActorKind::PublicAgency: return ActorShape::Square;
        case ActorKind::Practitioner: return ActorShape::Circle;
        case ActorKind::ExpertBody: return ActorShape::Diamond;
        case ActorKind::Network:
        case ActorKind::InternationalOrganisation: return ActorShape::Hexagon;
        case ActorKind::Funder:
        case ActorKind::Programme: return ActorShape::Triangle;
    }
    return ActorShape::Circle;
}

const std::string& ActorLabel(const Actor& actor) { return actor.short_name.empty() ? actor.name : actor.short_name; }

const std::string& ActorLabel(const Explorer& ex, const Actor& actor) {
    if (ex.show_original || ex.presentation.language == "en") return ActorLabel(actor);
    const Translations& t = TranslationsOf(actor.translations, ex.translation_overlay.actors, actor.id);
    if (HasTranslation(t, ex.presentation.language, "short_name"))
        return Translated(t, ex.presentation.language, "short_name", actor.short_name);
    if (!actor.short_name.empty()) return actor.short_name;
    return Translated(t, ex.presentation.language, "name", actor.name);
}

const std::string& ActorName(const Explorer& ex, const Actor& actor) {
    if (ex.show_original || ex.presentation.language == "en") return actor.name;
    return Translated(TranslationsOf(actor.translations, ex.translation_overlay.actors, actor.id), ex.presentation.language,
                      "name", actor.name);
}

size_t LabelLanguageStamp(const Explorer& ex) {
    // The overlay's size too: the page fetches the bundled data's translations after the language switched.
    return std::hash<std::string>{}(ex.presentation.language) * 31 + (ex.show_original ? 1 : 0) +
           ex.translation_overlay.actors.size() * 7919;
}

float LinkWidth(double weight, bool highlighted) { return (float)(0.8 + 0.5 * weight) * (highlighted ? 1.4f : 1.0f); }

namespace {

// Refreshes the per-data-set tables when the Explorer holds other data than they were built from; true if it did.
bool UpdateDataCache(const Explorer& ex, DisplayDataCache& c) {
    const Dataset& data = ex.Data();
    const std::vector<std::string>& codes = ex.Cues().code;
    if (c.generation == ex.DataGeneration() && c.actors_data == data.actors.data() &&
        c.actor_count == data.actors.size() && c.links_data == data.links.data() && c.link_count == data.links.size() &&
        c.codes_data == codes.data() && c.code_count == codes.size() && c.language_stamp == LabelLanguageStamp(ex))
        return false;
    c.language_stamp = LabelLanguageStamp(ex);
    c.generation = ex.DataGeneration();
    c.actors_data = data.actors.data();
    c.actor_count = data.actors.size();
    c.links_data = data.links.data();
    c.link_count = data.links.size();
    c.codes_data = codes.data();
    c.code_count = codes.size();
    c.actors.resize(data.actors.size());
    for (size_t a = 0; a < data.actors.size(); ++a) {
        const Actor& actor = data.actors[a];
        DisplayDataCache::ActorInfo& info = c.actors[a];
        info.label = &ActorLabel(ex, actor);
        info.code = a < codes.size() && !codes[a].empty() ? &codes[a] : nullptr;
        info.kind = actor.kind;
        info.shape = ActorKindShape(actor.kind);
    }
    c.links.resize(data.links.size());
    for (size_t i = 0; i < data.links.size(); ++i) {
        const Link& l = data.links[i];
        DisplayDataCache::LinkInfo& info = c.links[i];
        info.from = l.from;
        info.to = l.to;
        info.bend = ex.LinkBend((int)i);
        info.width = LinkWidth(l.weight, false);
        info.highlighted_width = LinkWidth(l.weight, true);
        info.confidence = l.confidence;
        info.dashed = l.kind == LinkKind::Vertical;
        info.head_at_to = l.direction != Direction::Inward;
        info.head_at_from = l.direction != Direction::Outward;
    }
    return true;
}

uint8_t LinkState(const Explorer& ex, int i) {
    return (uint8_t)((ex.LinkVisible(i) ? 1 : 0) | (ex.LinkFaded(i) ? 2 : 0) | (ex.LinkInFocus(i) ? 4 : 0));
}

// True when everything the last build read is still the same (see DisplayInputs). Returns at the first difference,
// so a frame where things move pays little for asking.
bool InputsUnchanged(const Explorer& ex, const DisplayList& out) {
    const DisplayInputs& in = out.inputs;
    if (!in.valid || in.selected != ex.Selected() || in.hovered != ex.Hovered() || in.layout != (int)ex.Layout() ||
        in.territory_cue != ex.presentation.territory_cue || in.zoom != ex.View().zoom)
        return false;
    const std::vector<Vec2>& pos = ex.Positions();
    const std::vector<int>& degree = ex.Degree();
    const int n = (int)std::min(out.data_cache.actors.size(), pos.size());
    if (n != in.actor_count || out.slot.size() != out.data_cache.actors.size() || degree.size() != in.degree.size() ||
        (size_t)n > degree.size())
        return false;
    for (int a = 0; a < n; ++a) {
        const int s = out.slot[(size_t)a];
        if (ex.ActorVisible(a) != (s >= 0) || degree[(size_t)a] != in.degree[(size_t)a]) return false;
        if (s < 0) continue;
        const DisplayActor& d = out.actors[(size_t)s];
        if (d.pos.x != pos[(size_t)a].x || d.pos.y != pos[(size_t)a].y || d.radius != ex.ActorRadius(a) ||
            d.faded != ex.ActorFaded(a) || d.in_focus != ex.ActorInFocus(a))
            return false;
    }
    const int links = (int)in.link_state.size();
    if ((size_t)links != out.data_cache.links.size()) return false;
    for (int i = 0; i < links; ++i)
        if (in.link_state[(size_t)i] != LinkState(ex, i)) return false;
    return true;
}

// Remembers what InputsUnchanged compares beyond the list's own entries.
void RecordInputs(const Explorer& ex, DisplayList& out) {
    DisplayInputs& in = out.inputs;
    in.valid = true;
    in.selected = ex.Selected();
    in.hovered = ex.Hovered();
    in.layout = (int)ex.Layout();
    in.territory_cue = ex.presentation.territory_cue;
    in.zoom = ex.View().zoom;
    in.actor_count = (int)std::min(out.data_cache.actors.size(), ex.Positions().size());
    in.degree.assign(ex.Degree().begin(), ex.Degree().end());
    const int links = (int)out.data_cache.links.size();
    in.link_state.resize((size_t)links);
    for (int i = 0; i < links; ++i) in.link_state[(size_t)i] = LinkState(ex, i);
}

// The visible actors, and the keys of the label candidates (visible, not faded) in the same pass. Label priority:
// actors in focus first, then by degree, ties by index (see LabelOrderCache::keys).
void BuildActors(const Explorer& ex, DisplayList& out) {
    const std::vector<DisplayDataCache::ActorInfo>& info = out.data_cache.actors;
    const std::vector<Vec2>& pos = ex.Positions();
    const std::vector<int>& degree = ex.Degree();
    const TerritoryCues& cues = ex.Cues();
    const bool cue = ex.presentation.territory_cue;
    const double zoom = ex.View().zoom;
    const int selected = ex.Selected(), hovered = ex.Hovered();
    const int n = (int)std::min(info.size(), pos.size());
    out.territory_codes = cue;
    // Written through an index into room made beforehand (push_back would store the vector's end every time),
    // then cut to what was written.
    out.actors.resize((size_t)n);
    out.slot.assign(info.size(), -1);
    std::vector<uint64_t>& keys = out.label_cache.keys;
    keys.resize((size_t)n);
    size_t count = 0, key_count = 0;
    for (int a = 0; a < n; ++a) {
        if (!ex.ActorVisible(a)) continue;
        const DisplayDataCache::ActorInfo& i = info[(size_t)a];
        // Filled here and stored whole at the end: a bool stored into the vector's memory may alias anything, so
        // the compiler would have to reload every vector this loop reads after each one.
        DisplayActor d;
        d.actor = a;
        d.pos = pos[(size_t)a];
        d.radius = ex.ActorRadius(a);
        d.shape = i.shape;
        d.kind = i.kind;
        // The ring is computed on the same float radius on screen as the canvas draws, so both agree at 4 px.
        const bool ring = cue && (size_t)a < cues.country.size() && cues.country[(size_t)a] >= 0 &&
                          (float)(d.radius * zoom) >= MinRingRadiusPx;
        d.ring = ring ? cues.country[(size_t)a] : -1;
        d.faded = ex.ActorFaded(a);
        d.hovered = a == hovered;
        d.selected = a == selected;
        d.pale = d.faded && !d.hovered;
        d.in_focus = ex.ActorInFocus(a);
        d.label = i.label;
        d.code = cue ? i.code : nullptr;
        d.label_rank = -1;
        if (!d.faded) {
            const uint32_t priority = (uint32_t)degree[(size_t)a] + (d.in_focus ? 1000u : 0u);
            keys[key_count++] = (uint64_t)(UINT32_MAX - priority) << 32 | (uint32_t)a;
        }
        out.slot[(size_t)a] = (int)count;
        out.actors[count++] = d;
    }
    out.actors.resize(count);
    keys.resize(key_count);
}

// The selected actor, then the hovered one (even when faded), claim label space first; then the others by
// priority. A faded selection gets no label unless it is hovered. The candidates' sorted order is kept while
// their keys stay the same (see LabelOrderCache).
void BuildLabelOrder(const Explorer& ex, DisplayList& out) {
    LabelOrderCache& cache = out.label_cache;
    // Compared element by element: operator!= would call memcmp, a byte loop in the wasm build.
    bool same = cache.keys.size() == cache.last_keys.size();
    for (size_t k = 0; same && k < cache.keys.size(); ++k) same = cache.keys[k] == cache.last_keys[k];
    if (!same) {
        cache.last_keys = cache.keys;
        std::sort(cache.keys.begin(), cache.keys.end());
        cache.order.clear();
        for (uint64_t k : cache.keys) cache.order.push_back((int)(uint32_t)k);
    }
    out.label_order.clear();
    out.forced_labels = 0;
    const int n = (int)out.slot.size(), selected = ex.Selected(), hovered = ex.Hovered();
    auto add = [&](int a) {
        const int s = out.slot[(size_t)a];
        out.actors[(size_t)s].label_rank = (int)out.label_order.size();
        out.label_order.push_back({s, a});
    };
    if (selected >= 0 && selected < n && out.slot[(size_t)selected] >= 0 &&
        (!out.actors[(size_t)out.slot[(size_t)selected]].faded || selected == hovered)) {
        add(selected);
        ++out.forced_labels;
    }
    if (hovered >= 0 && hovered < n && hovered != selected && out.slot[(size_t)hovered] >= 0) {
        add(hovered);
        ++out.forced_labels;
    }
    for (int a : cache.order)
        if (a != selected && a != hovered) add(a);
}

// The visible links in one pass, in data order; then, if some are faded and some not, the faded ones are moved
// first (each part keeping data order) so that the others are drawn on top.
void BuildLinks(const Explorer& ex, DisplayList& out) {
    const std::vector<DisplayDataCache::LinkInfo>& info = out.data_cache.links;
    const int n = (int)info.size(), actor_count = (int)out.slot.size();
    const bool levels = ex.Layout() == LayoutKind::Levels;
    const double zoom = ex.View().zoom;
    out.links.resize((size_t)n);
    size_t count = 0, faded_count = 0;
    for (int i = 0; i < n; ++i) {
        if (!ex.LinkVisible(i)) continue;
        const DisplayDataCache::LinkInfo& l = info[(size_t)i];
        const int from = l.from >= 0 && l.from < actor_count ? out.slot[(size_t)l.from] : -1;
        const int to = l.to >= 0 && l.to < actor_count ? out.slot[(size_t)l.to] : -1;
        if (from < 0 || to < 0) continue;  // a visible link has visible ends (filter.cpp); kept safe all the same
        DisplayLink d;  // stored whole at the end, as in BuildActors
        d.link = i;
        d.from = from;
        d.to = to;
        d.bend = l.bend;
        d.arc = 0;
        if (levels) {
            // Same band: less than a pixel apart vertically on screen.
            const Vec2 a = out.actors[(size_t)from].pos, b = out.actors[(size_t)to].pos;
            if (std::fabs((b.y - a.y) * zoom) < 1) d.arc = (int8_t)((l.from < l.to ? -1 : 1) * (b.x - a.x > 0 ? 1 : -1));
        }
        d.confidence = l.confidence;
        d.dashed = l.dashed;
        d.head_at_to = l.head_at_to;
        d.head_at_from = l.head_at_from;
        d.highlighted = ex.LinkInFocus(i);
        d.faded = ex.LinkFaded(i);
        d.width = d.highlighted ? l.highlighted_width : l.width;
        faded_count += d.faded;
        out.links[count++] = d;
    }
    out.links.resize(count);
    if (faded_count == 0 || faded_count == count) return;
    out.link_scratch.assign(out.links.begin(), out.links.end());
    size_t next_faded = 0, next_other = faded_count;
    for (const DisplayLink& d : out.link_scratch) out.links[d.faded ? next_faded++ : next_other++] = d;
}

}  // namespace

void BuildDisplayList(const Explorer& ex, DisplayList* out) {
    if (UpdateDataCache(ex, out->data_cache)) out->inputs.valid = false;
    if (InputsUnchanged(ex, *out)) return;
    BuildActors(ex, *out);
    BuildLabelOrder(ex, *out);
    BuildLinks(ex, *out);
    RecordInputs(ex, *out);
}

}  // namespace sse
