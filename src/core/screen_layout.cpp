// screen_layout.cpp: see screen_layout.h; the Explorer's screen and panel members (explorer.h).
#include "core/screen_layout.h"

#include "core/explorer.h"

namespace sse {

bool CompactLayout(double width, double /*height*/, bool touch) {
    if (touch) return true;
    return width > 0 && width < CompactWidth;
}

void Explorer::SetScreenSize(double width, double height) {
    if (width == m_screen.width && height == m_screen.height) return;
    m_screen.width = width;
    m_screen.height = height;
    UpdateCompact();
}

void Explorer::SetTouch(bool touch) {
    m_screen.touch = touch;
    UpdateCompact();
}

void Explorer::UpdateCompact() {
    const bool compact = CompactLayout(m_screen.width, m_screen.height, m_screen.touch);
    if (compact == m_screen.compact) return;
    m_screen.compact = compact;
    // Entering the compact layout: the canvas gets the screen, every sheet starts closed (the details sheet
    // opens with the next choice). Leaving it: the desktop's docked Explore panel comes back.
    panels.sidebar = !compact;
    panels.table = false;
    if (compact) panels.details = false;
    // No new fit: the camera stays where the user (or a shared link) put it, as a resize always left it.
    RequestRedraw();
}

bool* Explorer::PanelFlag(Panel panel) {
    switch (panel) {
        case Panel::Sidebar: return &panels.sidebar;
        case Panel::Details: return &panels.details;
        case Panel::Table: return &panels.table;
        case Panel::Caption: return &panels.caption;
    }
    return nullptr;
}

void Explorer::ShowPanel(Panel panel, bool on) {
    // The compact layout shows one sheet at a time (the tour caption is not a sheet: it stays under them).
    if (on && m_screen.compact && panel != Panel::Caption)
        for (Panel other : {Panel::Sidebar, Panel::Details, Panel::Table})
            if (other != panel) *PanelFlag(other) = false;
    *PanelFlag(panel) = on;
    RequestRedraw();
}

}  // namespace sse
