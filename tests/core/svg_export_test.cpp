// svg_export_test.cpp: the SVG figure (svg_export.h) is well-formed XML drawn from the display list: one shape
// per actor and link on the canvas, each label as escaped text, fading as opacity, the canvas's labels when it
// said which it drew, and the export command returning or writing it.
#include "core/svg_export.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "core/display_list.h"
#include "core/explorer.h"
#include "core/xml_stream.h"
#include "test_files.h"

namespace {

// What the document holds, read by the project's hardened XML parser.
struct SvgSummary : sse::XmlHandler {
    std::map<std::string, int> elements;       // by element name
    std::map<std::string, int> classes;        // by class attribute
    int actor_circles = 0, actor_polygons = 0, link_lines = 0, link_paths = 0, faded_links = 0;
    std::vector<std::string> labels;           // text of each <text class="label"> (before its territory code)
    std::string title;
    bool in_label = false, in_tspan = false, in_title = false;
    std::string root;
    void Start(std::string_view name, const sse::XmlAttributes& a) override {
        if (root.empty()) root = std::string(name);
        ++elements[std::string(name)];
        const std::string cls(sse::XmlAttribute(a, "class"));
        if (!cls.empty()) ++classes[cls];
        if (cls == "actor") (name == "circle" ? actor_circles : actor_polygons)++;
        if (cls == "link") {
            (name == "line" ? link_lines : link_paths)++;
            // Faded: the link colour's own opacity (light theme: 59 %) times the canvas's fading (0.195).
            const std::string opacity(sse::XmlAttribute(a, "stroke-opacity"));
            if (!opacity.empty() && std::stod(opacity) < 30) ++faded_links;
        }
        if (cls == "label" && name == "text") {
            in_label = true;
            labels.emplace_back();
        }
        if (name == "tspan") in_tspan = true;
        in_title = name == "title";
    }
    void End(std::string_view name) override {
        if (name == "text") in_label = false;
        if (name == "tspan") in_tspan = false;
        if (name == "title") in_title = false;
    }
    void Text(std::string_view text) override {
        if (in_label && !in_tspan) labels.back() += std::string(text);
        if (in_title) title += std::string(text);
    }
};

SvgSummary Parse(const std::string& svg) {
    SvgSummary s;
    sse::XmlStream stream(s);
    EXPECT_TRUE(stream.ParseAll(svg)) << stream.Error() << " at line " << stream.ErrorLine();
    return s;
}

struct SvgExport : ::testing::Test {
    sse::Explorer ex;
    void SetUp() override {
        ASSERT_TRUE(ex.LoadFile(sse::test::SourcePath("data/silk.json")));
        ex.presentation.territory_cue = false;
        ex.FitView(false);  // everything on the 1280 x 800 canvas
    }
    // The display list's actors (and links) whose shapes fall on the canvas, as the writer and the canvas skip the others.
    sse::DisplayList List() {
        sse::DisplayList list;
        sse::BuildDisplayList(ex, &list);
        return list;
    }
};

TEST_F(SvgExport, IsWellFormedWithOneShapePerActorAndLinkOfTheDisplayList) {
    const sse::DisplayList list = List();
    ASSERT_GT(list.actors.size(), 50u);
    const SvgSummary s = Parse(sse::WriteSvg(ex, {}));
    EXPECT_EQ(s.root, "svg");
    int circles = 0, on_canvas = 0;
    const sse::Camera& cam = ex.View();
    for (const sse::DisplayActor& d : list.actors) {
        const sse::Vec2 p = cam.WorldToScreen(d.pos);
        ASSERT_TRUE(p.x >= 0 && p.x <= cam.viewport.x && p.y >= 0 && p.y <= cam.viewport.y) << "the fitted view shows every actor";
        ++on_canvas;
        circles += d.shape == sse::ActorShape::Circle;
    }
    EXPECT_EQ(s.classes.at("actor"), on_canvas);
    EXPECT_EQ(s.actor_circles, circles);
    EXPECT_EQ(s.actor_polygons, on_canvas - circles);
    EXPECT_EQ(s.classes.at("link"), (int)list.links.size());
    EXPECT_EQ(s.link_lines + s.link_paths, (int)list.links.size());
    EXPECT_GT(s.link_paths, 0) << "parallel links are curved apart, as on the canvas";
    EXPECT_EQ(s.faded_links, 0);
    EXPECT_EQ(s.title, ex.Data().title);
    EXPECT_EQ(s.classes.count("ring"), 0u) << "the territory cue is off";
}

TEST_F(SvgExport, LabelsAreTextOfVisibleActorsPlacedWithoutOverlapWhenNoCanvasSaidWhich) {
    const SvgSummary s = Parse(sse::WriteSvg(ex, {}));
    ASSERT_GT(s.labels.size(), 10u);
    const sse::DisplayList list = List();
    std::map<std::string, int> names;
    for (const sse::DisplayActor& d : list.actors) ++names[*d.label];
    for (const std::string& l : s.labels) EXPECT_TRUE(names.count(l)) << "label '" << l << "' is no visible actor's";
    EXPECT_LE(s.labels.size(), list.actors.size());
    // The highest-priority candidate always gets its label (nothing was placed before it).
    EXPECT_EQ(s.labels.front(), *list.actors[(size_t)list.label_order[0].slot].label);
}

TEST_F(SvgExport, WritesExactlyTheLabelsTheCanvasDrew) {
    const sse::DisplayList list = List();
    sse::SvgLabels drawn;
    drawn.valid = true;
    drawn.font_size = 21;
    drawn.actors = {list.actors[3].actor, list.actors[0].actor};
    drawn.widths = {50.5f, 61.5f};  // the backdrops as the canvas measured the text
    const std::string svg = sse::WriteSvg(ex, drawn);
    EXPECT_NE(svg.find("class=\"label-backdrop\" x=\""), std::string::npos);
    EXPECT_NE(svg.find("width=\"50.5\" height="), std::string::npos);
    EXPECT_NE(svg.find("width=\"61.5\" height="), std::string::npos);
    const SvgSummary s = Parse(svg);
    ASSERT_EQ(s.labels.size(), 2u);
    EXPECT_EQ(s.labels[0], *list.actors[3].label);
    EXPECT_EQ(s.labels[1], *list.actors[0].label);
    EXPECT_NE(svg.find("font-size=\"18\""), std::string::npos);
    // A stale entry (an actor index the data set does not have) is left out, not a crash.
    drawn.actors = {100000, -1};
    EXPECT_EQ(Parse(sse::WriteSvg(ex, drawn)).labels.size(), 0u);
}

TEST_F(SvgExport, EscapesLabelsAndTitle) {
    const int a = ex.Data().FindActor(ex.Data().actors[0].id);
    ASSERT_TRUE(ex.Command("set actor " + ex.Data().actors[(size_t)a].id + " short_name \"R&D <\\\"Lab\\\"> 'x'\"").ok);
    ASSERT_TRUE(ex.Command("select " + ex.Data().actors[(size_t)a].id).ok);  // a forced label: it is always written
    const std::string svg = sse::WriteSvg(ex, {});
    EXPECT_NE(svg.find("R&amp;D &lt;&quot;Lab&quot;&gt; 'x'"), std::string::npos);
    const SvgSummary s = Parse(svg);
    ASSERT_FALSE(s.labels.empty());
    EXPECT_EQ(s.labels[0], "R&D <\"Lab\"> 'x'");
    EXPECT_EQ(s.classes.count("selection"), 1u);
}

TEST_F(SvgExport, ShowcaseFadingBecomesOpacity) {
    ASSERT_TRUE(ex.Command("filter kind policy_maker").ok);
    ASSERT_TRUE(ex.Command("showcase on").ok);
    const SvgSummary s = Parse(sse::WriteSvg(ex, {}));
    EXPECT_GT(s.faded_links, 0);
    const SvgSummary hidden = (ex.Command("showcase off"), Parse(sse::WriteSvg(ex, {})));
    EXPECT_LT(hidden.classes.at("actor"), s.classes.at("actor")) << "a filter without showcase hides, and so does the file";
}

TEST_F(SvgExport, ActorsOffTheCanvasAreLeftOut) {
    ex.View().zoom *= 6;  // zoomed in on the middle: most actors lie beyond the edges
    const SvgSummary s = Parse(sse::WriteSvg(ex, {}));
    const auto drawn = s.classes.find("actor");
    EXPECT_LT(drawn == s.classes.end() ? 0 : drawn->second, (int)List().actors.size());
}

TEST_F(SvgExport, TheExportCommandReturnsOrWritesTheFigure) {
    const sse::CommandResult r = ex.Command("export svg");
    ASSERT_TRUE(r.ok) << r.message;
    const nlohmann::json data = nlohmann::json::parse(r.data);
    ASSERT_EQ(data["files"].size(), 1u);
    EXPECT_EQ(data["files"][0]["name"], ex.Data().id + ".svg");
    Parse(data["files"][0]["text"].get<std::string>());
    const std::string dir = ::testing::TempDir();
    EXPECT_EQ(ex.Command("export svg " + dir).code, "no-file-access") << "as save: the page writes no files";
    ex.file_access = true;  // the desktop app
    const sse::CommandResult w = ex.Command("export svg " + dir);
    ASSERT_TRUE(w.ok) << w.message;
    const std::string written = sse::test::ReadFile(dir + "/" + ex.Data().id + ".svg");
    EXPECT_EQ(written, data["files"][0]["text"].get<std::string>());
    std::remove((dir + "/" + ex.Data().id + ".svg").c_str());
    EXPECT_EQ(ex.Command("export nonsense").code, "unknown-format");
    EXPECT_NE(data["files"][0]["text"].get<std::string>().find("id=\"background\""), std::string::npos);
    const sse::CommandResult t = ex.Command("export svg-transparent");
    EXPECT_EQ(nlohmann::json::parse(t.data)["files"][0]["text"].get<std::string>().find("id=\"background\""), std::string::npos);
}

}  // namespace
