#!/usr/bin/env bash
# Numbers do not change with the locale: run by ctest as de_DE.cli.locale under LC_ALL=de_DE.UTF-8 (and
# as cli.locale under the default locale). The PDF renderer creates a QGuiApplication, which sets the C
# locale from the environment; the CSV, Markdown, HTML, profile and terminal written in the same run
# must still use decimal points.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
spectrum=$build/bin/spectrum
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$src/tests/cli/lib/checks.sh"

if [ -n "${LC_ALL:-}" ] && ! locale -a 2>/dev/null | grep -qix "$(echo "$LC_ALL" | sed 's/UTF-8/utf-\\?8/I')"; then
  fail "the locale $LC_ALL is not installed (scripts/install-deps.sh generates de_DE.UTF-8)"
fi

"$spectrum" assess "$src/examples/northshire.json" -o "$tmp/r.pdf" -o "$tmp/r.csv" -o "$tmp/r.md" -o "$tmp/r.html" \
  -o "$tmp/p.json" >/dev/null
"$spectrum" assess "$src/examples/northshire.json" >"$tmp/terminal.txt"
# A decimal comma in a CSV cell is quoted ("2,50"); elsewhere it reads 2,50.
if grep -Eq '"[0-9]+,[0-9]+"' "$tmp/r.csv"; then fail "the CSV has a decimal comma: $(grep -Eo '"[0-9]+,[0-9]+"' "$tmp/r.csv" | head -1)"; fi
grep -Eq '(^|,)[0-9]\.[0-9]{2}(,|$)' "$tmp/r.csv" || fail "the CSV has no score with a decimal point"
# The HTML's text without its inline SVG (whose points are "x,y" pairs).
perl -0pe 's/<svg.*?<\/svg>//gs' "$tmp/r.html" >"$tmp/r.html.txt"
grep -Eq '[0-9]\.[0-9]{2}' "$tmp/r.html.txt" || fail "the HTML has no score with a decimal point"
for file in r.md r.html.txt p.json terminal.txt; do
  if grep -Eq '[0-9],[0-9]{1,2}([^0-9]|$)' "$tmp/$file"; then
    fail "$file has a decimal comma: $(grep -Eo '.{20}[0-9],[0-9]{1,2}([^0-9]|$)' "$tmp/$file" | head -1)"
  fi
done
pdftotext "$tmp/r.pdf" "$tmp/r.txt" 2>/dev/null || fail "pdftotext could not read the PDF"
if grep -Eq '[0-9],[0-9]{2}([^0-9]|$)' "$tmp/r.txt"; then fail "the PDF has a decimal comma"; fi

finish locale
