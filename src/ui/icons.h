// icons.h: the toolbar's icons, glyphs of Font Awesome 4.7 (Debian's fonts-font-awesome, SIL OFL 1.1) merged into the
// UI font (platform/main.cpp LoadFont). scripts/subset_icons.sh reads the code points from the "U+F..." comments
// below and keeps only those glyphs: an icon used here without its comment line draws as a missing glyph. Rules of
// use (docs/style.md): an icon always comes with a word or a tooltip, never alone without either.
#pragma once

namespace sse::ui::icon {

// Views and panels
constexpr const char* Levels = "\xef\x80\xb9";     // U+F039 align-justify: the governance levels as bands
constexpr const char* Map = "\xef\x82\xac";        // U+F0AC globe
constexpr const char* Force = "\xef\x87\xa0";      // U+F1E0 share-alt: a small network
constexpr const char* Ego = "\xef\x86\x92";        // U+F192 dot-circle-o: one actor in the middle
constexpr const char* Explore = "\xef\x85\x8e";    // U+F14E compass
constexpr const char* Details = "\xef\x81\x9a";    // U+F05A info-circle
constexpr const char* Table = "\xef\x83\x8e";      // U+F0CE table
// Toolbar actions
constexpr const char* Fit = "\xef\x81\xa5";        // U+F065 expand
constexpr const char* Reset = "\xef\x80\xa1";      // U+F021 refresh
constexpr const char* View = "\xef\x81\xae";       // U+F06E eye
constexpr const char* Data = "\xef\x87\x80";       // U+F1C0 database
constexpr const char* Tour = "\xef\x85\x84";       // U+F144 play-circle
constexpr const char* Present = "\xef\x89\xac";    // U+F26C television
constexpr const char* CopyLink = "\xef\x83\x81";   // U+F0C1 link
constexpr const char* Share = "\xef\x80\xa9";      // U+F029 qrcode
constexpr const char* Help = "\xef\x81\x99";       // U+F059 question-circle
constexpr const char* Edit = "\xef\x81\x80";       // U+F040 pencil
constexpr const char* Undo = "\xef\x83\xa2";       // U+F0E2 undo
constexpr const char* Redo = "\xef\x80\x9e";       // U+F01E repeat
constexpr const char* File = "\xef\x80\x96";       // U+F016 file-o
constexpr const char* Record = "\xef\x80\xb0";     // U+F030 camera
constexpr const char* Search = "\xef\x80\x82";     // U+F002 search
constexpr const char* Menu = "\xef\x83\x89";       // U+F0C9 bars
constexpr const char* Previous = "\xef\x81\x93";   // U+F053 chevron-left
constexpr const char* Next = "\xef\x81\x94";       // U+F054 chevron-right

}  // namespace sse::ui::icon
