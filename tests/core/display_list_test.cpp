// display_list_test.cpp: what BuildDisplayList decides the canvas (and any other renderer) draws: which actors
// and links, faded or standing out, their style, and the order in which labels claim space.
#include "core/display_list.h"

#include <gtest/gtest.h>

#include "test_files.h"

#include <set>
#include <string>

#include "core/explorer.h"

namespace {
using sse::test::Fixture;
std::string Silk() { return sse::test::SourcePath("data/silk.json"); }

struct SilkList : ::testing::Test {
    sse::Explorer ex;
    sse::DisplayList list;
    void SetUp() override { ASSERT_TRUE(ex.LoadFile(Silk())); }
    void Build() { sse::BuildDisplayList(ex, &list); }
    int Id(const char* id) const { return ex.Data().FindActor(id); }
    const sse::DisplayActor* Find(int actor) const {
        const int s = actor >= 0 && actor < (int)list.slot.size() ? list.slot[(size_t)actor] : -1;
        return s >= 0 ? &list.actors[(size_t)s] : nullptr;
    }
};

// Every field of two lists, entry by entry (the caches aside).
void ExpectSameList(const sse::DisplayList& a, const sse::DisplayList& b, const std::string& when) {
    ASSERT_EQ(a.actors.size(), b.actors.size()) << when;
    for (size_t i = 0; i < a.actors.size(); ++i) {
        const sse::DisplayActor &x = a.actors[i], &y = b.actors[i];
        EXPECT_TRUE(x.pos.x == y.pos.x && x.pos.y == y.pos.y && x.radius == y.radius && x.label == y.label &&
                    x.code == y.code && x.actor == y.actor && x.ring == y.ring && x.label_rank == y.label_rank &&
                    x.kind == y.kind && x.shape == y.shape && x.faded == y.faded && x.pale == y.pale &&
                    x.in_focus == y.in_focus && x.selected == y.selected && x.hovered == y.hovered)
            << when << ": actor entry " << i;
    }
    ASSERT_EQ(a.links.size(), b.links.size()) << when;
    for (size_t i = 0; i < a.links.size(); ++i) {
        const sse::DisplayLink &x = a.links[i], &y = b.links[i];
        EXPECT_TRUE(x.link == y.link && x.from == y.from && x.to == y.to && x.bend == y.bend && x.width == y.width &&
                    x.confidence == y.confidence && x.arc == y.arc && x.dashed == y.dashed &&
                    x.head_at_to == y.head_at_to && x.head_at_from == y.head_at_from && x.faded == y.faded &&
                    x.highlighted == y.highlighted)
            << when << ": link entry " << i;
    }
    EXPECT_EQ(a.slot, b.slot) << when;
    ASSERT_EQ(a.label_order.size(), b.label_order.size()) << when;
    for (size_t i = 0; i < a.label_order.size(); ++i)
        EXPECT_TRUE(a.label_order[i].slot == b.label_order[i].slot && a.label_order[i].actor == b.label_order[i].actor)
            << when << ": label " << i;
    EXPECT_EQ(a.forced_labels, b.forced_labels) << when;
    EXPECT_EQ(a.territory_codes, b.territory_codes) << when;
}

struct TinyList : SilkList {
    void SetUp() override { ASSERT_TRUE(ex.LoadFile(Fixture("tiny_valid.json"))); }
    const sse::DisplayLink* FindLink(const char* id) const {
        for (const sse::DisplayLink& l : list.links)
            if (ex.Data().links[(size_t)l.link].id == id) return &l;
        return nullptr;
    }
};
}  // namespace

