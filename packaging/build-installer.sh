#!/usr/bin/env bash
# Builds Net Playground's Linux installers with the JDK's jlink and jpackage:
#   target/installer/net-playground/                  app-image (launcher: bin/net-playground)
#   target/installer/net-playground_<version>_amd64.deb
#
# Usage: packaging/build-installer.sh [--app-image-only]
#   --app-image-only   skip the .deb (it needs dpkg-deb and fakeroot; the smoke test uses this)
#
# Needs a JDK 21+ (scripts/jdk.sh finds one; jlink and jpackage come from it). On JDK 25+ it also
# trains an AOT cache on one start of the window (JEP 514/515), which needs an X display:
# $DISPLAY, or Xvfb to start one. Without either, or on JDK 21-24, the image has no cache and
# simply starts slower.
set -euo pipefail
cd "$(dirname "$0")/.."

app=net-playground
main=dev.netplayground/dev.netplayground.app.Main
vendor="Net Playground authors"
description="A desktop playground for network programming: TCP, UDP and HTTP you can click and watch."
# JDK modules the app and its libraries need (jlink adds what these require):
# `jdeps --print-module-deps` on the app and its jars gives java.base, java.desktop,
# java.logging and jdk.unsupported. OkHttp's TLS also needs the EC crypto
# provider and java.naming (certificate host name checks). java.management and
# jdk.management (process figures) come in through the app's own module-info.
jdk_modules=java.base,java.desktop,java.logging,java.naming,jdk.crypto.ec,jdk.unsupported

deb=true
case "${1:-}" in
    "") ;;
    --app-image-only) deb=false ;;
    *) echo "usage: $0 [--app-image-only]" >&2; exit 2 ;;
esac

die() { echo "build-installer: $*" >&2; exit 1; }
step() { echo "== $*"; }

# --- JDK -------------------------------------------------------------------------------------
. scripts/jdk.sh
[ -x "$JAVA_HOME/bin/jpackage" ] || die "$JAVA_HOME has no jpackage (a full JDK is needed, not a JRE)"

# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0.
version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)
[ -n "$version" ] || die "no project version found in pom.xml"

# --- The app jar and its libraries -----------------------------------------------------------
jar=target/$app.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
    step "Building $jar"
    ./mvnw -B -q -DskipTests package
fi

work=target/installer-work
out=target/installer
rm -rf "$work" "$out"
mkdir -p "$work/modules" "$work/automatic" "$out"

# Everything is linked into one runtime image: the app and all its libraries become modules of
# the image, next to the JDK's. Nothing stays on a module path, so the AOT cache below still
# matches after the image is moved (installed), and the JVM can use its archived module graph.
# The JavaFX -linux jars are the real modules (the plain ones are empty placeholders).
cp "$jar" "$work/modules/"
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/modules/" \;
cp target/lib/javafx-*-linux.jar "$work/modules/"

