#!/usr/bin/env bash
# The window under real traffic, side by side with Packet Sender, in one run.
#
# Usage: bench/window-under-load.sh
# Env:   RATES ("250 2000 20000"), RATE_SECONDS (15), PAIRS (3), MIXED_SECONDS (30),
#        CLIENTS (1000), GEN_NICE (10), SKIP_PEER (1 to skip Packet Sender), AT_REST_ONLY (1: only
#        step 1, about a minute), INSTALL (1: apt-get what is missing, as root; default under CI;
#        see scripts/packages.sh)
#
# Each window runs on an Xvfb of its own (1280x800, no window manager), fed by separate processes:
#   1. at rest: CPU over 20 s (the whole process and its FX thread), RSS and threads, for both apps;
#   2. their UDP receivers get 64-byte datagrams paced at each of RATES (`load udp --rate`),
#      while `clickprobe` clicks a harmless check box every 0.5 s and times click -> repaint
#      (pixels read back through XTest), and counts the seconds in which the receiver's view
#      repainted; PAIRS rounds, ours and Packet Sender alternately at each rate (medians);
#   3. ours only: TCP (`load tcp`, CLIENTS clients, full speed), UDP (`load udp`, full speed)
#      and wrk POST /data (50 connections) at once for MIXED_SECONDS, with the FX pulse gaps
#      (WindowProbe), clicks, CPU per thread and peak RSS, then what the window counted next
#      to what the generators sent.
# Our servers are started by the window's own controls (WindowProbe), with the JVM options
# and environment of the installed app. Prints a table and, last, one key=value line.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."

RATES=${RATES:-250 2000 20000}
RATE_SECONDS=${RATE_SECONDS:-15}
PAIRS=${PAIRS:-3}
MIXED_SECONDS=${MIXED_SECONDS:-30}
CLIENTS=${CLIENTS:-1000}
SKIP_PEER=${SKIP_PEER:-0}
AT_REST_ONLY=${AT_REST_ONLY:-0}
CLICK_INTERVAL_MS=500

. scripts/jdk.sh
. scripts/packages.sh

# ---- tools
tools=(xvfb:Xvfb xdotool:xdotool x11-utils:xwininfo imagemagick:import x11-xserver-utils:xrandr
    wrk:wrk libx11-dev:/usr/include/X11/Xlib.h libxtst-dev:/usr/include/X11/extensions/XTest.h)
[ "$SKIP_PEER" = 1 ] || tools+=(packetsender:packetsender)
need_packages "${tools[@]}"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

work=$(mktemp -d)
pids=()
xvfb=""
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "${ps_pid:-}" ] && bench/window/packetsender.sh stop "$ps_pid" "${ps_home:-}" >/dev/null 2>&1 || true
    for pid in $xvfb; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== Building the app and the click probe" >&2
./mvnw -B -q -DskipTests package
gcc -O2 -o "$work/clickprobe" bench/window/clickprobe.c -lX11 -lXtst
# The traffic stands in for other machines: on 2 cores, generators at full speed would take the
# CPU the window waits for, and a stall would measure the scheduler, not the app. They run at a
# lower priority (GEN_NICE, 10; 0 to compare).
GEN_NICE=${GEN_NICE:-10}
cli=(nice -n "$GEN_NICE" "$java" -jar target/net-playground.jar)
# What the installed app runs with (packaging/build-installer.sh).
mapfile -t app_options < packaging/java-options
mapfile -t app_environment < packaging/environment

# One display per app, so both can stay open and the runs alternate.
first=$((80 + RANDOM % 15))
our_display=:$first
ps_display=:$((first + 1))
for display in "$our_display" "$ps_display"; do
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb+=" $!"
    for _ in $(seq 50); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
done
export DISPLAY=$our_display