TEST_F(SilkList, ListsEveryVisibleActorAndLinkWithTheirEnds) {
    Build();
    ASSERT_EQ((int)list.actors.size(), ex.VisibleActorCount());
    ASSERT_EQ((int)list.links.size(), ex.VisibleLinkCount());
    ASSERT_EQ(list.actors.size(), ex.Data().actors.size()) << "nothing is filtered at start";
    for (size_t i = 0; i < list.actors.size(); ++i) {
        const sse::DisplayActor& d = list.actors[i];
        EXPECT_EQ(list.slot[(size_t)d.actor], (int)i);
        if (i > 0) {
            EXPECT_LT(list.actors[i - 1].actor, d.actor) << "in data order (the canvas draws later ones on top)";
        }
        EXPECT_EQ(d.pos.x, ex.Positions()[(size_t)d.actor].x) << "world coordinates, not screen";
        EXPECT_EQ(d.radius, ex.ActorRadius(d.actor));
        EXPECT_EQ(d.kind, ex.Data().actors[(size_t)d.actor].kind);
        EXPECT_EQ(d.shape, sse::ActorKindShape(d.kind));
        ASSERT_NE(d.label, nullptr);
        EXPECT_EQ(*d.label, sse::ActorLabel(ex.Data().actors[(size_t)d.actor]));
    }
    std::set<int> seen;
    for (const sse::DisplayLink& l : list.links) {
        const sse::Link& link = ex.Data().links[(size_t)l.link];
        EXPECT_EQ(list.actors[(size_t)l.from].actor, link.from);
        EXPECT_EQ(list.actors[(size_t)l.to].actor, link.to);
        EXPECT_EQ(l.bend, ex.LinkBend(l.link));
        EXPECT_TRUE(seen.insert(l.link).second) << "each link once";
    }
    EXPECT_EQ(sse::ActorLabel(ex.Data().actors[(size_t)Id("accio")]), "ACCIÓ") << "the short name when there is one";
}

TEST_F(SilkList, AFilterHidesActorsAndTheirLinksFromTheList) {
    ASSERT_TRUE(ex.Command("filter kind public_agency,policy_maker").ok);
    Build();
    ASSERT_FALSE(list.actors.empty());
    EXPECT_LT(list.actors.size(), ex.Data().actors.size());
    EXPECT_EQ((int)list.actors.size(), ex.VisibleActorCount());
    for (const sse::DisplayActor& d : list.actors)
        EXPECT_TRUE(d.kind == sse::ActorKind::PublicAgency || d.kind == sse::ActorKind::PolicyMaker);
    for (int a = 0; a < (int)ex.Data().actors.size(); ++a) {
        const sse::ActorKind k = ex.Data().actors[(size_t)a].kind;
        const bool kept = k == sse::ActorKind::PublicAgency || k == sse::ActorKind::PolicyMaker;
        EXPECT_EQ(list.slot[(size_t)a] >= 0, kept) << ex.Data().actors[(size_t)a].id;
    }
    for (const sse::DisplayLink& l : list.links) {
        EXPECT_GE(l.from, 0);
        EXPECT_LT(l.from, (int)list.actors.size());
        EXPECT_LT(l.to, (int)list.actors.size());
    }
    for (const sse::DisplayLabel& l : list.label_order) {
        ASSERT_LT(l.slot, (int)list.actors.size());
        EXPECT_EQ(list.actors[(size_t)l.slot].actor, l.actor);
    }
    ASSERT_TRUE(ex.Command("showcase on").ok);
    Build();
    EXPECT_EQ(list.actors.size(), ex.Data().actors.size()) << "showcase fades instead of hiding";
    for (const sse::DisplayActor& d : list.actors) {
        const bool kept = d.kind == sse::ActorKind::PublicAgency || d.kind == sse::ActorKind::PolicyMaker;
        EXPECT_EQ(d.faded, !kept);
        EXPECT_EQ(d.pale, !kept);
        if (kept) {
            EXPECT_GE(d.label_rank, 0);
        } else {
            EXPECT_EQ(d.label_rank, -1) << "faded actors get no label";
        }
    }
}

