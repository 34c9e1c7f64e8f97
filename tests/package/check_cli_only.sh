#!/usr/bin/env bash
# The build a packager without Qt makes (-DSPECTRUM_BUILD_STUDIO=OFF -DSPECTRUM_BUILD_PDF=OFF; `make
# check-cli-only`, run by CI): Qt was never looked for, the CLI links no Qt library, it scores an
# example, and it refuses a .pdf output with exit 2 and a message saying PDF needs the full build,
# writing nothing.
#   $1 the CLI-only build dir, $2 the source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH SPECTRUM_PLUGIN_HOST
source "$src/tests/cli/lib/checks.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SPECTRUM_CACHE_DIR=$tmp/cache
spectrum=$build/bin/spectrum

! grep -q '^Qt6_DIR:' "$build/CMakeCache.txt" || fail "the no-Qt configure looked for Qt6 (Qt6_DIR is cached)"
grep -q '^SPECTRUM_BUILD_PDF:BOOL=OFF' "$build/CMakeCache.txt" || fail "the build was not configured without PDF"
qt=$(ldd "$spectrum" | grep -i 'libQt' || true)
expect_eq "Qt libraries linked into $spectrum" "" "$qt"

"$spectrum" assess "$src/examples/northshire.json" -o "$tmp/profile.json" -o "$tmp/report.html" -o "$tmp/report.md" \
  >"$tmp/assess.log" 2>&1 || { cat "$tmp/assess.log" >&2; fail "spectrum assess without Qt failed"; }
[ -s "$tmp/profile.json" ] && [ -s "$tmp/report.html" ] || fail "spectrum assess wrote no profile or HTML report"

status=0
"$spectrum" assess "$src/examples/northshire.json" -o "$tmp/again.json" -o "$tmp/report.pdf" 2>"$tmp/pdf.err" ||
  status=$?
expect_eq "exit status for a .pdf output without PDF" "2" "$status"
expect_contains "the message for a .pdf output" \
  "report.pdf: PDF reports need the full build of Spectrum, and this one was built with SPECTRUM_BUILD_PDF=OFF (no Qt)" \
  "$(cat "$tmp/pdf.err")"
[ ! -e "$tmp/report.pdf" ] && [ ! -e "$tmp/again.json" ] || fail "a refused run wrote an output"

finish check_cli_only
