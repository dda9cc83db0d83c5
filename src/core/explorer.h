// explorer.h: the application's state and every action a user can take, without any UI.
// The ImGui layer draws from it and calls its methods; window.explorer.command()/state() and the desktop
// --state flag go through Command() and StateJson(), so scripts see exactly what a user would.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/camera.h"
#include "core/dataset_loader.h"
#include "core/document.h"
#include "core/filter.h"
#include "core/force_layout.h"
#include "core/import_formats.h"
#include "core/metrics.h"
#include "core/layouts.h"
#include "core/model.h"
#include "core/svg_export.h"
#include "core/table_export.h"
#include "core/territory_cue.h"
#include "core/translation_overlay.h"
#include "core/vec2.h"
#include "core/view_action.h"
#include "core/world_outline.h"
#include "core/screen_layout.h"
#include "core/vocabulary.h"

namespace sse {

struct CommandResult {
    bool ok = true;
    std::string message;  // for people: what happened, or what is wrong and what is allowed
    std::string code = "ok";  // for scripts: stable ("ok", "usage", "unknown-command", "unknown-actor", ...)
    std::string data;     // structured result as a JSON object's text ("" for none), e.g. locate: {"x": .., "y": ..}
};

// The whole document checked by the loader's rules (Explorer::ValidateDocument).
struct DocumentCheck {
    int errors = 0;
    int warnings = 0;
    std::vector<std::string> codes;  // the errors' codes, each once, at most 10
    std::string first_error;         // "/actors/3/level: ..." for people
};


// The result as the JSON object window.explorer.command() returns: {ok, code, message} plus the data's fields.
std::string CommandResultJson(const CommandResult& r);

// The local time as HH:MM (for "saved at" and "restored from" notices).
std::string ClockTime();

class Explorer {
public:
    // Parses and validates text; on success replaces the data set (new layout, view fitted), otherwise keeps
    // the current one. The diagnostics are kept for the diagnostics panel either way.
    bool Load(std::string_view text, const std::string& file_name);
    // Same as Load, reading a file (a missing or unreadable file is a diagnostic, not a crash).
    bool LoadFile(const std::string& path);
    // A number that changes whenever a data set replaces the current one (for caches kept outside the Explorer).
    int DataGeneration() const { return m_data_generation; }

    const Dataset& Data() const { return m_doc.Data(); }
    // The editable document behind Data(): revision, dirty flag, undo and redo labels.
    const Document& Doc() const { return m_doc; }

