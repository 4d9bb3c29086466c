#!/usr/bin/env bash
# Benchmarks against real peers, measured in the same run, alternating ours and the peer
# (warm-up, then PAIRS pairs A B A B ...), reported as medians, ranges and the median of the
# pairwise ratios. Loopback only; every run bounded in time.
#
# Usage: bench/run.sh [NAME ...]          NAME: tcp-echo (default: all that exist)
# Env:   PAIRS (3), SECONDS_PER_RUN (10), CLIENTS (100)
set -euo pipefail
cd "$(dirname "$0")/.."

PAIRS=${PAIRS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CLIENTS=${CLIENTS:-100}
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(tcp-echo)

for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
        JAVA_HOME=$candidate
        break
    fi
done
export JAVA_HOME
java="$JAVA_HOME/bin/java"
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

echo "== Building the app and the reference servers" >&2
mvn -B -q -DskipTests package
mvn -B -q -f bench/peers/pom.xml package
app=(-jar target/net-playground.jar)
peers=(-cp "bench/peers/target/bench-peers-0.1.0-SNAPSHOT.jar:bench/peers/target/lib/*")

# Starts a server in the background; prints its port once it says "listening on ...:PORT".
# Runs in a command substitution (a subshell), so it leaves its pid in $work/last.pid.
start() {
    local log=$work/server-$RANDOM.log
    "$java" "$@" >/dev/null 2>"$log" &
    echo $! > "$work/last.pid"
    for _ in $(seq 200); do
        if grep -q 'listening on' "$log"; then
            sed -n 's/.*listening on [a-z]*:\/\/[^:]*:\([0-9]*\).*/\1/p' "$log" | head -1
            return
        fi
        sleep 0.05
    done
    echo "error: the server did not start: $*" >&2
    cat "$log" >&2
    exit 1
}

# One load run against PORT: prints "messages_per_second p99_ms".
measure() {
    local json
    json=$(timeout $((SECONDS_PER_RUN + 60)) "$java" "${app[@]}" load tcp --port "$1" --clients "$CLIENTS" \
        --duration "$2" --size 32 --json)
    echo "$json" | sed -n 's/.*"messagesPerSecond":\([0-9.E]*\).*"p99Ms":\([0-9.E]*\).*/\1 \2/p'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.0f–%.0f", lo, hi }'; }

table=()
keys=()

tcp_echo() {
    local netty_port
    netty_port=$(start "${peers[@]}" dev.netplayground.bench.peers.NettyEcho)
    pids+=("$(cat "$work/last.pid")")
    for model in nio virtual blocking; do
        local ours_port ours=() theirs=() ratios=() p99_ratios=()
        ours_port=$(start "${app[@]}" tcp-server --port 0 --echo --model "$model")
        local ours_pid
        ours_pid=$(cat "$work/last.pid")
        pids+=("$ours_pid")
        measure "$ours_port" 3 >/dev/null
        measure "$netty_port" 3 >/dev/null
        for _ in $(seq "$PAIRS"); do
            read -r a_rate a_p99 < <(measure "$ours_port" "$SECONDS_PER_RUN")
            read -r b_rate b_p99 < <(measure "$netty_port" "$SECONDS_PER_RUN")
            ours+=("$a_rate $a_p99")
            theirs+=("$b_rate $b_p99")
            ratios+=("$(awk -v a="$a_rate" -v b="$b_rate" 'BEGIN { printf "%.3f", a / b }')")
            p99_ratios+=("$(awk -v a="$a_p99" -v b="$b_p99" 'BEGIN { printf "%.3f", a / b }')")
            echo "   tcp-echo $model: ours ${a_rate%.*}/s p99 ${a_p99} ms; netty ${b_rate%.*}/s p99 ${b_p99} ms" >&2
        done
        local ratio p99_ratio
        ratio=$(printf '%s\n' "${ratios[@]}" | median)
        p99_ratio=$(printf '%s\n' "${p99_ratios[@]}" | median)
        table+=("| tcp-echo ($model) | $(printf '%s\n' "${ours[@]}" | cut -d' ' -f1 | median | xargs printf '%.0f') msg/s ($(printf '%s\n' "${ours[@]}" | cut -d' ' -f1 | range)), p99 $(printf '%s\n' "${ours[@]}" | cut -d' ' -f2 | median) ms | Netty $(printf '%s\n' "${theirs[@]}" | cut -d' ' -f1 | median | xargs printf '%.0f') msg/s ($(printf '%s\n' "${theirs[@]}" | cut -d' ' -f1 | range)), p99 $(printf '%s\n' "${theirs[@]}" | cut -d' ' -f2 | median) ms | $ratio | $p99_ratio |")
        keys+=("tcp_echo_ratio_$model=$ratio" "tcp_echo_p99_ratio_$model=$p99_ratio")
        kill "$ours_pid" 2>/dev/null || true
    done
}

for name in "${names[@]}"; do
    case "$name" in
        tcp-echo) echo "== tcp-echo: load tcp, $CLIENTS clients, 32-byte lines, ${SECONDS_PER_RUN} s, $PAIRS pairs" >&2; tcp_echo ;;
        *) echo "error: unknown benchmark '$name' (known: tcp-echo)" >&2; exit 2 ;;
    esac
done

mkdir -p bench/results
{
    echo "# Benchmark results"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$java" -version 2>&1 | head -1), PAIRS=$PAIRS, ${SECONDS_PER_RUN} s per run, $CLIENTS clients."
    echo
    echo "| benchmark | ours (median, range) | peer (median, range) | ratio ours/peer (median of pairs) | p99 ratio ours/peer |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${table[@]}"
} > bench/results/latest.md
cat bench/results/latest.md
echo "${keys[*]}"
