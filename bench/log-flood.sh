#!/usr/bin/env bash
# Floods the event log at rising rates with the window open (headless Monocle unless DISPLAY
# is set and --window is given) and prints what the log and the window did.
# Usage: bench/log-flood.sh [SECONDS_PER_RATE] [RATE ...]   (default: 10 s; 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/jdk.sh

out=target/bench
mkdir -p "$out/classes"
./mvnw -B -q -DskipTests package
# The app's runtime class path plus Monocle (a test dependency) for a headless window.
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
cp="target/classes:$(cat "$out/classpath.txt")"
"$JAVA_HOME/bin/javac" -d "$out/classes" -cp "$cp" $(find bench/src -name '*.java')

exec "$JAVA_HOME/bin/java" -Xmx1g \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
    -cp "$out/classes:$cp" dev.netplayground.bench.LogFlood "$@"
