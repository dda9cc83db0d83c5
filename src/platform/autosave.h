// autosave.h: the user's work kept safe (issue 16). Web: a second after the last edit, the document's JSON goes
// to the page, which keeps it in IndexedDB (shell.js) and restores it on the next visit. Desktop: a copy every
// minute of editing in ~/.local/share/sse-explorer/autosave.json (XDG_DATA_HOME honoured), and the window title
// marks unsaved changes with '*'.
#pragma once

#include <SDL.h>

#include "core/explorer.h"

namespace platform {

// Called once per frame, after the UI: stores the document when it changed and the delay has passed.
void KeepWorkSafe(sse::Explorer& ex, SDL_Window* window, double dt);
// Web: the map a previous visit kept, if the page has read it from IndexedDB by now (it starts reading before the
// app loads): restored before the URL hash is applied, so a link to its actors works. False when there is none
// (or it is not read yet: then the page restores it as soon as it is). Desktop: the autosave copy a previous run
// left (crashed or closed unsaved), with its file's time; the file goes once the map is saved or discarded.
bool TakeStoredMap(std::string* text, std::string* saved_at);
// Desktop: where the autosave copy goes ("" when no home directory is known).
std::string AutosavePath();

}  // namespace platform