# A port free for both TCP and UDP.
free_port() {
    local port
    while port=$((20000 + RANDOM % 40000)); ss -Htuan "sport = :$port" | grep -q .; do :; done
    echo "$port"
}
udp_port=$(free_port); tcp_port=$(free_port); http_port=$(free_port)

rss_mb() { awk '/VmRSS/ { printf "%d\n", $2 / 1024 }' "/proc/$1/status"; }
threads() { ls "/proc/$1/task" | wc -l; }
# Samples RSS every 0.5 s into FILE until killed.
sample_rss() { while [ -d "/proc/$1" ]; do rss_mb "$1" >> "$2" 2>/dev/null || true; sleep 0.5; done; }
max_of() { sort -n "$1" | tail -1; }
# Kernel drops on a UDP port (/proc/net/udp, last column), 0 if not found.
udp_drops() { awk -v p="$(printf ':%04X' "$1")" '$2 ~ p"$" { print $NF; found=1 } END { if (!found) print 0 }' /proc/net/udp; }

# Each thread of PID: "tid nanoseconds-run name" (schedstat: finer than the 10 ms ticks of stat).
thread_ns() { for task in /proc/"$1"/task/*; do echo "${task##*/} $(cut -d' ' -f1 "$task/schedstat") $(cat "$task/comm")"; done 2>/dev/null; }
# Idle CPU of PID over 20 s, after 10 s to settle: prints "cpu_pct rss_mb threads fx_cpu_pct", the
# last for its JavaFX application thread ("-" if none).
at_rest() {
    sleep 10
    local before
    before=$(thread_ns "$1"); sleep 20
    echo "$(awk 'NR == FNR { b[$1] = $2; next } { d = $2 - b[$1]; all += d } / JavaFX Applicat/ { fx = sprintf("%.3f", d / 2e8) }
        END { printf "%.3f %s", all / 2e8, fx == "" ? "-" : fx }' <(echo "$before") <(thread_ns "$1") |
        awk -v rss="$(rss_mb "$1")" -v n="$(threads "$1")" '{ print $1, rss, n, $2 }')"
}

# clickprobe while something runs: COUNT clicks; prints its result line.
clicks() {
    local count=$1 click=$2 watch=$3 live=$4
    "$work/clickprobe" --click "$click" --watch "$watch" --live "$live" --count "$count" \
        --interval-ms "$CLICK_INTERVAL_MS" --timeout-ms $((CLICK_INTERVAL_MS - 50)) 2>/dev/null
}
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<< "$2"; }

# ---- ours: at rest (no probe: its timer would keep the FX thread pulsing)
echo "== Net Playground at rest" >&2
env "${app_environment[@]}" "$java" "${app_options[@]}" -jar target/net-playground.jar >/dev/null 2>&1 &
app=$!; pids+=("$app")
read -r idle_cpu idle_rss idle_threads idle_fx_cpu < <(at_rest "$app")
kill "$app"; wait "$app" 2>/dev/null || true

if [ "$AT_REST_ONLY" = 1 ]; then
    if [ "$SKIP_PEER" != 1 ]; then
        echo "== Packet Sender at rest" >&2
        peer_port=$(free_port)
        eval "$(DISPLAY=$ps_display bench/window/packetsender.sh start "$peer_port")"
        read -r ps_idle_cpu ps_idle_rss ps_idle_threads _ < <(at_rest "$ps_pid")
        DISPLAY=$ps_display bench/window/packetsender.sh stop "$ps_pid" "$ps_home" >/dev/null; ps_pid=""
    fi
    echo
    echo "| at rest | CPU (FX thread) | RSS | threads |"
    echo "|---|---|---|---|"
    echo "| Net Playground | ${idle_cpu} % (${idle_fx_cpu} %) | ${idle_rss} MB | ${idle_threads} |"
    [ "$SKIP_PEER" = 1 ] || echo "| Packet Sender | ${ps_idle_cpu} % | ${ps_idle_rss} MB | ${ps_idle_threads} |"
    echo
    echo "idle_cpu_pct=$idle_cpu idle_fx_cpu_pct=$idle_fx_cpu idle_rss_mb=$idle_rss idle_threads=$idle_threads"
    exit 0
