// SPDX-License-Identifier: GPL-3.0-or-later
// Waits until a top-level window whose WM_NAME starts with PREFIX is mapped on $DISPLAY, then prints
// the wall-clock time of that MapNotify in milliseconds since the epoch. Event-driven, so it costs no
// CPU while the measured app starts (polling with xwininfo competed with the app for the two cores).
// Prints "ready" on stderr once it listens, so the caller can exec the app only after that.
// Build: cc -O2 -o wait-for-window tools/wait-for-window.c -lX11
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

static int nameStartsWith(Display *display, Window window, const char *prefix)
{
    char *name = NULL;
    int matches = 0;
    if (XFetchName(display, window, &name) && name) {
        matches = strncmp(name, prefix, strlen(prefix)) == 0;
        XFree(name);
    }
    return matches;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: wait-for-window PREFIX\n");
        return 1;
    }
    Display *display = XOpenDisplay(NULL);
    if (!display) {
        fprintf(stderr, "wait-for-window: cannot open the display\n");
        return 1;
    }
    XSelectInput(display, DefaultRootWindow(display), SubstructureNotifyMask);
    XSync(display, False);
    fprintf(stderr, "ready\n");
    fflush(stderr);
    for (;;) {
        XEvent event;
        XNextEvent(display, &event);
        if (event.type == MapNotify && nameStartsWith(display, event.xmap.window, argv[1])) {
            struct timeval now;
            gettimeofday(&now, NULL);
            printf("%lld\n", (long long)now.tv_sec * 1000 + now.tv_usec / 1000);
            return 0;
        }
    }
}