    // Document actions: an edit is validated by the data format's rules and applied only when the result is valid;
    // undo and redo go to any depth. The view follows by id: positions, selection, filters and the tour are kept
    // for what is still there, a new actor is placed near its neighbours.
    EditOutcome ApplyEdit(const DocumentEdit& edit);
    // Whether ApplyEdit would accept the edit (nothing changes): a form checks each field as it is typed.
    EditOutcome CheckEdit(const DocumentEdit& edit) { return m_doc.Check(edit); }
    EditOutcome Undo();
    EditOutcome Redo();
    // Replaces the whole document (an import, a merge, a new map) as one undoable step; the view follows by id
    // like an edit (what stayed keeps its place), and frames everything when no actor stayed.
    EditOutcome ReplaceContent(const nlohmann::json& content, const std::string& label);
    EditOutcome ReplaceContent(nlohmann::json&& content, const std::string& label);  // `content` taken over, not copied
    // Import (issue 15, explorer_import.cpp): opened files become a pending preview (counts, located diagnostics);
    // nothing changes until `import replace` or `import merge` applies it as one undoable step (`import cancel` drops
    // it). Returns {ok, code, message} with the diagnostics as data; ok is false when the files have errors.
    CommandResult OpenData(const std::vector<ImportFile>& files);
    // The same with files already read and mapped elsewhere (the page's converter module: import_exchange.h).
    CommandResult OpenMapped(const std::vector<std::string>& file_names, MappedImport mapped);
    // Loads files of any format read (JSON, CSV, ...) at once, without a preview (--data, the first load): true when
    // they have no errors; the diagnostics are kept either way, located in the files.
    bool LoadFiles(const std::vector<ImportFile>& files);
    struct PendingImport {
        std::vector<std::string> files;
        MappedImport mapped;
    };
    // The preview waiting for Replace / Merge / Cancel, or nullptr.
    const PendingImport* Pending() const { return m_import.files.empty() ? nullptr : &m_import; }
    // The current data as files: "json" (one .json), "csv" (one .csv per table), "csv:actors" (one table),
    // "template" (the CSV template).
    // Empty with `error` set for an unknown format.
    std::vector<ExportFile> ExportData(const std::string& format, std::string* error) const;
    const std::string& FileName() const { return m_file; }
    // ---- Editing in the app (issue 16; explorer_editing.cpp) ----
    // Edit mode: off by default, so that a presentation is never edited by a stray click.
    bool Editing() const { return m_editing; }
    void SetEditing(bool on);
    // Every selected actor: Selected() first, then those added by SelectAdd (Shift+click), in order.
    std::vector<int> Selection() const;
    // Adds an actor to the selection (the first becomes Selected()); one already selected is taken out again.
    void SelectAdd(int actor);
    // Gives every selected actor the same value of a field they can share (kind, level, territory, confidence,
    // silk_role): one undoable edit, refused whole when any actor would break a rule.
    EditOutcome SetSelectionField(const std::string& field, const nlohmann::json& value);
    // Adds every visible actor drawn inside the box between two canvas points (the rubber band); returns how many.
    int SelectInBox(Vec2 a, Vec2 b);
    // A new actor at a world point (edit mode's double-click): valid by the data set's rules (edit_defaults.h), its
    // level from the band under the point in the levels layout, selected, drawn where it was asked. One undo step.
    EditOutcome CreateActorAt(Vec2 at, std::string* id);
    // A new link between two actors (a drag in edit mode), kind from their levels. One undo step.
    EditOutcome CreateLink(int from, int to, Relation relation, std::string* id);
    // Deletes every selected actor with its links, as one undo step; says how many actors and links went.
    EditOutcome DeleteSelection(int* actors, int* links);
    // File -> New: a data set with a title and nothing else, as one undo step.
    EditOutcome NewMap(const std::string& title);
    // Appends a step capturing what is on screen to the tour being recorded (edit_tour), creating the tour when
    // there is none. One undo step.
    EditOutcome RecordStep(std::string* tour_id);
    // The current view as a tour step's JSON (layout, filters, showcase, selection, case or recommendation, camera).
    nlohmann::json StepFromView(const std::string& title, const std::string& text) const;
    // The running tour's step n (0-based) takes the current view, keeping its title and text; one undo step.
    EditOutcome RerecordStep(int n);
    // Moves the running tour's step `from` to position `to` (0-based); one undo step. The tour follows it.
    EditOutcome MoveStep(int from, int to);
    // The tour that record-step appends to ("" when none yet: the first record-step makes one).
    std::string edit_tour;
    // Writes the document as the data format to `path` atomically; on success it is the document's file and the
    // document is no longer dirty. Returns "" or what went wrong.
    std::string SaveTo(const std::string& path, const std::string& saved_at);
    // Whether the `save` command may write files: the desktop app allows it; fuzzers, tests and the web page
    // (whose files vanish with the tab) leave it off.
    bool file_access = false;
    // Puts back a map kept in the browser's storage (the JSON text autosave stored, saved at HH:MM) as one undo
    // step, with a notice; state().document.restored until `restore keep|discard`. Returns "" or why not.
    std::string RestoreAutosave(const std::string& text, const std::string& saved_at);
    // The user's work kept safe (state().document): when it was last written somewhere (HH:MM, "" never), and
    // whether this document was restored from the browser's storage and not yet kept or discarded.
    struct Persisted {
        std::string saved_at;
        int kept_revision = -1;  // the document revision last confirmed kept (web: IndexedDB; desktop: the copy)
        bool restored = false;
        std::string restored_from;  // when the restored map had been stored (HH:MM), for the Keep / Discard banner
    } persisted;
    const std::vector<Diagnostic>& Diagnostics() const { return m_diagnostics; }

