# Sourced by every script that needs Java (.ci/run, bench/*.sh, packaging/*.sh): picks a JDK 21
# or newer and exports JAVA_HOME and PATH, or stops the script with a sentence saying what to do.
# JAVA_HOME wins when it is a JDK >= 21; otherwise the newest JDK >= 21 under /usr/lib/jvm (Linux)
# or /Library/Java/JavaVirtualMachines (macOS). Sets jdk_major (e.g. 25) and java (its launcher).

jdk_major_of() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

jdk_pick() {
    local candidate version best="" best_version=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        version=$(jdk_major_of "$JAVA_HOME")
        if [ "${version:-0}" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
    fi
    for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -x "$candidate/bin/javac" ] || continue
        version=$(jdk_major_of "$candidate")
        if [ "${version:-0}" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
            best=$candidate
            best_version=$version
        fi
    done
    [ -n "$best" ] && echo "$best"
}

if ! JAVA_HOME=$(jdk_pick); then
    echo "error: Net Playground needs a JDK 21 or newer, and none was found in JAVA_HOME" \
        "(${JAVA_HOME:-unset}), /usr/lib/jvm or /Library/Java/JavaVirtualMachines." >&2
    echo "Install one (e.g. Temurin 21 or 25) and point JAVA_HOME at it." >&2
    exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
jdk_major=$(jdk_major_of "$JAVA_HOME")
java="$JAVA_HOME/bin/java"
