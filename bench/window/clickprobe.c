/*
 * clickprobe: click-to-repaint latency of a window on an X display, and whether
 * another part of it keeps repainting.
 *
 *   clickprobe --click X,Y --watch X,Y,W,H [--live X,Y,W,H]
 *              [--count N] [--interval-ms MS] [--timeout-ms MS]
 *
 * Clicks fall on interval boundaries (start + k * interval). For each click: read
 * the --watch rectangle of the root window, fake a left click at --click (XTest),
 * then read the rectangle about every 1 ms until it differs; the latency is the
 * time from the click to that read (CLOCK_MONOTONIC), or --timeout-ms if it never
 * differs (a timeout). The next click waits for the next boundary, so timeouts
 * longer than the interval make the run longer than count * interval.
 * With --live, the --live rectangle is read about every 50 ms all through the run;
 * each whole second of the run in which it changed is a "repainting second".
 *
 * stderr: "click I LATENCY_MS" per click ("... timeout" when it timed out).
 * stdout: clicks=N p50_ms=.. p90_ms=.. max_ms=.. timeouts=N live_seconds=N seconds=N
 *         (live_seconds=-1 without --live). Exit status 2 on errors.
 *
 * The pointer is moved to --click 500 ms before the first click, so hover effects
 * are not taken for the click's repaint. Click something that changes on every
 * click (a check box) where nothing else changes the watched pixels.
 *
 * Build: gcc -O2 -o clickprobe clickprobe.c -lX11 -lXtst
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define LIVE_SAMPLE_MS 50.0

typedef struct { int x, y, w, h; } Rect;

static Display *dpy;

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void sleep_ms(double ms) {
    if (ms <= 0) return;
    long long ns = (long long)(ms * 1e6);
    struct timespec ts = { (time_t)(ns / 1000000000), (long)(ns % 1000000000) };
    nanosleep(&ts, NULL);
}

static void die(const char *msg) {
    fprintf(stderr, "clickprobe: %s\n", msg);
    exit(2);
}

/* A copy of the rectangle's pixels (malloc'd); its size goes to *len. */
static char *grab(const Rect *r, size_t *len) {
    XImage *img = XGetImage(dpy, DefaultRootWindow(dpy), r->x, r->y, r->w, r->h, AllPlanes, ZPixmap);
    if (!img) die("XGetImage failed");
    *len = (size_t)img->bytes_per_line * img->height;
    char *copy = malloc(*len);
    if (!copy) die("out of memory");
    memcpy(copy, img->data, *len);
    XDestroyImage(img);
    return copy;
}

/* Whether the rectangle differs from *pixels; *pixels becomes the new read. */
static int changed(const Rect *r, char **pixels) {
    size_t len;
    char *fresh = grab(r, &len);
    int diff = memcmp(fresh, *pixels, len) != 0;
    free(*pixels);
    *pixels = fresh;
    return diff;
}

/* --live: the last read, when the next is due, and one "changed" flag per second. */
static Rect live;
static int have_live, live_slots;
static char *live_pixels;
static unsigned char *live_changed;
static double run_start, live_next;

static void sample_live(double t) {
    if (!have_live || t < live_next) return;
    live_next = t + LIVE_SAMPLE_MS;
    int sec = (int)((t - run_start) / 1e3);
    if (changed(&live, &live_pixels) && sec < live_slots) live_changed[sec] = 1;
}

/* Sleeps until `until`, reading the live rectangle when due. */
static void wait_until(double until) {
    for (double t = now_ms(); t < until; t = now_ms()) {
        sample_live(t);
        double step = until - t;
        if (have_live && live_next - t < step) step = live_next - t;
        sleep_ms(step);
    }
}

