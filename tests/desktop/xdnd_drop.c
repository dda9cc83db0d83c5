/* xdnd_drop.c: drops files on the first window that accepts drops (XdndAware), as a file manager does, by the
 * XDND protocol (freedesktop.org XDND version 5): XdndEnter, XdndPosition (waiting for XdndStatus), XdndDrop,
 * then it serves the XdndSelection as text/uri-list when the target asks, and waits for XdndFinished.
 * SDL2 turns such a drop into SDL_DROPFILE events, one per file: the desktop test (drop_desktop_test.sh) checks
 * that the app opened them. Usage: xdnd_drop FILE... (absolute paths); exit 0 when the target finished the drop
 * and accepted it. Build: cc -o xdnd_drop xdnd_drop.c -lX11 */
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static double now(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return tv.tv_sec + tv.tv_usec / 1e6;
}

/* The first mapped window under the root (depth first) that carries XdndAware. */
static Window find_target(Display *d, Window w, Atom aware) {
    Atom type;
    int format;
    unsigned long count, after;
    unsigned char *data = NULL;
    if (XGetWindowProperty(d, w, aware, 0, 1, False, AnyPropertyType, &type, &format, &count, &after, &data) == Success &&
        type != None) {
        if (data) XFree(data);
        return w;
    }
    if (data) XFree(data);
    Window root, parent, *children = NULL;
    unsigned int n = 0;
    if (!XQueryTree(d, w, &root, &parent, &children, &n)) return None;
    Window found = None;
    for (unsigned int i = 0; i < n && found == None; ++i) found = find_target(d, children[i], aware);
    if (children) XFree(children);
    return found;
}

static void send_message(Display *d, Window target, Atom type, long l0, long l1, long l2, long l3, long l4) {
    XEvent e;
    memset(&e, 0, sizeof e);
    e.xclient.type = ClientMessage;
    e.xclient.display = d;
    e.xclient.window = target;
    e.xclient.message_type = type;
    e.xclient.format = 32;
    e.xclient.data.l[0] = l0;
    e.xclient.data.l[1] = l1;
    e.xclient.data.l[2] = l2;
    e.xclient.data.l[3] = l3;
    e.xclient.data.l[4] = l4;
    XSendEvent(d, target, False, NoEventMask, &e);
    XFlush(d);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: xdnd_drop FILE...\n");
        return 2;
    }
    Display *d = XOpenDisplay(NULL);
    if (!d) {
        fprintf(stderr, "xdnd_drop: cannot open display\n");
        return 2;
    }
    Atom aware = XInternAtom(d, "XdndAware", False), enter = XInternAtom(d, "XdndEnter", False),
         position = XInternAtom(d, "XdndPosition", False), status = XInternAtom(d, "XdndStatus", False),
         drop = XInternAtom(d, "XdndDrop", False), finished = XInternAtom(d, "XdndFinished", False),
         leave = XInternAtom(d, "XdndLeave", False), selection = XInternAtom(d, "XdndSelection", False),
         copy = XInternAtom(d, "XdndActionCopy", False), uri_list = XInternAtom(d, "text/uri-list", False);
    /* The app's window appears once it has started: wait for it. */
    Window target = None;
    for (double start = now(); target == None && now() - start < 60; usleep(200000))
        target = find_target(d, DefaultRootWindow(d), aware);
    if (target == None) {
        fprintf(stderr, "xdnd_drop: no window accepts drops (XdndAware) after 60 s\n");
        return 1;
    }
    XWindowAttributes wa;
    XGetWindowAttributes(d, target, &wa);
    int x = 0, y = 0;
    Window child;
    XTranslateCoordinates(d, target, DefaultRootWindow(d), wa.width / 2, wa.height / 2, &x, &y, &child);

    /* Our side: a window of our own that owns the selection and receives the target's replies. */
    Window source = XCreateSimpleWindow(d, DefaultRootWindow(d), 0, 0, 1, 1, 0, 0, 0);
    XSetSelectionOwner(d, selection, source, CurrentTime);
    char uris[8192] = "";
    for (int i = 1; i < argc; ++i) {
        if (strlen(uris) + strlen(argv[i]) + 16 >= sizeof uris) break;
        strcat(uris, "file://");
        strcat(uris, argv[i]);
        strcat(uris, "\r\n");
    }
    fprintf(stderr, "xdnd_drop: target 0x%lx (%dx%d), dropping at (%d, %d):\n%s", (unsigned long)target, wa.width,
            wa.height, x, y, uris);

    send_message(d, target, enter, (long)source, 5L << 24, (long)uri_list, None, None);
    send_message(d, target, position, (long)source, 0, (long)x << 16 | y, CurrentTime, (long)copy);
    int accepted = -1, dropped = 0, served = 0;
    for (double start = now(); now() - start < 30;) {
        if (!XPending(d)) {
            usleep(10000);
            continue;
        }
        XEvent e;
        XNextEvent(d, &e);
        if (e.type == ClientMessage && e.xclient.message_type == status && !dropped) {
            accepted = (int)(e.xclient.data.l[1] & 1);
            if (!accepted) {
                send_message(d, target, leave, (long)source, 0, 0, 0, 0);
                fprintf(stderr, "xdnd_drop: the target refused the drop (XdndStatus without accept)\n");
                return 1;
            }
            send_message(d, target, drop, (long)source, 0, CurrentTime, 0, 0);
            dropped = 1;
        } else if (e.type == SelectionRequest) {
            /* The target asks for the data: write it into its property, then tell it so. */
            XSelectionRequestEvent *r = &e.xselectionrequest;
            XEvent reply;
            memset(&reply, 0, sizeof reply);
            reply.xselection.type = SelectionNotify;
            reply.xselection.display = d;
            reply.xselection.requestor = r->requestor;
            reply.xselection.selection = r->selection;
            reply.xselection.target = r->target;
            reply.xselection.time = r->time;
            reply.xselection.property = None;
            if (r->target == uri_list) {
                Atom property = r->property != None ? r->property : r->target;
                XChangeProperty(d, r->requestor, property, uri_list, 8, PropModeReplace, (unsigned char *)uris,
                                (int)strlen(uris));
                reply.xselection.property = property;
                served = 1;
            }
            XSendEvent(d, r->requestor, False, NoEventMask, &reply);
            XFlush(d);
        } else if (e.type == ClientMessage && e.xclient.message_type == finished) {
            const int ok = served && (e.xclient.data.l[1] & 1);
            fprintf(stderr, "xdnd_drop: XdndFinished (data served: %s, accepted: %s)\n", served ? "yes" : "no",
                    (e.xclient.data.l[1] & 1) ? "yes" : "no");
            XCloseDisplay(d);
            return ok ? 0 : 1;
        }
    }
    fprintf(stderr, "xdnd_drop: no %s within 30 s\n", accepted < 0 ? "XdndStatus" : dropped ? "XdndFinished" : "reply");
    return 1;
}
