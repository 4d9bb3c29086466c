#!/usr/bin/env bash
# Floods the event log at rising rates with the window open (headless Monocle unless DISPLAY
# is set and --window is given) and prints what the log and the window did.
# Usage: bench/log-flood.sh [SECONDS_PER_RATE] [RATE ...]   (default: 10 s; 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    for candidate in /usr/lib/jvm/*; do
        if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
            export JAVA_HOME="$candidate"
        fi
    done
fi
[ -n "${JAVA_HOME:-}" ] || { echo "error: needs a JDK 21 or newer (set JAVA_HOME)" >&2; exit 1; }

out=target/bench
mkdir -p "$out/classes"
mvn -B -q -DskipTests package
# The app's runtime class path plus Monocle (a test dependency) for a headless window.
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
cp="target/classes:$(cat "$out/classpath.txt")"
"$JAVA_HOME/bin/javac" -d "$out/classes" -cp "$cp" $(find bench/src -name '*.java')

exec "$JAVA_HOME/bin/java" -Xmx1g \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
    -cp "$out/classes:$cp" dev.netplayground.bench.LogFlood "$@"