fi

# ---- ours: under traffic, servers started by the window's controls
probe=$work/probe.txt
env "${app_environment[@]}" "$java" "${app_options[@]}" -Dnetplayground.probe="$probe" \
    -Dnetplayground.probe.start="udp:$udp_port,tcp:$tcp_port,http:$http_port" \
    -jar target/net-playground.jar >"$work/app.log" 2>&1 &
app=$!; pids+=("$app")
for _ in $(seq 300); do grep -q '^ready' "$probe" 2>/dev/null && break; sleep 0.1; done
ready=$(grep '^ready' "$probe") || { echo "error: the window did not start its servers" >&2; cat "$work/app.log" >&2; exit 1; }
our_click=$(field click "$ready"); our_watch=$(field watch "$ready"); our_live=$(field live "$ready")
sleep 3 # let the servers come up and the window settle

# The window's counters, as the probe last read them: udp datagrams, tcp lines, http accepted.
window_count() {
    local line; line=$(grep '^counters' "$probe" | tail -1)
    case $1 in
        udp) sed -n 's/.* udp=\([0-9,]*\) datagrams.*/\1/p' <<< "$line" ;;
        tcp) sed -n 's/.* tcp=.* · \([0-9,]*\) messages\{0,1\} · .*/\1/p' <<< "$line" ;;
        http) sed -n 's/.* http=\([0-9,]*\) accepted.*/\1/p' <<< "$line" ;;
    esac | tr -d , | sed 's/^$/0/'
}
# Pulse gaps logged between two epoch-millisecond times: "p99 max".
gaps() { awk -v from="$1" -v to="$2" '$1 == "gap" && $2 >= from && $2 <= to { print $3 }' "$probe" | sort -n |
    awk '{ v[NR] = $1 } END { if (NR == 0) { print "0 0"; exit } i = int(NR * 0.99); if (i < 1) i = 1; print v[i], v[NR] }'; }
now_ms() { date +%s%3N; }

# One UDP run of ours at RATE; prints "p50 p90 live_seconds seconds peak_rss counted sent".
ours_at() {
    local rate=$1 sampler load before result sent counted
    : > "$work/rss"; sample_rss "$app" "$work/rss" & sampler=$!
    before=$(window_count udp)
    "${cli[@]}" load udp --port "$udp_port" --rate "$rate" --duration "$RATE_SECONDS" > "$work/load" &
    load=$!
    sleep 0.5
    result=$(clicks $((RATE_SECONDS * 1000 / CLICK_INTERVAL_MS - 2)) "$our_click" "$our_watch" "$our_live")
    wait "$load"; sleep 2; kill "$sampler"
    sent=$(sed -n 's/^sent \([0-9,]*\) datagrams.*/\1/p' "$work/load" | tr -d ,)
    counted=$(( $(window_count udp) - before ))
    echo "$(field p50_ms "$result") $(field p90_ms "$result") $(field live_seconds "$result") $(field seconds "$result") $(max_of "$work/rss") $counted $sent"
}

# The same for Packet Sender, a fresh instance on its own display; received = sent - kernel drops.
peer_port=$(free_port)
peer_at() {
    local rate=$1 sampler load drops_before result sent received
    eval "$(DISPLAY=$ps_display bench/window/packetsender.sh start "$peer_port")"
    : > "$work/rss"; sample_rss "$ps_pid" "$work/rss" & sampler=$!
    drops_before=$(udp_drops "$peer_port")
    "${cli[@]}" load udp --port "$peer_port" --rate "$rate" --duration "$RATE_SECONDS" > "$work/load" &
    load=$!
    sleep 0.5
    result=$(DISPLAY=$ps_display clicks $((RATE_SECONDS * 1000 / CLICK_INTERVAL_MS - 2)) "$ps_click" "$ps_watch" "$ps_live")
    wait "$load"; sleep 2; kill "$sampler"
    sent=$(sed -n 's/^sent \([0-9,]*\) datagrams.*/\1/p' "$work/load" | tr -d ,)
    received=$(( sent - ($(udp_drops "$peer_port") - drops_before) ))
    DISPLAY=$ps_display bench/window/packetsender.sh stop "$ps_pid" "$ps_home" >/dev/null; ps_pid=""
    echo "$(field p50_ms "$result") $(field p90_ms "$result") $(field live_seconds "$result") $(field seconds "$result") $(max_of "$work/rss") $received $sent"
}

