#!/usr/bin/env bash
# Smoke test of the packaged app: builds the app-image (no .deb), starts `http-server --port 0`
# from its launcher, POSTs a Data with the launcher's own `http-post` (OkHttp), and checks the
# answer. A missing module in the jlinked runtime (HTTP server, HTTP client, logging, crypto...)
# fails here. Needs only a JDK 21+ (JAVA_HOME) and Maven: no display, no dpkg.
set -euo pipefail
cd "$(dirname "$0")/.."

launcher=target/installer/net-playground/bin/net-playground
expected='Received: Data { number: 5, boolean: true }'
work=$(mktemp -d)
server_pid=""

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

packaging/build-installer.sh --app-image-only
[ -x "$launcher" ] || fail "no launcher at $launcher"

echo "== Starting $launcher http-server --port 0"
"$launcher" http-server --port 0 >"$work/stdout" 2>"$work/stderr" &
server_pid=$!

# The first stderr line says where it listens: "listening on http://HOST:PORT".
url=""
for _ in $(seq 300); do
    url=$(sed -n 's|^listening on \(http://[^ ]*\)$|\1|p' "$work/stderr" | head -1)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || fail "the server exited: $(cat "$work/stderr")"
    sleep 0.1
done
[ -n "$url" ] || fail "the server did not say where it listens within 30 s: $(cat "$work/stderr")"
echo "== Server at $url; POST /data with the launcher's http-post"

body=$(timeout 30 "$launcher" http-post --url "$url/data" --number 5 --boolean true 2>"$work/client-stderr") \
    || fail "http-post failed (exit $?): $(cat "$work/client-stderr")"
[ "$body" = "$expected" ] || fail "answer was '$body', expected '$expected'"

# The server also prints each accepted Data on stdout.
for _ in $(seq 50); do
    grep -qxF "$expected" "$work/stdout" && break
    sleep 0.1
done
grep -qxF "$expected" "$work/stdout" || fail "the server did not print the Data: $(cat "$work/stdout")"

echo "smoke-test: OK: the packaged launcher served and sent a Data ($body)"
