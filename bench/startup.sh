#!/usr/bin/env bash
# Time from launch to the first shown window of Net Playground, on an X display.
#
# Usage: DISPLAY=:99 bench/startup.sh [-n RUNS] COMMAND [ARGS...]
#   e.g. bench/startup.sh target/installer/net-playground/bin/net-playground
#        bench/startup.sh /opt/net-playground/bin/net-playground
#
# Starts COMMAND RUNS times (default 7, after one untimed warm-up run), polls every 10 ms until
# a visible window titled "Net Playground" is mapped, then stops the app. Prints each time and
# the median, in seconds. Needs xdotool.
set -euo pipefail

runs=7
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: $0 [-n RUNS] COMMAND [ARGS...]" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "startup: set DISPLAY (e.g. Xvfb :99 & DISPLAY=:99)" >&2; exit 2; }

# Seconds from start until the window shows, or fails after 30 s.
time_one() {
    local start pid now
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name '^Net Playground$' >/dev/null 2>&1; do
        now=$(date +%s%N)
        if ! kill -0 "$pid" 2>/dev/null || [ $(((now - start) / 1000000)) -gt 30000 ]; then
            echo "startup: no window from $*" >&2
            kill "$pid" 2>/dev/null || true
            return 1
        fi
        sleep 0.01
    done
    now=$(date +%s%N)
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    awk -v ns=$((now - start)) 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}

time_one "$@" >/dev/null
times=()
for _ in $(seq "$runs"); do
    times+=("$(time_one "$@")")
done
echo "runs:   ${times[*]}"
echo "median: $(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }') s"