# jlink refuses automatic modules (okio; annotations, unused): give each a module-info generated
# by jdeps from what the jar really uses. jdeps warns of a split package because the jar is both
# input and on the module path; that is expected.
for lib in "$work"/modules/*.jar; do
    if "$JAVA_HOME/bin/jar" --describe-module --file "$lib" | grep -q 'automatic'; then
        mv "$lib" "$work/automatic/"
    fi
done
for lib in "$work"/automatic/*.jar; do
    info=$work/module-info/$(basename "$lib" .jar)
    "$JAVA_HOME/bin/jdeps" --multi-release "$jdk_major" --module-path "$work/modules:$work/automatic" \
        --generate-module-info "$info" "$lib" 2>&1 | { grep -v -e 'split package' -e '^writing to' || true; }
    source=$(find "$info" -name module-info.java)
    name=$(sed -n 's/^module \([^ ]*\) {$/\1/p' "$source")
    "$JAVA_HOME/bin/javac" --module-path "$work/modules" --patch-module "$name=$lib" -d "$info/classes" "$source"
    "$JAVA_HOME/bin/jar" --update --file "$lib" -C "$info/classes" module-info.class
done

# --- Runtime ---------------------------------------------------------------------------------
step "jlink: JDK ${jdk_major} + JavaFX + the app"
runtime=$work/runtime
# The JavaFX jars carry their native libraries as resources; they are copied into lib/ below
# instead, so leave them out of the modules image.
# Bouncy Castle's jars are signed, and jlink refuses signed modular jars unless told: the signature
# matters only to a JCE provider registered on a JDK that checks it, and the app registers none (it
# uses Bouncy Castle to build and read certificates; the JDK's own providers do the cryptography).
"$JAVA_HOME/bin/jlink" --module-path "$work/modules:$work/automatic" --ignore-signing-information \
    --add-modules "${main%%/*},$jdk_modules" \
    --exclude-resources '**.so' \
    --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
    --output "$runtime"
# In lib/ (on sun.boot.library.path) JavaFX loads them in place; otherwise it would extract
# them to ~/.openjfx/cache on first start.
fx_graphics=$(pwd)/$(ls "$work"/modules/javafx-graphics-*-linux.jar)
native_libs=$("$JAVA_HOME/bin/jar" tf "$fx_graphics" | grep '\.so$')
(cd "$runtime/lib" && "$JAVA_HOME/bin/jar" xf "$fx_graphics" $native_libs)

# --- App-image -------------------------------------------------------------------------------
# packaging/java-options, one per line (bench/window-under-load.sh runs the app with them too):
# - C1 only (-XX:TieredStopAtLevel=1): on 2 cores, tiered profiling and C2 compiling compete
#   with the window's first frame (0.91 s -> 0.65-0.73 s to the first window here); tcp echo
#   kept its throughput, http-server lost about 7 % (bench/README.md).
# - The serial collector on a heap that starts small (-Xms32m): the default initial heap is 1/64
#   of memory (384 MB on 24 GB), all of it committed and the young part touched over and over.
#   At most -Xmx144m, a quarter of it young (-XX:NewRatio=3): the serial collector grows its old
#   generation up to the maximum before it collects it, so the maximum is what traffic ends up
#   holding. What the window can hold is capped (50,000 events, previews of 1 KiB, tables of
#   5,000 rows): 57 MB live under the benchmark's traffic, 78 MB with 1 KiB datagrams.
# - The AOT cache mapped where it was built to be (-XX:ArchiveRelocationMode=0, a diagnostic option):
#   JDK 25 maps it at a random address by default and then rewrites every pointer in its 45 MB,
#   about 50 ms of each start here (-Xlog:startuptime "Genesis" 58 -> 5 ms, median of 6); the JVM
#   still relocates it when that address is taken. The cost: the cache's address is the same in
#   every start, as it was before JDK 20.
# - Access to three JavaFX internal packages, for the pulse timer that rests while nothing
#   changes (ui/fx/RestingPulses): JavaFX's own wakes the FX thread 60 times a second for ever.
# To undo one after installing, remove it from lib/app/net-playground.cfg and from
# /usr/bin/net-playground, which copies the options.
mapfile -t java_options < packaging/java-options
# JavaFX 21 uses sun.misc.Unsafe; JDK 23+ warns unless told, JDK 21/22 reject the flag.
[ "$jdk_major" -ge 23 ] && java_options+=(--sun-misc-unsafe-memory-access=allow)

step "jpackage: app-image"
jpackage_common=(--name "$app" --app-version "$version" --vendor "$vendor"
    --description "$description" --copyright "Copyright (c) 2026 $vendor"
    --icon packaging/icons/net-playground-256.png)
"$JAVA_HOME/bin/jpackage" --type app-image "${jpackage_common[@]}" --dest "$out" \
    --runtime-image "$runtime" --module "$main" \
    $(printf -- '--java-options %s ' "${java_options[@]}")
image=$out/$app
cp packaging/LICENSE "$image/lib/app/LICENSE"

# --- Start-up cache --------------------------------------------------------------------------
# JDK 25's AOT cache holds the app's classes loaded, linked and profiled from a training run:
# open the window, wait a few frames, quit (the app does that when asked by a property). The
# launcher then uses it through its .cfg; a cache that does not match is reported and ignored.
train_display() {
    if [ -n "${DISPLAY:-}" ]; then
        return 0
    fi
    command -v Xvfb >/dev/null || return 1
    local n=90
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    export DISPLAY=":$n"
}

if [ "$jdk_major" -lt 25 ]; then
    echo "note: JDK $jdk_major has no AOT cache (JDK 25+); the image starts without one"
elif ! train_display; then
    echo "note: no X display and no Xvfb; the image starts without an AOT cache"
else
    step "Training the AOT cache on one start of the window (DISPLAY=$DISPLAY)"
    cache=$(pwd)/$image/lib/app/$app.aot
    # A failed or stuck training run costs start-up time, not the build: warn and go on without a cache.
    # In a throwaway home: the cache learns the first screen a new user meets, not the session the
    # builder left (which may open on another tab), and the builder's session is not overwritten.
    mkdir -p "$work/training-home"
    if NET_PLAYGROUND_HOME=$(pwd)/$work/training-home \
            JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache -Dnetplayground.quitAfterFirstFrames=true" \
            timeout 60 "$image/bin/$app" > "$work/training.log" 2>&1 && [ -s "$cache" ]; then
        # [JavaOptions] is the .cfg's last section.
        echo "java-options=-XX:AOTCache=\$APPDIR/$app.aot" >> "$image/lib/app/$app.cfg"
    else
        tail -20 "$work/training.log" >&2
        echo "warning: the AOT training run failed or timed out; the image starts without a cache" >&2
        rm -f "$cache"
    fi
fi

# --- .deb ------------------------------------------------------------------------------------
if $deb; then
    step "jpackage: .deb"
    "$JAVA_HOME/bin/jpackage" --type deb "${jpackage_common[@]}" --dest "$work/deb" \
        --app-image "$image" --license-file packaging/LICENSE --linux-app-category net

    # The desktop entry, its icons and the command on PATH go in as files of the package, so
    # dpkg tracks and removes them. jpackage's --linux-shortcut installs them with
    # xdg-desktop-menu instead, which fails where no menu directory exists (servers, containers,
    # this build machine) and then leaves a package that can neither install nor be removed.
    step "Adding desktop entry, icons and /usr/bin/$app to the .deb"
    tree=$work/deb-tree
    dpkg-deb -R "$work"/deb/*.deb "$tree"
    install -D -m 644 packaging/net-playground.desktop "$tree/usr/share/applications/$app.desktop"
    for png in packaging/icons/net-playground-*.png; do
        size=$(basename "$png" .png | sed 's/.*-//')
        install -D -m 644 "$png" "$tree/usr/share/icons/hicolor/${size}x${size}/apps/$app.png"
    done
    # The command on PATH (and so the desktop entry) starts the runtime directly with the options
    # of the launcher's .cfg: the jpackage launcher first asks rpm and dpkg which package owns
    # it, about 0.1 s of every start (bench/README.md). It also sets packaging/environment, one
    # NAME=VALUE a line, unless the user's environment has the name (the jpackage launcher cannot):
    # GDK_GL=disable keeps GTK from loading OpenGL (Mesa, and LLVM with it: about 45 MB) to pick
    # visuals for GL widgets JavaFX never uses; JavaFX's own OpenGL pipeline loads it when it can use it.
    install -D -m 755 /dev/null "$tree/usr/bin/$app"
    {
        echo '#!/bin/sh'
        echo "# Generated by packaging/build-installer.sh with the options of /opt/$app/lib/app/$app.cfg at build time."
        sed 's/^\([A-Za-z_][A-Za-z0-9_]*\)=\(.*\)$/export \1="${\1-\2}"/' packaging/environment
        printf 'exec /opt/%s/lib/runtime/bin/java' "$app"
        sed -n 's/^java-options=//p' "$image/lib/app/$app.cfg" | sed "s|\$APPDIR|/opt/$app/lib/app|g" | tr '\n' ' ' | sed 's/^/ /; s/ $//'
        printf ' -Djpackage.app-path=/opt/%s/bin/%s -m %s "$@"\n' "$app" "$app" "$(sed -n 's/^app.mainmodule=//p' "$image/lib/app/$app.cfg")"
    } > "$tree/usr/bin/$app"
    sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk --exclude=DEBIAN "$tree" | cut -f1)/" \
        "$tree/DEBIAN/control"
    dpkg-deb --root-owner-group -Zxz --build "$tree" "$out/" >/dev/null
fi

step "Done"
du -sh "$image"
if $deb; then du -sh "$out"/*.deb; fi