    // World positions, one per actor, and the actor's radius in world units.
    const std::vector<Vec2>& Positions() const { return m_positions; }
    double ActorRadius(int actor) const { return actor < (int)m_radius.size() ? m_radius[actor] : MinActorRadius; }
    const std::vector<int>& Degree() const { return m_degree; }
    // Network metrics and per-territory SSE indicators over the visible links (recomputed when filters change).
    // Betweenness and closeness are computed on first use after a change (they cost O(actors x links)).
    const ActorMetrics& Metrics() const;
    const std::vector<TerritoryIndicators>& Indicators() const { return m_indicators; }
    // Which metric sizes the actors.
    MetricKind SizeMetric() const { return m_size_metric; }
    void SetSizeMetric(MetricKind kind);
    // Territory as a secondary cue on each actor (ring colour by country, code beside the label).
    const TerritoryCues& Cues() const { return m_cues; }
    // Parallel links between the same two actors get bends 0, +1, -1, +2, ... so the canvas can curve them apart.
    int LinkBend(int link) const { return m_link_bend[link]; }

    // Layout: recomputes positions and (optionally animating) fits the view.
    void SetLayout(LayoutKind kind);
    LayoutKind Layout() const { return m_layout; }
    // The actor in the middle of the ego layout (-1 when the layout is another one or has no centre).
    int EgoCentre() const { return m_layout == LayoutKind::Ego ? m_ego_centre : -1; }

    const Camera& View() const { return m_camera; }
    // The camera to set up directly: for tests and benchmarks (the app changes the view through Apply, and tells
    // the canvas's frame with SetCanvasFrame / SetCanvasInsets).
    Camera& View() { return m_camera; }
    // Where the canvas is on screen (the UI lays it out each frame). The world point in the middle stays.
    void SetCanvasFrame(Vec2 origin, Vec2 size) {
        m_camera.origin = origin;
        m_camera.viewport = size;
    }
    // Which parts of the canvas the panels cover, so that fits and fly-to use the rest.
    void SetCanvasInsets(double top, double left, double right, double bottom) {
        m_camera.inset_top = top;
        m_camera.inset_left = left;
        m_camera.inset_right = right;
        m_camera.inset_bottom = bottom;
    }
    // Frames all actors; animated unless reduced motion is set.
    void FitView(bool animate = true);
    // Reset view: undoes the user's drags (the current layout is computed afresh) and frames everything.
    void ResetView();
    // Frames the actors in focus (the chosen case, or the selection's neighbourhood); animated.
    void FitFocus();
    // Centres the view on one actor (animated), keeping a readable zoom.
    void FlyTo(int actor);
    // Centres the view on a world point at once (the minimap): ends any camera move or fly-to still running, which
    // would otherwise pull the view back.
    void CenterViewOn(Vec2 point);

    // Selection and hover (-1 for none).
    int Selected() const { return m_selected; }
    void Select(int actor);
    int Hovered() const { return m_hovered; }
    void SetHovered(int actor) { m_hovered = actor; }

    // The top-most actor whose disc contains the screen point (plus slack pixels), or -1.
    int PickActor(Vec2 screen, double slack_px = 3) const;
    // Moves an actor to a world position (dragging); it stays there until the layout is recomputed.
    void MoveActor(int actor, Vec2 to);

    // Filters decide what is drawn (hidden, or faded in showcase mode); focus and a chosen case or
    // recommendation decide what stands out. Visible = not hidden; faded = drawn pale.
    bool ActorVisible(int actor) const { return m_vis.actors[actor] != Visibility::Hidden; }
    bool LinkVisible(int link) const { return m_vis.links[link] != Visibility::Hidden; }
    bool ActorFaded(int actor) const { return m_vis.actors[actor] == Visibility::Faded || (m_any_focus && !m_actor_focus[actor]); }
    bool LinkFaded(int link) const { return m_vis.links[link] == Visibility::Faded || (m_any_focus && !m_link_focus[link]); }
    // True for actors and links in the focus (neighbourhood of the selection, or the chosen case).
    bool ActorInFocus(int actor) const { return m_any_focus && m_actor_focus[actor]; }
    bool LinkInFocus(int link) const { return m_any_focus && m_link_focus[link]; }
    int VisibleActorCount() const;
    int VisibleLinkCount() const;

    const FilterState& Filter() const { return m_filter; }
    // Replaces the whole filter (UI checkboxes) and recomputes what is shown.
    void SetFilter(const FilterState& filter);

    // Focus depth: how many link steps around the selection stay highlighted (0 = no focus fading).
    int FocusDepth() const { return m_focus_depth; }
    void SetFocusDepth(int depth);
    static constexpr int MaxFocusDepth = 6;

