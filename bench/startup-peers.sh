#!/usr/bin/env bash
# First window of Net Playground next to two peers, alternated on one X display:
#   - a bare JavaFX window (bench/window/BareWindow.java: one label), built against the same
#     runtime, started with the same JVM options and environment and its own AOT cache trained
#     the same way: the floor any JavaFX app starts from on this machine;
#   - Packet Sender (Debian's package), with a fresh HOME and no first-run prompts.
#
# Usage: DISPLAY=:97 bench/startup-peers.sh [-n RUNS] [-r ROUNDS] [LAUNCHER]
#   LAUNCHER: how Net Playground is started (default /usr/bin/net-playground, the installed .deb);
#   each round times RUNS starts of each (bench/startup.sh, after its untimed warm-up).
# Needs: an installed Net Playground (its runtime: /opt/net-playground/lib/runtime), a JDK's
# javac and jar (scripts/jdk.sh), packetsender, xev and xprop.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."

runs=3
rounds=3
while [ $# -gt 0 ]; do
    case "$1" in
        -n) runs=$2; shift 2 ;;
        -r) rounds=$2; shift 2 ;;
        *) break ;;
    esac
done
launcher=${1:-/usr/bin/net-playground}
runtime=/opt/net-playground/lib/runtime
[ -n "${DISPLAY:-}" ] || { echo "startup-peers: set DISPLAY (e.g. Xvfb :97 & DISPLAY=:97)" >&2; exit 2; }
[ -x "$runtime/bin/java" ] || { echo "startup-peers: no installed runtime at $runtime (install the .deb)" >&2; exit 2; }

. scripts/jdk.sh
. scripts/packages.sh
need_packages packetsender:packetsender x11-utils:xev x11-xserver-utils:xrandr

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The bare window: compiled against the installed runtime's modules, run with the app's options
# (but the exports to the app's own module) and environment.
"$JAVA_HOME/bin/javac" --system "$runtime" -d "$work/classes" bench/window/BareWindow.java
"$JAVA_HOME/bin/jar" --create --file "$work/bare.jar" -C "$work/classes" .
mapfile -t options < <(grep -v 'dev\.netplayground' packaging/java-options)
mapfile -t environment < packaging/environment
env "${environment[@]}" "$runtime/bin/java" "${options[@]}" -XX:AOTCacheOutput="$work/bare.aot" -Dquit=true \
    -cp "$work/bare.jar" BareWindow > "$work/training.log" 2>&1 \
    || { cat "$work/training.log" >&2; exit 1; }
cat > "$work/bare" <<SCRIPT
#!/bin/sh
exec env ${environment[*]} "$runtime/bin/java" ${options[*]} -XX:AOTCache="$work/bare.aot" -cp "$work/bare.jar" BareWindow
SCRIPT

# Packet Sender: a fresh HOME whose settings skip its first-run prompts and its listeners.
mkdir -p "$work/ps/.local/share/PacketSender" "$work/ps/.config" "$work/ps/.cache"
printf '[General]\ncheckforUpdatesAsked=true\ncheckforUpdates=false\nSW_VERSION=99.0.0\nudpServerEnable=false\ntcpServerEnable=false\nsslServerEnable=false\n' \
    > "$work/ps/.local/share/PacketSender/ps_settings.ini"
cat > "$work/packetsender" <<SCRIPT
#!/bin/sh
cd "$work/ps" && exec env HOME="$work/ps" XDG_DATA_HOME="$work/ps/.local/share" XDG_CONFIG_HOME="$work/ps/.config" \
    XDG_CACHE_HOME="$work/ps/.cache" NO_AT_BRIDGE=1 QT_QPA_PLATFORM=xcb packetsender
SCRIPT
chmod +x "$work/bare" "$work/packetsender"

# Net Playground as a new user meets it: a fresh home on every start.
cat > "$work/ours" <<SCRIPT
#!/bin/sh
rm -rf "$work/home" && mkdir "$work/home" && NET_PLAYGROUND_HOME="$work/home" exec "$launcher"
SCRIPT
chmod +x "$work/ours"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A times
for round in $(seq "$rounds"); do
    for who in ours bare packetsender; do
        title="Net Playground"
        [ "$who" != packetsender ] || title="Packet Sender"
        line=$(TITLE=$title bench/startup.sh -n "$runs" "$work/$who" | sed -n 's/^runs: *//p')
        echo "round $round/$rounds, $who: $line s" >&2
        times[$who]+="$line "
    done
done
for who in ours bare packetsender; do
    printf '%s\n' ${times[$who]} | median > "$work/median-$who"
done
ours=$(cat "$work/median-ours") bare=$(cat "$work/median-bare") ps=$(cat "$work/median-packetsender")
echo
echo "| first window, median of $((rounds * runs)) starts | seconds |"
echo "|---|---|"
echo "| Net Playground ($launcher, fresh home) | $ours |"
echo "| bare JavaFX window, same runtime and options | $bare |"
echo "| Packet Sender | $ps |"
echo
awk -v o="$ours" -v b="$bare" -v p="$ps" 'BEGIN { printf "startup_s=%s bare_javafx_s=%s packetsender_s=%s ours_over_bare=%.2f ours_over_packetsender=%.2f\n", o, b, p, o / b, o / p }'
