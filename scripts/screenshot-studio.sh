#!/usr/bin/env bash
# Opens each example in spectrum-studio and writes docs/images/studio-<example>.png.
# Usage: scripts/screenshot-studio.sh [BUILD_DIR]   (default: build)
# Runs headless (Qt's offscreen platform) unless QT_QPA_PLATFORM says otherwise; set
# QT_SCALE_FACTOR=2 to see the app at 200 %.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
studio="$build/bin/spectrum-studio"
[[ -x "$studio" ]] || { echo "screenshot-studio: no $studio (build the spectrum-studio target first)" >&2; exit 2; }
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
mkdir -p "$root/docs/images"
shopt -s nullglob
examples=("$root"/examples/*.json)
(( ${#examples[@]} )) || { echo "screenshot-studio: no examples in $root/examples" >&2; exit 2; }
for example in "${examples[@]}"; do
  name="$(basename "$example" .json)"
  out="$root/docs/images/studio-$name.png"
  timeout 60 "$studio" --screenshot "$out" "$example"
  echo "wrote docs/images/studio-$name.png ($(( $(stat -c %s "$out") / 1024 )) KB)"
done