    // A chosen case or recommendation highlights its actors and links (-1 for none; choosing one clears the other).
    int ChosenCase() const { return m_chosen_case; }
    int ChosenRecommendation() const { return m_chosen_recommendation; }
    void ChooseCase(int c);
    void ChooseRecommendation(int r);
    // Esc: clears the selection, then the chosen case or recommendation.
    void ClearFocus();
    // The Esc key, in its order: closes the help, else leaves the presentation, else the tour, else ClearFocus.
    // Returns what it did ("help", "present", "tour", "focus").
    std::string Escape();
    // Selects an actor and flies to it (a search hit, a link in the details panel, a table row).
    void GoTo(int actor);
    // What the details panel describes: "actor:<id>", "case:<id>", "recommendation:<id>", or "" for nothing.
    std::string DetailsSubject() const;

    // Guided tours (Dataset::tours): -1 when no tour is running. Steps are 0-based here, 1-based in commands.
    int TourIndex() const { return m_tour; }
    int TourStepIndex() const { return m_step; }
    const TourStep* CurrentStep() const;
    // Starts tour t at its first step (t < 0 leaves the tour and restores the whole network).
    void StartTour(int t);
    // Goes to step s of the running tour (clamped); applies its layout, filters, highlights and camera.
    void GoToStep(int s);
    // Frames the current tour step (or the focus, or everything) if a step change or the presentation view asked
    // for it. The UI calls it each frame after telling the camera which parts of the canvas its panels cover.
    void ApplyPendingFit();
    // Asks for that framing again (the caption changed height, the window was resized...).
    void RequestFit() { m_pending_fit = true; }
    // The canvas's shape (height / width of the area under the toolbar), told by the UI each frame: the Levels
    // bands are spaced to take its height (LevelBandSpacing). A change of more than a few percent lays out again.
    void SetCanvasAspect(double aspect);
    // World units between the Levels bands (for the band backgrounds and labels).
    double BandSpacing() const { return m_band_spacing; }
    // Seconds between automatic steps (0 = off).
    double autoplay_seconds = 0;

    // Performs a text command (the window.explorer.command vocabulary, see README). Never throws.
    CommandResult Command(const std::string& text);
    // Applies a view action (view_action.h): the one place selection, layout, filters, tour position, camera and
    // presentation change on a user's request. Not in the undo history. Never throws.
    CommandResult Apply(const ViewAction& action);
    // The state object (JSON text) that window.explorer.state() and --state return.
    std::string StateJson() const;

    // True once the layout has converged (always, for a static layout).
    bool Settled() const { return m_layout != LayoutKind::Force || m_force.Converged(); }
    // True while something is still animating: a layout transition, a camera move, links being revealed.
    bool Moving() const;

    // Advances animations and the running force layout (within a small time budget) by dt seconds;
    // returns true while something still moves (needs redraw).
    bool Tick(double dt);
    // Counts a drawn frame (the platform calls it once per rendered frame).
    void CountFrame() { ++m_frames; }
    uint64_t Frames() const { return m_frames; }

    // The world outline drawn behind the geographic layout (empty when its file could not be read).
    WorldOutline world;
    // The labels the canvas drew in its last frame (set by the UI, which alone measures text): the SVG export
    // writes the same ones (svg_export.h).
    SvgLabels drawn_labels;