TEST_F(SilkList, ASelectedActorsNeighboursAreInFocusAndTheRestFades) {
    const int accio = Id("accio");
    ASSERT_GE(accio, 0);
    ex.Select(accio);
    Build();
    std::set<int> neighbours{accio};
    for (const sse::Link& l : ex.Data().links) {
        if (l.from == accio) neighbours.insert(l.to);
        if (l.to == accio) neighbours.insert(l.from);
    }
    ASSERT_GT(neighbours.size(), 2u);
    for (const sse::DisplayActor& d : list.actors) {
        const bool near = neighbours.count(d.actor) > 0;
        EXPECT_EQ(d.in_focus, near) << ex.Data().actors[(size_t)d.actor].id;
        EXPECT_EQ(d.faded, !near) << ex.Data().actors[(size_t)d.actor].id;
        EXPECT_EQ(d.selected, d.actor == accio);
    }
    size_t faded_links = 0;
    bool seen_unfaded = false;
    for (const sse::DisplayLink& l : list.links) {
        const sse::Link& link = ex.Data().links[(size_t)l.link];
        const bool touches = link.from == accio || link.to == accio;
        EXPECT_EQ(l.highlighted, touches);
        EXPECT_EQ(l.faded, !touches);
        EXPECT_FLOAT_EQ(l.width, sse::LinkWidth(link.weight, touches));
        if (l.faded) {
            ++faded_links;
            EXPECT_FALSE(seen_unfaded) << "faded links come first, so highlighted ones are drawn on top";
        } else {
            seen_unfaded = true;
        }
    }
    EXPECT_GT(faded_links, 0u);
    EXPECT_TRUE(seen_unfaded);
    EXPECT_GT(sse::LinkWidth(2, true), sse::LinkWidth(2, false));
    EXPECT_GT(sse::LinkWidth(3, false), sse::LinkWidth(1, false)) << "heavier links are wider";
}

TEST_F(SilkList, LabelsOfLargerActorsComeFirstAndTheSelectedAndHoveredAreForced) {
    Build();
    ASSERT_EQ(list.forced_labels, 0);
    ASSERT_EQ(list.label_order.size(), list.actors.size()) << "every visible, unfaded actor is a candidate";
    for (size_t k = 0; k < list.label_order.size(); ++k) {
        const sse::DisplayActor& d = list.actors[(size_t)list.label_order[k].slot];
        EXPECT_EQ(d.label_rank, (int)k);
        if (k == 0) continue;
        const sse::DisplayActor& prev = list.actors[(size_t)list.label_order[k - 1].slot];
        EXPECT_GE(ex.Degree()[(size_t)prev.actor], ex.Degree()[(size_t)d.actor]) << "better connected first";
        EXPECT_GE(prev.radius, d.radius) << "actors are sized by links: larger first";
    }
    // A poorly connected actor (with a few neighbours), selected, goes first; the hovered hub second; then the
    // selection's neighbours.
    int small = -1;
    for (size_t k = list.label_order.size(); k-- > 0 && small < 0;)
        if (ex.Degree()[(size_t)list.label_order[k].actor] >= 3) small = list.label_order[k].actor;
    ASSERT_GE(small, 0);
    const int hub = list.label_order.front().actor;
    ex.Select(small);
    ex.SetHovered(hub);
    Build();
    ASSERT_EQ(list.forced_labels, 2);
    EXPECT_EQ(list.label_order[0].actor, small);
    EXPECT_EQ(list.label_order[1].actor, hub) << "hovered, even though it is faded";
    EXPECT_TRUE(Find(hub)->hovered);
    EXPECT_FALSE(Find(hub)->pale) << "hovering brings a faded actor forward";
    // With a selection, the actors outside its focus fade, so the remaining candidates are its neighbours.
    ASSERT_GT(list.label_order.size(), 2u);
    for (size_t k = 2; k < list.label_order.size(); ++k) {
        const sse::DisplayActor& d = list.actors[(size_t)list.label_order[k].slot];
        EXPECT_FALSE(d.faded) << "faded actors are no candidates";
        EXPECT_TRUE(d.in_focus);
    }
}

