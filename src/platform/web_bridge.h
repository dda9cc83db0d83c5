// web_bridge.h: the page around the app (web only): URL hash, history, full screen, clipboard, motion preference.
// On the desktop every function is a harmless no-op, so main.cpp needs no #ifdef around the calls.
#pragma once

#include <string>

namespace platform {

// The page's current hash without '#', or "".
std::string GetUrlHash();
// Writes the hash: push = a new history entry (tour steps, so Back goes to the previous step), else replace.
void SetUrlHash(const std::string& hash, bool push);
// Enters or leaves browser full screen (Fullscreen API); failures (no user gesture) are silent.
void SetBrowserFullscreen(bool on);
// Copies the page's URL to the clipboard; failures are silent.
void CopyPageUrl();
// Copies this text to the clipboard (the browser's or the system's); failures are silent.
void CopyText(const std::string& text);
// The page's address without its hash (what a shared view's link starts with); "" on the desktop.
std::string GetPageBase();
// Opens an address taken from data (a source, a website) in a new tab (web) or the system browser (desktop), only
// if it is an http(s) address (sse::IsWebUrl); returns false, opening nothing, otherwise. On the web the new tab
// gets no window.opener and no referrer, so a page from a data file cannot script or redirect the explorer.
bool OpenWebUrl(const char* url);
// Hands the accessible mirror's content (core/accessible_view.h JSON) to the page (web/a11y.js); no-op on the desktop.
void PublishAccessibleView(const std::string& json);
// True when the user asked the system for reduced motion (prefers-reduced-motion).
bool PrefersReducedMotion();
// A User Timing mark (performance.mark) for start-up profiling: visible in the browser's performance tools and
// read by bench/startup.mjs.
void Mark(const char* name);
// Tells the page that no WebGL 2 context could be made, so it shows its explanation (the page only checks that
// the browser knows WebGL 2: probing with a real context would cost a second of start-up).
void ReportNoWebGL();

}  // namespace platform
