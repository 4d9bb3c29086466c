#!/usr/bin/env bash
# Rebuilds the serde and warp verdict fixtures the Java tests replay. Needs cargo and the
# crates Debian ships (see README.md); the build is offline. CI does not run this.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here" # cargo reads .cargo/config.toml (the offline Debian registry) from the working directory
fixtures="$here/../../src/test/resources/dev/netplayground/engine/http"
cargo=$(command -v cargo || echo "$HOME/.cargo/bin/cargo")
"$cargo" build --quiet --release --locked
mkdir -p "$fixtures"
"$here/target/release/serde-oracle" data > "$fixtures/serde-data-verdicts.tsv"
"$here/target/release/serde-oracle" content-type > "$fixtures/warp-content-type-verdicts.tsv"
wc -l "$fixtures/serde-data-verdicts.tsv" "$fixtures/warp-content-type-verdicts.tsv"