    // How the app looks for a room: UI scale (100..250 %, fonts re-rasterised), theme, help overlay,
    // presentation view (full screen, panels hidden, large captions), the presenter's spotlight pointer.
    struct Presentation {
        int scale_percent = 100;
        std::string theme = "light";  // light | dark | high-contrast
        bool help = false;
        bool welcome = false;         // the first-visit welcome (the platform decides whether to show it)
        bool presenting = false;
        bool pointer = false;
        bool territory_cue = true;    // ring by country and territory code on the actors
        bool share = false;           // the Share panel: the view's link as a QR code
        std::string language = "en";  // the interface's language (core/i18n.h): en es fr pt ko ca, or qps
    } presentation;
    // Reads a language's translation file (assets/i18n/<code>.json) into `text`; set by the platform. False when the
    // file is not at hand: the web page then fetches it and runs "language <code>" again (pending_language).
    std::function<bool(const std::string& code, std::string& text)> read_language;
    std::string pending_language;  // a language whose file the platform is asked to fetch ("" for none)
    // Where the Korean font stands (set by the platform, platform/lazy_fonts.h): none | loading | ready | failed.
    std::string hangul_font = "none";
    // Translated data text (translations.h) shows the original instead: the user asked for the brief's own words.
    bool show_original = false;
    // The bundled data's translations when the page keeps them apart (translation_overlay.h), and where they stand:
    // none | loading | ready | failed (set by the platform; state().contentTranslations).
    TranslationOverlay translation_overlay;
    std::string content_translations = "none";
    // Set when something may soon write the document (the Data menu with its exports is open): the page then fetches
    // the bundled data's translations even in English, so that the file written carries them (AdoptContentTranslations).
    bool content_translations_wanted = false;
    // Folds translation_overlay into the document (Document::AdoptTranslations); the platform calls it when it arrives.
    int AdoptContentTranslations() { return m_doc.AdoptTranslations(translation_overlay); }
    // The address a shared view's link starts with: the web page's own address without its hash (set by the web
    // platform), or on the desktop --share-base (where the web version is published). Empty: no link to share.
    std::string share_base;
    // The current view's link (share_base + '#' + the view hash), or "" without a share_base.
    std::string ShareUrl() const;
    static constexpr int MinScale = 100, MaxScale = 250;

    // True when something changed that needs a redraw (a command ran, data loaded); clears the flag.
    bool TakeRedrawRequest() {
        bool r = m_redraw;
        m_redraw = false;
        return r;
    }
    void RequestRedraw() { m_redraw = true; }

    // Why the platform last decided to draw ("event N", "animation", "command", ...), for diagnosing a page that
    // never goes idle. Set by the platform layer.
    std::string last_wake;

    // Short messages for the user (a link that could not be fully understood, ...), newest last. Tick retires the
    // oldest after NoticeSeconds.
    std::vector<std::string> notices;
    static constexpr double NoticeSeconds = 8.0;

    // Which panels the UI shows (commands and state see them too).
    struct Panels {
        bool sidebar = true, details = true, table = false, caption = true;
    } panels;
    // The table view's current cell in edit mode (table_paste.h): where typing and a paste (Ctrl+V) go. The UI
    // sets it when a cell is clicked; empty `row` for none.
    struct TableCell {
        std::string table, row, column;
    } table_cell;
    // The screen (CSS pixels) and its pointer, which decide the compact layout (screen_layout.h). The UI tells the
    // size each frame; the page tells whether it is touched (`touch on|off`).
    const Screen& GetScreen() const { return m_screen; }
    bool Compact() const { return m_screen.compact; }
    void SetScreenSize(double width, double height);
    void SetTouch(bool touch);
    // Shows or hides a panel (`panel <name> on|off`); in the compact layout opening a sheet closes the others.
    void ShowPanel(Panel panel, bool on);
    bool PanelOpen(Panel panel) { return *PanelFlag(panel); }
    // Where the UI drew its touch targets this frame (state().targets); the UI clears and refills it.
    std::vector<UiTarget> ui_targets;
    bool reduced_motion = false;  // no camera animation (prefers-reduced-motion / desktop setting)
    // At most this many force-layout steps each time the layout runs (when it starts, and per Tick), besides
    // the time budget; 0 = the time budget alone (the app). The fuzz targets set a few: settling a layout is
    // not what they test, it costs most of an input, and a step count (not the clock) keeps runs reproducible.
    int force_steps_per_run = 0;
    std::string last_search;      // last search text (for the search box)

private:
    void Rebuild();          // derived data after a load: degree, visibility, layout
    void RecomputeDerived();  // degree, parallel-link bends, territory cues (after a load or an edit)
    // After a document change: the view state keyed by the old indices follows the ids into the new data set.
    struct ViewIds;
    ViewIds CaptureViewIds() const;
    void FollowEdit(const ViewIds& before, const EditOutcome& outcome);
    void RecomputeVisibility();  // filter -> m_vis, then RecomputeFocus
    void RecomputeFocus();       // selection / case / recommendation -> focus masks
    void RunForce(double budget_ms);  // force-layout steps within a time budget, into m_target
    void FitFocusOn(const TourStep& step);  // frames a tour step's highlighted actors
    void MoveCamera(const Camera& target, bool animate = true);  // animated unless reduced motion
    void ReaimFlight();  // keeps a fly-to centred when panels open or close during the flight


