#!/usr/bin/env bash
# Benchmarks against real peers, measured in the same run, alternating ours and the peer
# (a warm-up of each, then PAIRS pairs A B A B ...), reported as medians, ranges and the
# median of the pairwise ratios. Loopback only; every run bounded in time.
#
# Usage: bench/run.sh [NAME ...]   NAME: tcp-bulk tcp-echo udp-recv http-data http-load c10k proxy tls-echo
#                                        tls-handshakes (default: all)
# Env:   PAIRS (3), SECONDS_PER_RUN (10), CLIENTS (100, tcp-echo and tls-echo), CONNECTIONS (50, http-data and
#        http-load), C10K (10000 idle connections), TLS_LOOPS (16 concurrent connect loops, tls-handshakes)
# Needs: a JDK >= 21, iperf3, wrk and (for proxy) socat (installed from Debian's packages when missing, if allowed:
#        INSTALL=1, or under CI, as root; see scripts/packages.sh).
set -euo pipefail
shopt -s inherit_errexit # a failing command inside $(...) fails the script too
cd "$(dirname "$0")/.."

PAIRS=${PAIRS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CLIENTS=${CLIENTS:-100}
CONNECTIONS=${CONNECTIONS:-50}
C10K=${C10K:-10000}
TLS_LOOPS=${TLS_LOOPS:-16}
WARM_UP_SECONDS=3
all=(tcp-bulk tcp-echo udp-recv http-data http-load c10k proxy tls-echo tls-handshakes)
names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${all[@]}")
for name in "${names[@]}"; do
    [[ " ${all[*]} " == *" $name "* ]] || { echo "error: unknown benchmark '$name' (known: ${all[*]})" >&2; exit 2; }
done

. scripts/jdk.sh
. scripts/packages.sh
need_packages iperf3:iperf3 wrk:wrk
[[ " ${names[*]} " != *" proxy "* ]] || need_packages socat:socat
# c10k holds 10,000 sockets in each of two processes.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

work=$(mktemp -d)
pids=()
cleanup() {
    # Servers started in command substitutions are listed in $work/pids by start().
    for pid in "${pids[@]}" $(cat "$work/pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== Building the app and the reference servers" >&2
./mvnw -B -q -DskipTests package
./mvnw -B -q -f bench/peers/pom.xml package
app=(-jar target/net-playground.jar)
peers=(-cp "bench/peers/target/bench-peers-0.1.0-SNAPSHOT.jar:bench/peers/target/lib/*")

# ---- helpers

# Starts a server in the background; prints its port once it says "listening on ...:PORT".
# Runs in a command substitution (a subshell), so it leaves its pid in $work/last.pid.
start() {
    local log=$work/server-$RANDOM.log
    "$@" >/dev/null 2>"$log" &
    echo $! > "$work/last.pid"
    echo $! >> "$work/pids"
    for _ in $(seq 300); do
        if grep -q 'listening on' "$log"; then
            sed -n 's/.*listening on [a-z]*:\/\/[^ ]*:\([0-9]*\).*/\1/p' "$log" | head -1
            return
        fi
        sleep 0.05
    done
    echo "error: the server did not start: $*" >&2
    cat "$log" >&2
    exit 1
}
started() { cat "$work/last.pid"; }
# Stops a process started by start (not our child: waits by polling, at most 10 s).
stop() {
    kill "$1" 2>/dev/null || true
    for _ in $(seq 200); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.05
    done
    kill -9 "$1" 2>/dev/null || true
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -g | awk -v f="$1" 'NR == 1 { lo = $1 } { hi = $1 } END { printf f "–" f, lo, hi }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b == 0) ? 0 : a / b }'; }
# The value of "key": in one line of JSON.
json() { sed -n "s/.*\"$1\":\([-0-9.eE]*\).*/\1/p"; }
# The first "key": value in the "end" object's "SECTION" of iperf3's pretty-printed JSON.
iperf_json() {
    awk -v section="\"$2\":" -v key="\"$1\":" '$1 == "\"end\":" { end = 1 } end && $1 == section { on = 1 } on && $1 == key { gsub(/,/, "", $2); print $2; exit }'
}

# bulk_load PORT SECONDS LABEL: one load tcp-bulk stream of 8 KiB lines into PORT; prints GB/s read by the server.
bulk_load() {
    timeout $(($2 + 30)) "$java" "${app[@]}" load tcp-bulk --port "$1" --duration "$2" --line 8192 --json \
        > "$work/bulk.json"
    grep -q '"serverClosed":true' "$work/bulk.json" \
        || { echo "error: $3: the server did not read everything in time: $(cat "$work/bulk.json")" >&2; exit 1; }
    json bytesPerSecond < "$work/bulk.json" | awk '{ printf "%.3f\n", $1 / 1e9 }'
}

table=()
keys=()
verdicts=()

# compare LABEL UNIT FORMAT PEER OURS_FN PEER_FN KEY [P99_KEY [PERCENTILE]]
# Each FN prints "value [latency_ms]" for one run of $1 seconds; the latency is the PERCENTILE (p99 unless
# said). Adds a table row and the keys.
compare() {
    local label=$1 unit=$2 format=$3 peer=$4 ours_fn=$5 peer_fn=$6 key=$7 p99_key=${8:-} percentile=${9:-p99}
    local ours=() theirs=() ratios=() p99_ratios=() a b
    "$ours_fn" "$WARM_UP_SECONDS" >/dev/null
    "$peer_fn" "$WARM_UP_SECONDS" >/dev/null
    for _ in $(seq "$PAIRS"); do
        a=$("$ours_fn" "$SECONDS_PER_RUN")
        b=$("$peer_fn" "$SECONDS_PER_RUN")
        for value in "$a" "$b"; do
            # A figure is a positive number (and a non-negative latency): a zero, a negative or a
            # missing one is a harness bug or a failed run, and stops the whole run.
            [[ $value =~ ^[0-9.eE+]+( [0-9.eE+]+)?$ ]] && awk -v v="${value%% *}" 'BEGIN { exit !(v > 0) }' \
                || { echo "error: $label: a run gave no positive figure ('$value')" >&2; exit 1; }
        done
        ours+=("$a")
        theirs+=("$b")
        ratios+=("$(ratio "${a%% *}" "${b%% *}")")
        [ -z "$p99_key" ] || p99_ratios+=("$(ratio "${a##* }" "${b##* }")")
        echo "   $label: ours $a; $peer $b" >&2
    done
    local r p99_ratio="" side_ours side_peer
    r=$(printf '%s\n' "${ratios[@]}" | median)
    side_ours="$(printf "$format" "$(printf '%s\n' "${ours[@]}" | cut -d' ' -f1 | median)") $unit ($(printf '%s\n' "${ours[@]}" | cut -d' ' -f1 | range "$format"))"
    side_peer="$(printf "$format" "$(printf '%s\n' "${theirs[@]}" | cut -d' ' -f1 | median)") $unit ($(printf '%s\n' "${theirs[@]}" | cut -d' ' -f1 | range "$format"))"
    keys+=("$key=$r")
    # The spread of the pairwise ratios: one median alone hides a machine that was shared.
    keys+=("${key}_spread=$(printf '%s\n' "${ratios[@]}" | range "%.3f" | sed 's/–/-/')")
    if [ -n "$p99_key" ]; then
        p99_ratio=$(printf '%s\n' "${p99_ratios[@]}" | median)
        side_ours+=", $percentile $(printf '%s\n' "${ours[@]}" | cut -d' ' -f2 | median) ms"
        side_peer+=", $percentile $(printf '%s\n' "${theirs[@]}" | cut -d' ' -f2 | median) ms"
        keys+=("$p99_key=$p99_ratio")
        [ "$percentile" = p99 ] || p99_ratio="$p99_ratio ($percentile)"
    fi
    table+=("| $label | $side_ours | $peer $side_peer | $r ($(printf '%s\n' "${ratios[@]}" | range "%.2f")) | ${p99_ratio:-–} |")
}

# ---- tcp-bulk: load tcp-bulk into our tcp-server (each model) vs iperf3, one stream

tcp_bulk() {
    local iperf_port=$((20000 + RANDOM % 20000))
    iperf3 -s -p "$iperf_port" >/dev/null 2>&1 &
    local iperf_pid=$!
    pids+=("$iperf_pid")
    sleep 0.5
    ours_bulk() { bulk_load "$ours_port" "$1" tcp-bulk; }
    iperf_bulk() {
        timeout $(($1 + 30)) iperf3 -c 127.0.0.1 -p "$iperf_port" -t "$1" -J > "$work/iperf.json"
        iperf_json bits_per_second sum_received < "$work/iperf.json" | awk '{ printf "%.3f\n", $1 / 8e9 }'
    }
    # Lines (the default framing, each line printed), then raw with --quiet: each read taken as it
    # came, nothing to cut and nothing printed, as iperf3's server does.
    for framing in line raw; do
        local quiet=()
        [ "$framing" = line ] || quiet=(--quiet)
        for model in nio virtual blocking; do
            ours_port=$(start "$java" "${app[@]}" tcp-server --port 0 --model "$model" --framing "$framing" "${quiet[@]}")
            local ours_pid label="tcp-bulk ($model)" key="tcp_bulk_ratio_$model"
            [ "$framing" = line ] || { label="tcp-bulk $framing ($model)"; key="tcp_bulk_${framing}_ratio_$model"; }
            ours_pid=$(started)
            pids+=("$ours_pid")
            compare "$label" GB/s "%.2f" iperf3 ours_bulk iperf_bulk "$key"
            stop "$ours_pid"
        done
    done
    stop "$iperf_pid"
}

# ---- tcp-echo: load tcp (CLIENTS clients, 32-byte lines) vs the same against Netty

tcp_echo() {
    netty_port=$(start "$java" "${peers[@]}" dev.netplayground.bench.peers.NettyEcho)
    local netty_pid
    netty_pid=$(started)
    pids+=("$netty_pid")
    echo_load() {
        timeout $(($2 + 60)) "$java" "${app[@]}" load tcp --port "$1" --clients "$CLIENTS" --duration "$2" --size 32 --json > "$work/load.json"
        echo "$(json messagesPerSecond < "$work/load.json") $(json p99Ms < "$work/load.json")"
    }
    ours_echo() { echo_load "$ours_port" "$1"; }
    netty_echo() { echo_load "$netty_port" "$1"; }
    for model in nio virtual blocking; do
        ours_port=$(start "$java" "${app[@]}" tcp-server --port 0 --echo --model "$model")
        local ours_pid
        ours_pid=$(started)
        pids+=("$ours_pid")
        compare "tcp-echo ($model)" msg/s "%.0f" Netty ours_echo netty_echo "tcp_echo_ratio_$model" "tcp_echo_p99_ratio_$model"
        stop "$ours_pid"
    done
    stop "$netty_pid"
}

# ---- tls-echo and tls-handshakes: our TLS servers (NIO, virtual threads) vs Netty's SslHandler, both with the
# JDK's SSLEngine and one certificate (EC P-256), driven by the same Netty client (bench/peers TlsLoad:
# TLS 1.3, TLS_AES_128_GCM_SHA256), so the figures compare the servers.

tls_bench() {
    local mode=$1 unit=$2 figure=$3 clients=$4 netty_pid
    "$java" "${app[@]}" cert generate --out "$work/tls" >/dev/null
    netty_port=$(start "$java" "${peers[@]}" dev.netplayground.bench.peers.NettyEcho "$work/tls/cert.pem" "$work/tls/key.pem")
    netty_pid=$(started)
    pids+=("$netty_pid")
    tls_load() {
        timeout $(($2 + 60)) "$java" "${peers[@]}" dev.netplayground.bench.peers.TlsLoad --mode "$mode" --port "$1" \
            --cacert "$work/tls/cert.pem" --clients "$clients" --duration "$2" > "$work/tls.json"
        grep -q '"errors":0' "$work/tls.json" || { echo "error: tls-$mode: $(cat "$work/tls.json")" >&2; exit 1; }
        echo "$(json "$figure" < "$work/tls.json") $(json p99Ms < "$work/tls.json")"
    }
    ours_tls() { tls_load "$ours_port" "$1"; }
    netty_tls() { tls_load "$netty_port" "$1"; }
    for model in nio virtual; do
        ours_port=$(start "$java" "${app[@]}" tcp-server --port 0 --echo --model "$model" --tls \
            --cert "$work/tls/cert.pem" --key "$work/tls/key.pem")
        local ours_pid
        ours_pid=$(started)
        pids+=("$ours_pid")
        compare "tls-$mode ($model)" "$unit" "%.0f" Netty ours_tls netty_tls "tls_${mode}_ratio_$model" \
            "tls_${mode}_p99_ratio_$model"
        stop "$ours_pid"
    done
    stop "$netty_pid"
}

# udp_counts_sane WHO SENT RECEIVED FILE...: 0 < received <= sent, or the run stops, showing FILE.
udp_counts_sane() {
    local who=$1 sent=$2 received=$3
    shift 3
    if ! [[ $sent =~ ^[0-9]+$ && $received =~ ^[0-9]+$ ]] || [ "$received" -eq 0 ] || [ "$received" -gt "$sent" ]; then
        echo "error: udp-recv ($who): impossible counts, sent '$sent', received '$received'; from:" >&2
        cat "$@" >&2
        exit 1
    fi
}

# ---- udp-recv: load udp into our udp-receiver vs iperf3 -u -b 0 -l 64; datagrams/s received

udp_recv() {
    local iperf_port=$((20000 + RANDOM % 20000))
    iperf3 -s -p "$iperf_port" >/dev/null 2>&1 &
    local iperf_pid=$!
    pids+=("$iperf_pid")
    sleep 0.5
    : > "$work/udp-loss"
    ours_udp() {
        local port pid sent received
        port=$(start "$java" "${app[@]}" udp-receiver --port 0)
        pid=$(started)
        sent=$(timeout $(($1 + 30)) "$java" "${app[@]}" load udp --port "$port" --duration "$1" --size 64 --json | json sent)
        sleep 0.3 # let the receiver read what is still queued in its socket
        stop "$pid"
        received=$(sed -n 's/.*after \([0-9]*\) datagrams.*/\1/p' "$work"/server-*.log | tail -1)
        udp_counts_sane ours "$sent" "$received" "$work"/server-*.log
        rm -f "$work"/server-*.log
        echo "ours $(awk -v r="$received" -v s="$sent" 'BEGIN { printf "%.2f", 100 * (1 - r / s) }')" >> "$work/udp-loss"
        awk -v r="$received" -v d="$1" 'BEGIN { printf "%.0f\n", r / d }'
    }
    # What iperf3's server received is its byte count / 64, from "sum_received". The "sum" object mixes
    # the client's sent count with the server's lost count (the highest sequence number seen minus
    # what arrived), so "packets - lost_packets" there is not what arrived, and once went negative.
    iperf_udp() {
        timeout $(($1 + 30)) iperf3 -c 127.0.0.1 -p "$iperf_port" -u -b 0 -l 64 -t "$1" -J > "$work/iperf.json"
        local sent received seconds
        sent=$(iperf_json packets sum_sent < "$work/iperf.json")
        received=$(iperf_json bytes sum_received < "$work/iperf.json" | awk '{ printf "%.0f", $1 / 64 }')
        seconds=$(iperf_json seconds sum_received < "$work/iperf.json")
        udp_counts_sane iperf3 "$sent" "$received" "$work/iperf.json"
        echo "iperf3 $(awk -v r="$received" -v s="$sent" 'BEGIN { printf "%.2f", 100 * (1 - r / s) }')" >> "$work/udp-loss"
        awk -v r="$received" -v s="$seconds" 'BEGIN { printf "%.0f\n", r / s }'
    }
    compare "udp-recv (64-byte datagrams)" "datagrams/s" "%.0f" iperf3 ours_udp iperf_udp udp_recv_ratio
    local ours_loss iperf_loss
    ours_loss=$(tail -n $((2 * PAIRS)) "$work/udp-loss" | awk '$1 == "ours" { print $2 }' | median)
    iperf_loss=$(tail -n $((2 * PAIRS)) "$work/udp-loss" | awk '$1 == "iperf3" { print $2 }' | median)
    table+=("| udp-recv loss | $ours_loss % | iperf3 $iperf_loss % | – | – |")
    keys+=("udp_loss_pct_ours=$ours_loss" "udp_loss_pct_iperf3=$iperf_loss")
    stop "$iperf_pid"
}

# ---- http-data: wrk POSTing a Data (keep-alive, CONNECTIONS connections) vs Undertow

http_data() {
    local ours_pid undertow_pid
    ours_port=$(start "$java" "${app[@]}" http-server --port 0)
    ours_pid=$(started)
    pids+=("$ours_pid")
    undertow_port=$(start "$java" "${peers[@]}" dev.netplayground.bench.peers.UndertowData)
    undertow_pid=$(started)
    pids+=("$undertow_pid")
    post_load() {
        local line
        line=$(timeout $(($2 + 30)) wrk -t2 -c"$CONNECTIONS" -d"$2"s -s bench/wrk/post-data.lua "http://127.0.0.1:$1/data" | grep wrk_result)
        if ! grep -q 'non_200=0 errors=0' <<< "$line"; then
            echo "error: not every POST got a 200 from port $1: $line" >&2
            exit 1
        fi
        awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "%.0f %.3f\n", v["requests_per_sec"], v["p99_us"] / 1000 }' <<< "$line"
    }
    ours_http() { post_load "$ours_port" "$1"; }
    undertow_http() { post_load "$undertow_port" "$1"; }
    compare "http-data (wrk, $CONNECTIONS connections)" "req/s" "%.0f" Undertow ours_http undertow_http http_ratio http_p99_ratio
    stop "$ours_pid"
    stop "$undertow_pid"
}

# ---- http-load: our load http vs wrk, both POSTing a Data to Undertow (closed loop, CONNECTIONS connections)

http_load() {
    local undertow_pid
    undertow_port=$(start "$java" "${peers[@]}" dev.netplayground.bench.peers.UndertowData)
    undertow_pid=$(started)
    pids+=("$undertow_pid")
    ours_load() {
        local result
        result=$(timeout $(($1 + 30)) "$java" "${app[@]}" load http --url "http://127.0.0.1:$undertow_port/data" \
            --body '{"number":5,"boolean":true}' --header 'Content-Type: application/json' \
            --connections "$CONNECTIONS" --duration "$1" --json)
        if ! grep -q '"statuses":{"200":[0-9]*},"errors":{}' <<< "$result"; then
            echo "error: load http got answers other than 200, or errors: $result" >&2
            exit 1
        fi
        printf '%.0f %.3f\n' "$(json requestsPerSecond <<< "$result")" "$(json p50Ms <<< "$result")"
    }
    wrk_load() {
        local line
        line=$(timeout $(($1 + 30)) wrk -t2 -c"$CONNECTIONS" -d"$1"s -s bench/wrk/post-data.lua \
            "http://127.0.0.1:$undertow_port/data" | grep wrk_result)
        if ! grep -q 'non_200=0 errors=0' <<< "$line"; then
            echo "error: not every POST got a 200: $line" >&2
            exit 1
        fi
        awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "%.0f %.3f\n", v["requests_per_sec"], v["p50_us"] / 1000 }' <<< "$line"
    }
    compare "http-load (load http vs wrk -t2, $CONNECTIONS connections, Undertow)" "req/s" "%.0f" wrk ours_load wrk_load \
        http_load_ratio http_load_p50_ratio p50
    stop "$undertow_pid"
}

# ---- c10k: C10K idle connections held by our server, then a new one answered

c10k() {
    for model in virtual nio blocking; do
        local port pid client hold line threads rss
        port=$(start "$java" "${app[@]}" tcp-server --port 0 --echo --model "$model" --max-connections $((C10K + 100)))
        pid=$(started)
        pids+=("$pid")
        hold=$work/hold-$model
        mkfifo "$hold"
        timeout 120 "$java" "${peers[@]}" dev.netplayground.bench.peers.C10kClient --port "$port" \
            --connections "$C10K" --hold-seconds 60 < "$hold" > "$work/c10k.out" 2>"$work/c10k.err" &
        client=$!
        exec 4>"$hold" # holds the client's stdin open until we have measured
        for _ in $(seq 1200); do
            grep -q 'c10k connected=' "$work/c10k.out" && break
            sleep 0.1
        done
        sleep 1 # let the server settle after the burst of accepts
        line=$(grep 'c10k connected=' "$work/c10k.out" || echo "c10k connected=0 failed=? echo_ms=none")
        threads=$(awk '/^Threads:/ { print $2 }' "/proc/$pid/status")
        rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
        exec 4>&-
        wait "$client" 2>/dev/null || true
        echo "   c10k ($model): $line; server threads $threads, RSS $rss MB" >&2
        [ -s "$work/c10k.err" ] && sed 's/^/   c10k client: /' "$work/c10k.err" >&2
        table+=("| c10k ($model) | ${line#c10k }; $threads threads, $rss MB RSS | – | – | – |")
        keys+=("c10k_threads_$model=$threads" "c10k_rss_mb_$model=$rss")
        stop "$pid"
        rm -f "$hold"
    done
}

# ---- proxy: our proxy tcp (no conditions) vs socat relaying the same load tcp-bulk and load tcp to the same servers

# A free loopback port for a peer that does not print its own (socat): bound by nobody now.
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    echo "error: no free port found for socat" >&2
    exit 1
}

# Waits until something accepts on the port (at most 10 s).
await_port() {
    for _ in $(seq 200); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "error: nothing listens on port $1" >&2
    exit 1
}

proxy_bench() {
    local sink_pid netty_pid ours_pid socat_pid
    sink_port=$(start "$java" "${app[@]}" tcp-server --port 0 --model nio --framing raw --quiet)
    sink_pid=$(started)
    netty_port=$(start "$java" "${peers[@]}" dev.netplayground.bench.peers.NettyEcho)
    netty_pid=$(started)
    pids+=("$sink_pid" "$netty_pid")
    # A relay whose clients time out (socat forks a process per connection and, on 2 cores, sometimes
    # answers a client's first line after load tcp's 5 s) still gives its figure; the failures are shown.
    relay_echo() {
        timeout $(($2 + 60)) "$java" "${app[@]}" load tcp --port "$1" --clients "$CLIENTS" --duration "$2" --size 32 \
            --json > "$work/load.json" 2>/dev/null || true
        if ! grep -q '"errors":{}' "$work/load.json"; then
            echo "   (port $1: $(grep -o '"errors":{[^}]*}' "$work/load.json"))" >&2
        fi
        echo "$(json messagesPerSecond < "$work/load.json") $(json p99Ms < "$work/load.json")"
    }
    for job in bulk echo; do
        local target=$sink_port
        [ "$job" = bulk ] || target=$netty_port
        ours_port=$(start "$java" "${app[@]}" proxy tcp --listen 0 --to "127.0.0.1:$target")
        ours_pid=$(started)
        socat_port=$(free_port)
        socat TCP-LISTEN:"$socat_port",bind=127.0.0.1,fork,reuseaddr TCP:127.0.0.1:"$target" &
        socat_pid=$!
        pids+=("$ours_pid" "$socat_pid")
        await_port "$socat_port"
        if [ "$job" = bulk ]; then
            ours_relay() { bulk_load "$ours_port" "$1" "proxy tcp-bulk"; }
            socat_relay() { bulk_load "$socat_port" "$1" "proxy tcp-bulk"; }
            compare "proxy tcp-bulk (relay into tcp-server raw)" GB/s "%.2f" socat ours_relay socat_relay proxy_bulk_ratio
        else
            ours_relay() { relay_echo "$ours_port" "$1"; }
            socat_relay() { relay_echo "$socat_port" "$1"; }
            compare "proxy tcp-echo (relay to Netty, $CLIENTS clients)" msg/s "%.0f" socat ours_relay socat_relay \
                proxy_echo_ratio proxy_echo_p99_ratio
        fi
        stop "$ours_pid"
        stop "$socat_pid"
    done
    stop "$sink_pid"
    stop "$netty_pid"
}

for name in "${names[@]}"; do
    case "$name" in
        tcp-bulk) echo "== tcp-bulk: one stream of 8 KiB lines for ${SECONDS_PER_RUN} s, cut as lines (printed) and raw (--quiet); GB/s read by the server" >&2; tcp_bulk ;;
        tcp-echo) echo "== tcp-echo: load tcp, $CLIENTS clients, 32-byte lines, ${SECONDS_PER_RUN} s" >&2; tcp_echo ;;
        udp-recv) echo "== udp-recv: 64-byte datagrams as fast as possible for ${SECONDS_PER_RUN} s" >&2; udp_recv ;;
        http-data) echo "== http-data: wrk, $CONNECTIONS connections, POST /data, ${SECONDS_PER_RUN} s" >&2; http_data ;;
        http-load) echo "== http-load: load http vs wrk, $CONNECTIONS connections, POST /data to Undertow, ${SECONDS_PER_RUN} s" >&2; http_load ;;
        c10k) echo "== c10k: $C10K idle connections, then one echo" >&2; c10k ;;
        tls-echo) echo "== tls-echo: $CLIENTS TLS clients, 32-byte lines, ${SECONDS_PER_RUN} s" >&2
            tls_bench echo msg/s messagesPerSecond "$CLIENTS" ;;
        tls-handshakes) echo "== tls-handshakes: $TLS_LOOPS loops of connect, handshake, one echo, close; ${SECONDS_PER_RUN} s" >&2
            tls_bench handshakes "handshakes/s" handshakesPerSecond "$TLS_LOOPS" ;;
        proxy) echo "== proxy: our proxy tcp vs socat relaying load tcp-bulk and load tcp ($CLIENTS clients), ${SECONDS_PER_RUN} s" >&2; proxy_bench ;;
    esac
done

mkdir -p bench/results
{
    echo "# Benchmark results"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$java" -version 2>&1 | head -1), $(iperf3 --version | head -1 | cut -d' ' -f1-2), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)$(command -v socat >/dev/null && echo ", $(socat -V | sed -n 's/^socat version \([^ ]*\).*/socat \1/p')");"
    echo "PAIRS=$PAIRS after a ${WARM_UP_SECONDS} s warm-up of each side, ${SECONDS_PER_RUN} s per run. Ratios are ours/peer, the median of the pairwise ratios."
    echo
    echo "| benchmark | ours (median, range) | peer (median, range) | ratio | p99 ratio |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${table[@]}"
} > bench/results/latest.md
cat bench/results/latest.md
echo
echo "${keys[*]}"