TEST_F(TinyList, VerticalLinksAreDashedAndArrowHeadsFollowTheDirection) {
    Build();
    const sse::DisplayLink* vertical = FindLink("mites-accio");  // vertical, outward, inferred, weight 3
    const sse::DisplayLink* horizontal = FindLink("accio-coop");  // horizontal, both ways
    ASSERT_TRUE(vertical && horizontal);
    EXPECT_TRUE(vertical->dashed);
    EXPECT_FALSE(horizontal->dashed);
    EXPECT_EQ(vertical->confidence, sse::Confidence::Inferred) << "kept as a style key for other renderers";
    EXPECT_TRUE(vertical->head_at_to);
    EXPECT_FALSE(vertical->head_at_from) << "outward: one head, at the receiving end";
    EXPECT_TRUE(horizontal->head_at_to && horizontal->head_at_from);
    EXPECT_FLOAT_EQ(vertical->width, 0.8f + 0.5f * 3);
    EXPECT_GT(vertical->width, horizontal->width);
}

TEST_F(TinyList, LinksAlongABandOfTheLevelsLayoutArcOverIt) {
    ASSERT_EQ(ex.Layout(), sse::LayoutKind::Levels);
    Build();
    EXPECT_NE(FindLink("accio-coop")->arc, 0) << "both regional: one band";
    EXPECT_EQ(FindLink("mites-accio")->arc, 0) << "national to regional: across bands";
    ASSERT_TRUE(ex.Command("layout geographic").ok);
    Build();
    EXPECT_EQ(FindLink("accio-coop")->arc, 0) << "no bands, no arc";
}

TEST_F(TinyList, TerritoryRingAndCodeFollowTheCueAndTheSizeOnScreen) {
    const int accio = Id("accio");
    ex.View().zoom = 1;
    Build();
    ASSERT_NE(Find(accio), nullptr);
    EXPECT_EQ(Find(accio)->ring, ex.Cues().country[(size_t)accio]);
    EXPECT_GE(Find(accio)->ring, 0) << "Catalonia is in Spain";
    ASSERT_NE(Find(accio)->code, nullptr);
    EXPECT_EQ(*Find(accio)->code, "ES-CT");
    ex.View().zoom = (sse::MinRingRadiusPx - 0.5) / ex.ActorRadius(accio);
    Build();
    EXPECT_EQ(Find(accio)->ring, -1) << "no ring on a speck";
    ex.View().zoom = 1;
    ASSERT_TRUE(ex.Command("territory-cue off").ok);
    Build();
    EXPECT_EQ(Find(accio)->ring, -1);
    EXPECT_EQ(Find(accio)->code, nullptr);
}

TEST_F(TinyList, ReusesItsMemoryAndFollowsANewDataSet) {
    Build();
    const sse::DisplayActor* actors = list.actors.data();
    const sse::DisplayLink* links = list.links.data();
    Build();
    EXPECT_EQ(list.actors.data(), actors) << "no reallocation from one frame to the next";
    EXPECT_EQ(list.links.data(), links);
    ASSERT_TRUE(ex.LoadFile(Silk()));
    Build();
    ASSERT_EQ(list.actors.size(), ex.Data().actors.size());
    for (const sse::DisplayActor& d : list.actors)
        EXPECT_EQ(*d.label, sse::ActorLabel(ex.Data().actors[(size_t)d.actor])) << "labels point into the new data";
    for (const sse::DisplayLink& l : list.links) {
        EXPECT_EQ(list.actors[(size_t)l.from].actor, ex.Data().links[(size_t)l.link].from);
        EXPECT_EQ(l.dashed, ex.Data().links[(size_t)l.link].kind == sse::LinkKind::Vertical);
    }
}