    Document m_doc;
    std::string m_file;
    PendingImport m_import;  // files empty: none pending
    CommandResult ImportCommand(const std::vector<std::string>& words);
    CommandResult ExportCommand(const std::vector<std::string>& words);  // explorer_import.cpp
    CommandResult LanguageCommand(const std::vector<std::string>& words);  // explorer_language.cpp
    nlohmann::json ImportStateJson() const;
    std::vector<Diagnostic> m_diagnostics;
    std::vector<Vec2> m_positions;  // drawn now (during a transition, between the old and the new layout)
    std::vector<Vec2> m_target;     // where the current layout puts each actor
    std::vector<Vec2> m_tween_from;
    double m_tween_elapsed = 0;
    bool m_tween_active = false;
    std::vector<int> m_degree, m_link_bend;
    int m_data_generation = 0;
    TerritoryCues m_cues;
    mutable ActorMetrics m_metrics;
    mutable bool m_path_metrics_valid = false;
    std::vector<uint8_t> m_link_mask;  // visible links, for the metrics
    std::vector<TerritoryIndicators> m_indicators;
    MetricKind m_size_metric = MetricKind::Degree;
    std::vector<double> m_size;    // normalised size metric per actor, 0..1
    std::vector<double> m_radius;  // ActorRadius per actor, from m_size (read several times per actor per frame)
    static constexpr double MinActorRadius = 8.0;
    FilterState m_filter;
    VisibilityMasks m_vis;
    std::vector<uint8_t> m_actor_focus, m_link_focus;
    bool m_any_focus = false;
    int m_focus_depth = 1;
    int m_chosen_case = -1, m_chosen_recommendation = -1;
    LayoutKind m_layout = LayoutKind::Levels;
    Camera m_camera;
    Screen m_screen;
    void UpdateCompact();
    bool* PanelFlag(Panel panel);
    CameraAnimation m_camera_anim;
    ForceLayout m_force;
    bool m_fit_when_settled = false;  // frame the picture once the force layout has converged
    int m_selected = -1, m_hovered = -1;
    int m_ego_centre = -1;  // the actor in the middle of the ego layout
    int m_tour = -1, m_step = 0;
    int m_reveal_count = 0;       // links of a "reveal" step shown so far
    double m_canvas_aspect = 0, m_band_spacing = 0;  // 0: not told yet (the default spacing)
    bool m_pending_fit = false;   // frame the view once the panels' sizes are known (ApplyPendingFit)
    // The actor a FlyTo aims at, and the panel insets it was aimed with: selecting opens the details panel
    // a frame later, which moves the middle of the uncovered canvas.
    int m_fly_actor = -1, m_fly_frames = 0;
    double m_fly_insets[4] = {};
    // Set by the first ApplyPendingFit (the UI has told the camera its panels' sizes); until then a fit of
    // everything is repeated there (m_refit_all), as commands and links given at start-up run before it.
    bool m_insets_known = false, m_refit_all = false;
    double m_reveal_timer = 0, m_autoplay_timer = 0;
    double m_notice_age = 0;  // seconds the oldest notice has been shown
    uint64_t m_frames = 0;
    bool m_redraw = true;
    bool m_editing = false;
    std::vector<std::string> m_extra_selection;  // ids added to the selection after m_selected (Shift+click)
    // The editing verbs of Command (edit, select-add, move, new, save, record-step); false when `w` is not one.
    bool EditingCommand(const std::vector<std::string>& w, const std::string& text, CommandResult* out);

    // explorer_validate.cpp: `validate` and `check-edits on|off`; with the latter on, every document change is
    // followed by a whole-document check, counted in state().editCheck.
    struct EditCheck {
        bool on = false;
        int checked = 0;
        int invalid = 0;
        std::string first;  // the first change that left the document invalid, and why
    };
    EditCheck m_edit_check;
    void CheckAfterEdit(const std::string& label);
    CommandResult ValidateCommand(const std::vector<std::string>& w);

  public:
    // The document as the loader would check the file written now: errors, warnings and their codes.
    DocumentCheck ValidateDocument() const;
    // state().editCheck: null while check-edits is off.
    nlohmann::json EditCheckJson() const;
};

}  // namespace sse
