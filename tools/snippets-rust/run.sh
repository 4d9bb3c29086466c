#!/usr/bin/env bash
# Generates every Rust program the snippet command writes, builds them offline with the crates
# Debian ships, and runs each against the app's own endpoints: Rust clients against the app's
# servers, the app's clients against Rust servers. Prints one line per check and a summary.
#
#   tools/snippets-rust/run.sh        (INSTALL=1 lets it apt-get the crates and cargo's tools)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
. scripts/jdk.sh
. scripts/packages.sh
need_packages librust-tokio-dev:/usr/share/doc/librust-tokio-dev librust-hyper-dev:/usr/share/doc/librust-hyper-dev \
    librust-serde-json-dev:/usr/share/doc/librust-serde-json-dev \
    librust-serde-derive-dev:/usr/share/doc/librust-serde-derive-dev \
    librust-reqwest-dev:/usr/share/doc/librust-reqwest-dev
cargo=${CARGO:-$(command -v cargo || echo /root/.cargo/bin/cargo)}
[ -x "$cargo" ] || { echo "error: no cargo (set CARGO=/path/to/cargo)" >&2; exit 2; }

jar=target/net-playground.jar
echo "== Building $jar"
./mvnw -B -q package -DskipTests -Dcheckstyle.skip
app() { java -jar "$jar" "$@"; }

work="$here/work"
rm -rf "$work" "$here/src/bin"
mkdir -p "$work" "$here/src/bin"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# Starts a server in the background; its stderr goes to $work/NAME.err and stdout to $work/NAME.out.
# The command is run as it is (never a shell function), so the pid kept is the server's own.
start() {
    local name=$1; shift
    "$@" >"$work/$name.out" 2>"$work/$name.err" &
    pids+=($!)
}
java_app=(java -jar "$jar")

# The port a server says it listens on (first stderr line), waiting up to 10 s.
port_of() {
    local name=$1 line
    for _ in $(seq 100); do
        line=$(head -n 1 "$work/$name.err" 2>/dev/null || true)
        if [[ "$line" =~ listening\ on\ .*:([0-9]+)$ ]]; then echo "${BASH_REMATCH[1]}"; return; fi
        read -r -t 0.1 <> <(:) || true   # a 100 ms poll interval
    done
    echo "error: $name never said where it listens: $(cat "$work/$name.err")" >&2
    exit 1
}

lines=$'plain words\ndouble " and single \' quotes\nback\\slash, \\n written out\nnon-ASCII: é ü 日本 😀'
body=$'{"number": 7,\n "boolean": false, "note": "quote \\" backslash \\\\ é 😀"}'
answer='Received: Data { number: 7, boolean: false }'
passed=0 failed=0
check() {   # check NAME EXPECTED ACTUAL
    if [ "$2" == "$3" ]; then
        echo "ok   $1"; passed=$((passed + 1))
    else
        echo "FAIL $1"; echo "  expected: $(printf '%q' "$2")"; echo "  got:      $(printf '%q' "$3")"
        failed=$((failed + 1))
    fi
}

echo "== Starting the app's servers"
start app-tcp "${java_app[@]}" tcp-server --port 0 --echo
start app-udp "${java_app[@]}" udp-receiver --port 0 --echo
start app-http "${java_app[@]}" http-server --port 0
tcp=$(port_of app-tcp) udp=$(port_of app-udp) http=$(port_of app-http)

echo "== Generating the programs"
for variant in "" --async; do
    suffix=${variant:+_async}
    app snippet --lang rust $variant --for tcp-client --port "$tcp" >"$here/src/bin/tcp_client$suffix.rs"
    app snippet --lang rust $variant --for udp-sender --port "$udp" >"$here/src/bin/udp_sender$suffix.rs"
    app snippet --lang rust $variant --for http-post --port "$http" --json "$body" >"$here/src/bin/http_post$suffix.rs"
    app snippet --lang rust $variant --for tcp-server --port 0 --echo >"$here/src/bin/tcp_server$suffix.rs"
    app snippet --lang rust $variant --for udp-receiver --port 0 --echo >"$here/src/bin/udp_receiver$suffix.rs"
done
app snippet --lang rust --for http-server --port 0 >"$here/src/bin/http_server.rs"
# The Guide's own Rust programs (all but the warp server: Debian does not package warp).
guide="$root/src/main/resources/dev/netplayground/ui/guide"
for program in blocking-tcp-server futures data errors; do
    cp "$guide/$program.rs" "$here/src/bin/guide_${program//-/_}.rs"
done

echo "== Building them offline with Debian's crates ($(ls "$here/src/bin" | wc -l) programs)"
(cd "$here" && "$cargo" build --quiet --bins 2>&1 | grep -v "openssl v0.10.45\|future-incompat" || true)
bin="$here/target/debug"
[ -x "$bin/http_server" ] || { echo "error: the build failed" >&2; exit 1; }

echo "== Running them"
for suffix in "" _async; do
    check "tcp_client$suffix against the app's tcp-server" "$lines" "$(printf '%s\n' "$lines" | "$bin/tcp_client$suffix")"
    check "udp_sender$suffix against the app's udp-receiver" "$lines" "$(printf '%s\n' "$lines" | "$bin/udp_sender$suffix")"
    check "http_post$suffix against the app's http-server" "$answer" "$("$bin/http_post$suffix")"

    start "tcp_server$suffix" "$bin/tcp_server$suffix"
    port=$(port_of "tcp_server$suffix")
    check "the app's tcp-client against tcp_server$suffix" "$lines" \
        "$(printf '%s\n' "$lines" | app tcp-client --port "$port" 2>/dev/null)"
    check "tcp_server$suffix printed what it received" "$lines" "$(cat "$work/tcp_server$suffix.out")"

    start "udp_receiver$suffix" "$bin/udp_receiver$suffix"
    port=$(port_of "udp_receiver$suffix")
    # The app's udp-sender prints each reply with escapes, as its log does: a backslash doubled.
    check "the app's udp-sender against udp_receiver$suffix" "${lines//\\/\\\\}" \
        "$(printf '%s\n' "$lines" | app udp-sender --port "$port" --host 127.0.0.1 2>/dev/null)"
    check "udp_receiver$suffix printed what it received" "$lines" "$(cat "$work/udp_receiver$suffix.out")"
done
start http_server "$bin/http_server"
port=$(port_of http_server)
check "the app's http-post against http_server" "$answer" \
    "$(app http-post --url "http://127.0.0.1:$port/data" --json "$body" 2>&1)"
refused=$(app http-post --url "http://127.0.0.1:$port/data" --json '{"number": 4294967296, "boolean": true}' 2>&1 || true)
check "http_server refuses a number over u32" "400 Bad Request" "$(head -n 1 <<<"$refused")"

data_out=$("$bin/guide_data")
check "the Guide's data.rs accepts a Data" '{"number": 5, "boolean": true} -> Data { number: 5, boolean: true }' \
    "$(sed -n 1p <<<"$data_out")"
check "the Guide's data.rs refuses 4294967296, \"5\" and a missing field" 3 "$(grep -c -- '-> refused:' <<<"$data_out")"
check "the Guide's errors.rs shows the refusal as a value" "nobody listens there" \
    "$("$bin/guide_errors" | head -n 1 | cut -d: -f1)"

echo "Rust snippets: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