TEST_F(SilkList, AListKeptBetweenFramesMatchesAFreshOneAfterEveryKindOfChange) {
    // One list updated frame after frame (kept when nothing changed) against a list built from nothing each time.
    auto check = [&](const std::string& when) {
        Build();
        sse::DisplayList fresh;
        sse::BuildDisplayList(ex, &fresh);
        ExpectSameList(list, fresh, when);
    };
    check("start");
    check("nothing changed");
    ex.View().center.x += 50;
    check("panned");
    ex.View().zoom *= 0.05;
    check("zoomed out: no rings");
    ex.View().zoom /= 0.05;
    check("zoomed back");
    ex.Select(Id("accio"));
    check("selected");
    ex.SetHovered(Id("oecd"));
    check("hovered a faded actor");
    ASSERT_TRUE(ex.Command("focus 2").ok);
    check("focus 2");
    ex.MoveActor(Id("silk"), {123, 456});
    check("dragged an actor");
    ASSERT_TRUE(ex.Command("size betweenness").ok);
    check("sized by betweenness");
    ASSERT_TRUE(ex.Command("territory-cue off").ok);
    check("cue off");
    ASSERT_TRUE(ex.Command("select none").ok);
    ASSERT_TRUE(ex.Command("filter kind network,programme").ok);
    check("filtered");
    ASSERT_TRUE(ex.Command("showcase on").ok);
    check("showcase");
    ASSERT_TRUE(ex.Command("filter clear").ok);
    ASSERT_TRUE(ex.Command("case coopcycle").ok);
    check("case");
    ASSERT_TRUE(ex.Command("layout geographic").ok);
    ex.Tick(10);  // the transition to the new layout ends
    check("geographic layout");
    ASSERT_TRUE(ex.LoadFile(Fixture("tiny_valid.json")));
    check("another data set");
}

TEST_F(SilkList, AnUnchangedFrameKeepsTheListAsItIs) {
    Build();
    list.actors[3].label_rank = -7;  // a mark only a rebuild would undo
    ex.View().center.y -= 20;        // panning moves nothing in world coordinates
    Build();
    EXPECT_EQ(list.actors[3].label_rank, -7) << "kept: nothing the list depends on changed";
    ex.SetHovered(list.actors[3].actor);
    Build();
    EXPECT_EQ(list.actors[3].label_rank, 0) << "rebuilt: the hover changed, and a hovered actor's label goes first";
    EXPECT_TRUE(list.actors[3].hovered);
}

// A document edit changes the data set in place: the list kept between frames follows it (new actor and link,
// changed name, a deletion, an undo), as after a load.
TEST_F(TinyList, FollowsDocumentEdits) {
    Build();
    ASSERT_EQ(list.actors.size(), 3u);
    ASSERT_TRUE(ex.Command(R"(add actor {"id": "n", "name": "New one", "kind": "network", "level": "local", "territory": "es-ct", "confidence": "inferred", "sources": [{"url": "https://example.org/n", "title": "N"}]})").ok);
    ASSERT_TRUE(ex.Command(R"(add link {"id": "l", "from": "accio", "to": "n", "kind": "vertical", "relation": "funding", "direction": "outward", "confidence": "inferred", "sources": [{"url": "https://example.org/n", "title": "N"}]})").ok);
    Build();
    ASSERT_EQ(list.actors.size(), 4u);
    ASSERT_EQ(list.links.size(), 3u);
    EXPECT_EQ(*list.actors[3].label, "New one");
    ASSERT_TRUE(ex.Command("set actor n name \"Renamed\"").ok);
    Build();
    EXPECT_EQ(*list.actors[3].label, "Renamed") << "the label points into the edited data";
    ASSERT_TRUE(ex.Command("delete actor n").ok);
    Build();
    EXPECT_EQ(list.actors.size(), 3u);
    EXPECT_EQ(list.links.size(), 2u);
    ASSERT_TRUE(ex.Command("undo").ok);
    Build();
    EXPECT_EQ(list.actors.size(), 4u);
    EXPECT_EQ(list.links.size(), 3u);
}