/* Parses n comma-separated non-negative integers. */
static int parse_ints(const char *s, int *v, int n) {
    char *end;
    for (int i = 0; i < n; i++, s = end + 1) {
        long x = strtol(s, &end, 10);
        if (end == s || x < 0 || x > 1000000) return 0;
        v[i] = (int)x;
        if (*end != (i < n - 1 ? ',' : '\0')) return 0;
    }
    return 1;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Nearest-rank percentile of sorted[0..n-1]. */
static double percentile(const double *sorted, int n, double p) {
    int rank = (int)(p * n);
    if (rank < p * n) rank++; /* ceil */
    return sorted[rank < 1 ? 0 : rank - 1];
}

static void usage(void) {
    fprintf(stderr, "usage: clickprobe --click X,Y --watch X,Y,W,H [--live X,Y,W,H]\n"
                    "       [--count N (20)] [--interval-ms MS (500)] [--timeout-ms MS (2000)]\n");
    exit(2);
}

int main(int argc, char **argv) {
    int click[2] = { 0, 0 }, have_click = 0, have_watch = 0, count = 20, interval = 500, timeout = 2000;
    Rect watch = { 0, 0, 0, 0 };
    static const struct option opts[] = {
        { "click", required_argument, 0, 'c' }, { "watch", required_argument, 0, 'w' },
        { "live", required_argument, 0, 'l' }, { "count", required_argument, 0, 'n' },
        { "interval-ms", required_argument, 0, 'i' }, { "timeout-ms", required_argument, 0, 't' },
        { 0, 0, 0, 0 } };
    for (int o, idx = 0; (o = getopt_long(argc, argv, "", opts, &idx)) != -1; idx = 0) {
        int ok = 0;
        switch (o) {
        case 'c': ok = have_click = parse_ints(optarg, click, 2); break;
        case 'w': ok = have_watch = parse_ints(optarg, &watch.x, 4); break;
        case 'l': ok = have_live = parse_ints(optarg, &live.x, 4); break;
        case 'n': ok = parse_ints(optarg, &count, 1) && count > 0; break;
        case 'i': ok = parse_ints(optarg, &interval, 1) && interval > 0; break;
        case 't': ok = parse_ints(optarg, &timeout, 1) && timeout > 0; break;
        }
        if (!ok) {
            if (o != '?') fprintf(stderr, "clickprobe: bad value for --%s: %s\n", opts[idx].name, optarg);
            usage();
        }
    }
    if (optind < argc || !have_click || !have_watch) usage();

    if (!(dpy = XOpenDisplay(NULL))) {
        const char *d = getenv("DISPLAY");
        fprintf(stderr, "clickprobe: cannot open display '%s'\n", d && *d ? d : "(DISPLAY not set)");
        return 2;
    }
    int ev, er, maj, min;
    if (!XTestQueryExtension(dpy, &ev, &er, &maj, &min)) die("the X server has no XTEST extension");
    int sw = DisplayWidth(dpy, DefaultScreen(dpy)), sh = DisplayHeight(dpy, DefaultScreen(dpy));
    if (click[0] >= sw || click[1] >= sh) die("--click is off the screen");
    for (int k = 0; k < 1 + have_live; k++) {
        const Rect *r = k ? &live : &watch;
        if (r->w == 0 || r->h == 0 || r->x + r->w > sw || r->y + r->h > sh)
            die("a rectangle is empty or off the screen");
    }
    double *lat = calloc(count, sizeof *lat);
    if (!lat) die("out of memory");

    /* Park the pointer on the target first, so hover repaints settle before timing. */
    XTestFakeMotionEvent(dpy, DefaultScreen(dpy), click[0], click[1], CurrentTime);
    XSync(dpy, False);
    sleep_ms(500);

    run_start = now_ms();
    if (have_live) {
        size_t len;
        live_pixels = grab(&live, &len);
        live_next = run_start + LIVE_SAMPLE_MS;
        live_slots = (int)((double)count * (interval + timeout) / 1e3) + count / 10 + 2; /* longest run */
        if (!(live_changed = calloc(live_slots, 1))) die("out of memory");
    }

    int timeouts = 0;
    long boundary = 0; /* index of the interval boundary of the next click */
    for (int i = 0; i < count; i++) {
        wait_until(run_start + (double)boundary * interval);
        size_t len;
        char *before = grab(&watch, &len);
        double t0 = now_ms(), t = t0;
        XTestFakeButtonEvent(dpy, 1, True, CurrentTime);
        XTestFakeButtonEvent(dpy, 1, False, CurrentTime);
        XFlush(dpy);
        int seen = 0;
        while (!seen && t - t0 < timeout) {
            sample_live(t);
            sleep_ms(1.0);
            seen = changed(&watch, &before);
            t = now_ms();
        }
        free(before);
        lat[i] = seen ? t - t0 : timeout;
        timeouts += !seen;
        fprintf(stderr, "click %d %.1f%s\n", i + 1, lat[i], seen ? "" : " timeout");
        /* The next boundary after now (missed ones are skipped). */
        long next = (long)((now_ms() - run_start) / interval) + 1;
        boundary = next > boundary + 1 ? next : boundary + 1;
    }
    wait_until(run_start + (double)boundary * interval);

    int seconds = (int)((now_ms() - run_start) / 1e3), live_seconds = -1;
    if (have_live) {
        live_seconds = 0;
        for (int s = 0; s < seconds && s < live_slots; s++) live_seconds += live_changed[s];
    }
    qsort(lat, count, sizeof *lat, cmp_double);
    printf("clicks=%d p50_ms=%.1f p90_ms=%.1f max_ms=%.1f timeouts=%d live_seconds=%d seconds=%d\n",
           count, percentile(lat, count, 0.5), percentile(lat, count, 0.9), lat[count - 1],
           timeouts, live_seconds, seconds);
    XCloseDisplay(dpy);
    return 0;
}
