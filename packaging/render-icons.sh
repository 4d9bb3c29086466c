#!/usr/bin/env bash
# Renders assets/icon.svg into every icon the installers use, into packaging/icons/:
#   net-playground-<N>.png (16..512; Linux uses the 256 one), net-playground.ico (Windows),
#   net-playground.icns (macOS). The outputs are committed, so building an installer needs none
#   of these tools; run this again after changing the SVG.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."

svg=assets/icon.svg
out=packaging/icons
mkdir -p "$out"

for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$out/net-playground-$size.png"
done

# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert "$out"/net-playground-{16,24,32,48,64,128,256}.png "$out/net-playground.ico"

# macOS: png2icns takes the sizes the .icns format knows (16, 32, 48, 128, 256, 512).
png2icns "$out/net-playground.icns" "$out"/net-playground-{16,32,48,128,256,512}.png >/dev/null

ls -l "$out"