: > "$work/runs"
for pair in $(seq "$PAIRS"); do
    for rate in $RATES; do
        echo "== round $pair/$PAIRS, UDP at $rate/s for $RATE_SECONDS s: Net Playground" >&2
        echo "ours $rate $(ours_at "$rate")" | tee -a "$work/runs" >&2
        if [ "$SKIP_PEER" != 1 ]; then
            echo "== round $pair/$PAIRS, UDP at $rate/s for $RATE_SECONDS s: Packet Sender" >&2
            echo "peer $rate $(peer_at "$rate")" | tee -a "$work/runs" >&2
        fi
    done
done

echo "== Net Playground, TCP ($CLIENTS clients) + UDP + HTTP (wrk, 50 connections) at full speed for $MIXED_SECONDS s" >&2
declare -A task_before
for task in /proc/"$app"/task/*; do task_before[${task##*/}]=$(awk '{ print $14 + $15 }' "$task/stat"); done
: > "$work/rss"; sample_rss "$app" "$work/rss" & sampler=$!
udp_before=$(window_count udp); tcp_before=$(window_count tcp); http_before=$(window_count http)
drops_before=$(udp_drops "$udp_port")
from=$(now_ms)
"${cli[@]}" load tcp --port "$tcp_port" --clients "$CLIENTS" --duration "$MIXED_SECONDS" --json > "$work/tcp.json" &
tcp_load=$!
"${cli[@]}" load udp --port "$udp_port" --duration "$MIXED_SECONDS" > "$work/udp.txt" &
udp_load=$!
nice -n "$GEN_NICE" wrk -t2 -c50 -d"${MIXED_SECONDS}s" -s bench/wrk/post-data.lua "http://127.0.0.1:$http_port/data" > "$work/wrk.txt" 2>&1 &
wrk_load=$!
sleep 1
mixed=$(clicks $((MIXED_SECONDS * 1000 / CLICK_INTERVAL_MS - 4)) "$our_click" "$our_watch" "$our_live")
wait "$tcp_load" || true; wait "$udp_load" || true; wait "$wrk_load" || true
to=$(now_ms)
sleep 3; kill "$sampler"
read -r p99_gap max_gap < <(gaps "$from" "$to")
tcp_sent=$(grep -o '"messages":[0-9]*' "$work/tcp.json" | cut -d: -f2)
tcp_counted=$(( $(window_count tcp) - tcp_before ))
tcp_missing=$(( tcp_sent > tcp_counted ? tcp_sent - tcp_counted : 0 ))
udp_sent=$(sed -n 's/^sent \([0-9,]*\) datagrams.*/\1/p' "$work/udp.txt" | tr -d ,)
udp_counted=$(( $(window_count udp) - udp_before ))
udp_dropped=$(( $(udp_drops "$udp_port") - drops_before ))
http_sent=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
http_counted=$(( $(window_count http) - http_before ))
mixed_rss=$(max_of "$work/rss")
echo "CPU per thread over the mixed run (seconds):" >&2
for task in /proc/"$app"/task/*; do
    id=${task##*/}
    [ -n "${task_before[$id]:-}" ] || task_before[$id]=0
    echo "$(awk -v b="${task_before[$id]}" -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15 - b) / hz }' "$task/stat") $(cat "$task/comm")"
