#!/usr/bin/env bash
# Time from launch to the first shown window of Net Playground, on an X display.
#
# Usage: DISPLAY=:99 [TITLE=...] bench/startup.sh [-n RUNS] COMMAND [ARGS...]
#   e.g. bench/startup.sh target/installer/net-playground/bin/net-playground
#        bench/startup.sh /opt/net-playground/bin/net-playground
#
# Starts COMMAND RUNS times (default 7, after one untimed warm-up run) and takes the time at
# which the X server maps its top-level window (MapNotify, seen by `xev` listening on the root
# window, so nothing polls and steals CPU from the starting app), then stops the app. Prints
# each time and the median, in seconds. Use a display where nothing else maps windows.
# TITLE: how the awaited window's title starts (default "Net Playground").
# Needs bash 5 (EPOCHREALTIME), xev and xprop (x11-utils).
set -euo pipefail

runs=7
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: $0 [-n RUNS] COMMAND [ARGS...]" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "startup: set DISPLAY (e.g. Xvfb :99 & DISPLAY=:99)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

micros() { echo "${EPOCHREALTIME/./}"; }

# Seconds from start until the app's window is mapped, or fails after 30 s.
time_one() {
    local events=$work/events start pid line window="" now xev deadline left
    rm -f "$events"
    mkfifo "$events"
    xev -root -event substructure > "$events" &
    xev=$!
    exec 5< "$events"
    sleep 0.3 # xev connects before we start the clock
    start=$(micros)
    deadline=$((start + 30000000))
    "$@" >/dev/null 2>&1 &
    pid=$!
    while left=$(((deadline - $(micros)) / 1000000)) && [ "$left" -gt 0 ] && read -r -t "$left" -u 5 line; do
        # "MapNotify event, ..." then "    event 0x.., window 0x..., override NO"; other
        # clients' windows are skipped.
        if [[ $line == MapNotify* ]] && read -r -t 5 -u 5 line && [[ $line == *"override NO"* ]]; then
            now=$(micros)
            window=$(sed -n 's/.*window \(0x[0-9a-f]*\),.*/\1/p' <<< "$line")
            if xprop -id "$window" WM_NAME 2>/dev/null | grep -qF "= \"${TITLE:-Net Playground}"; then
                break
            fi
            window=""
        fi
    done
    kill "$xev" 2>/dev/null || true
    exec 5<&-
    stop_app "$pid"
    if [ -z "$window" ]; then
        echo "startup: no Net Playground window within 30 s from $*" >&2
        return 1
    fi
    awk -v us=$((now - start)) 'BEGIN { printf "%.3f\n", us / 1e6 }'
}

# Stops the app: TERM, then KILL after 10 s.
stop_app() {
    kill "$1" 2>/dev/null || return 0
    for _ in $(seq 100); do
        kill -0 "$1" 2>/dev/null || { wait "$1" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

time_one "$@" >/dev/null
times=()
for _ in $(seq "$runs"); do
    times+=("$(time_one "$@")")
done
echo "runs:   ${times[*]}"
echo "median: $(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }') s"
