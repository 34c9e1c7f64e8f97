#!/usr/bin/env bash
# Regenerates the report pictures in docs/images from examples/northshire.json:
#   docs/images/report-page1.png  the PDF report's first page (pdftoppm, 80 dpi)
#   docs/images/report-html.png   the HTML report as a browser shows it (headless chromium)
# Usage: scripts/screenshot-report.sh [BUILD_DIR]     (default: build; needs bin/spectrum built)
# Needs poppler-utils and chromium (apt-get install poppler-utils chromium).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" 2>/dev/null && pwd) || { echo "screenshot-report.sh: no build folder ${1:-$root/build}" >&2; exit 2; }
spectrum=$build/bin/spectrum
[ -x "$spectrum" ] || { echo "screenshot-report.sh: $spectrum is missing: build it first (make build)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "screenshot-report.sh: pdftoppm is missing (apt-get install poppler-utils)" >&2; exit 2; }
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "screenshot-report.sh: chromium is missing (apt-get install chromium)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
images=$root/docs/images
mkdir -p "$images"

"$spectrum" assess "$root/examples/northshire.json" -o "$work/report.pdf" -o "$work/report.html"

pdftoppm -r 80 -f 1 -l 1 -png -singlefile "$work/report.pdf" "$images/report-page1"

# A throwaway profile, and no network: the report fetches nothing and neither should the browser.
"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/chromium" \
  --screenshot="$images/report-html.png" --window-size=1200,2400 "file://$work/report.html" >/dev/null 2>&1

for image in "$images/report-page1.png" "$images/report-html.png"; do
  [ -s "$image" ] || { echo "screenshot-report.sh: $image was not written" >&2; exit 1; }
  echo "wrote $image ($(stat -c %s "$image") bytes)"
done