done 2>/dev/null | sort -rn | head -8 | sed 's/^/    /' >&2
peak_rss=$( (echo "$mixed_rss"; awk '$1 == "ours" { print $7 }' "$work/runs") | sort -n | tail -1)
kill "$app"; wait "$app" 2>/dev/null || true

# ---- Packet Sender at rest
if [ "$SKIP_PEER" != 1 ]; then
    echo "== Packet Sender at rest" >&2
    eval "$(DISPLAY=$ps_display bench/window/packetsender.sh start "$peer_port")"
    read -r ps_idle_cpu ps_idle_rss ps_idle_threads _ < <(at_rest "$ps_pid")
    DISPLAY=$ps_display bench/window/packetsender.sh stop "$ps_pid" "$ps_home" >/dev/null; ps_pid=""
fi

# ---- report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
echo
echo "| | Net Playground | Packet Sender 8 | ours / theirs |"
echo "|---|---|---|---|"
echo "| at rest: CPU (FX thread), RSS, threads | ${idle_cpu} % (${idle_fx_cpu} %), ${idle_rss} MB, ${idle_threads} | ${ps_idle_cpu:--} %, ${ps_idle_rss:--} MB, ${ps_idle_threads:--} | |"
line="p99_gap_ms=$p99_gap max_gap_ms=$max_gap"
ps_line=""
# Over the rounds of one app at one rate: "p50 p90 (medians) min_live seconds max_rss counted sent (sums) p90s".
summary() {
    awk -v who="$1" -v rate="$2" '
        $1 == who && $2 == rate { n++; p50[n] = $3; p90[n] = $4; if (n == 1 || $5 < live) live = $5;
            secs = $6; if ($7 > rss) rss = $7; counted += $8; sent += $9; all = all (all ? "," : "") $4 }
        function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
        END { if (!n) { print "- - - - - - - -"; exit } print median(p50, n), median(p90, n), live, secs, rss, counted, sent, all }' "$work/runs"
}
for rate in $RATES; do
    read -r p50 p90 live secs rss counted sent p90s <<< "$(summary ours "$rate")"
    read -r ps50 ps90 pslive pssecs psrss psreceived pssent ps90s <<< "$(summary peer "$rate")"
    echo "| UDP $rate/s: click p50 / p90 ms (median of $PAIRS; each p90) | $p50 / $p90 ($p90s) | $ps50 / $ps90 ($ps90s) | $(ratio "$p90" "$ps90") (p90) |"
    echo "| UDP $rate/s: fewest seconds repainted, peak RSS MB | $live of $secs, $rss | $pslive of $pssecs, $psrss | |"
    echo "| UDP $rate/s: received / sent | $counted / $sent (shown by the window) | $psreceived / $pssent (socket: sent - kernel drops) | |"
    line+=" click_p90_ms_$rate=$p90"
    ps_line+=" ps_click_p90_ms_$rate=$ps90"
done
echo "| TCP + UDP + HTTP: pulse gap p99 / max ms | $p99_gap / $max_gap | | |"
echo "| TCP + UDP + HTTP: click p50 / p90 ms, seconds repainted | $(field p50_ms "$mixed") / $(field p90_ms "$mixed"), $(field live_seconds "$mixed")/$(field seconds "$mixed") | | |"
echo "| TCP + UDP + HTTP: window counted / sent | TCP lines $tcp_counted / $tcp_sent echoed; UDP $udp_counted / $udp_sent ($udp_dropped kernel drops); HTTP $http_counted / $http_sent | | |"
echo
echo "$line$ps_line peak_rss_mb=$peak_rss idle_cpu_pct=$idle_cpu idle_fx_cpu_pct=$idle_fx_cpu tcp_lines_missing=$tcp_missing udp_counted=$udp_counted udp_sent=$udp_sent http_counted=$http_counted http_sent=$http_sent"
