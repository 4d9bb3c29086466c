# Sourced by the bench scripts: JAVA_HOME becomes the first JDK 21 or newer among JAVA_HOME and
# /usr/lib/jvm/*, and java its launcher.
for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
        JAVA_HOME=$candidate
        break
    fi
done
export JAVA_HOME
java="$JAVA_HOME/bin/java"
