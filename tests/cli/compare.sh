#!/usr/bin/env bash
# spectrum compare as a regulator meets it: the examples compared (assessments scored on the spot and
# profiles) into every output format; bad input and mixed instruments exit 2, name the file or the
# profiles and the instrument, and write nothing; --allow-mixed compares them, marked.
#   $1 build dir, $2 source dir
set -uo pipefail
build=$1 src=$2
spectrum=$build/bin/spectrum
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# expect_contains <what> <needle> <file>
expect_contains() { grep -qF -- "$2" "$3" || { fail "$1: expected '$2' in $3:"; cat "$3" >&2; }; }
# expect_nothing_written <what>: the output folder is still empty
expect_nothing_written() { [ -z "$(ls -A "$tmp/out")" ] || fail "$1: wrote $(ls "$tmp/out")"; }

mkdir -p "$tmp/profiles" "$tmp/out"
examples=("$src"/examples/*.json)
[ ${#examples[@]} -ge 2 ] || fail "expected at least two examples, found ${#examples[@]}"
for example in "${examples[@]}"; do
  "$spectrum" assess "$example" -o "$tmp/profiles/$(basename "$example")" || fail "assess $example"
done
first=$(ls "$tmp/profiles" | head -1)
highlight=$(sed -n 's/.*"code": "\([^"]*\)".*/\1/p' "$tmp/profiles/$first" | head -1)
[ -n "$highlight" ] || fail "no area code in $first"

# --- profiles and assessments, every format -----------------------------------------------------------
"$spectrum" compare "$tmp/profiles" --highlight "$highlight" --group-by -o "$tmp/out/c.html" -o "$tmp/out/c.csv" \
  -o "$tmp/out/c.xlsx" -o "$tmp/out/c.md" -o "$tmp/out/c.json" 2>"$tmp/err"
[ $? -eq 0 ] || { fail "compare of the examples' profiles should exit 0"; cat "$tmp/err" >&2; }
for f in c.html c.csv c.xlsx c.md c.json; do [ -s "$tmp/out/$f" ] || fail "$f not written"; done
expect_contains "HTML has a chart" "<svg" "$tmp/out/c.html"
grep -qi "<script" "$tmp/out/c.html" && fail "HTML must hold no script"
expect_contains "HTML names the highlighted area" "$highlight" "$tmp/out/c.html"
expect_contains "CSV header" "overall percentile" "$tmp/out/c.csv"
[ "$(wc -l <"$tmp/out/c.csv")" -eq $((${#examples[@]} + 1)) ] || fail "CSV: one row per profile plus the header"
expect_contains "JSON format" '"format": "spectrum.comparison/1"' "$tmp/out/c.json"
expect_contains "Markdown table" "| Rank |" "$tmp/out/c.md"
[ "$(head -c 2 "$tmp/out/c.xlsx")" = "PK" ] || fail "XLSX is not a zip archive"
rm -f "$tmp/out"/*

"$spectrum" compare "${examples[@]}" >"$tmp/table" 2>"$tmp/err" || fail "assessments compare (scored on the spot)"
expect_contains "terminal table" "Period " "$tmp/table"

# --- bad input: exit 2, the file named, nothing written ----------------------------------------------
echo '{"format": "spectrum.questionnaire/1", "id": "x"}' >"$tmp/not_a_profile.json"
"$spectrum" compare "$tmp/profiles" "$tmp/not_a_profile.json" -o "$tmp/out/c.html" -o "$tmp/out/c.csv" 2>"$tmp/err"
[ $? -eq 2 ] || fail "a file that is not a profile should exit 2"
expect_contains "names the file that is not a profile" "not_a_profile.json: /format: expected a profile" "$tmp/err"
expect_nothing_written "not a profile"

head -c 200 "$tmp/profiles/$first" >"$tmp/broken.json"
"$spectrum" compare "$tmp/profiles" "$tmp/broken.json" -o "$tmp/out/c.html" 2>"$tmp/err"
[ $? -eq 2 ] || fail "a broken file should exit 2"
expect_contains "names the broken file" "broken.json" "$tmp/err"
expect_nothing_written "broken file"

"$spectrum" compare "$tmp/profiles" -o "$tmp/out/c.pdf" 2>"$tmp/err"
[ $? -eq 2 ] || fail "an unknown output format should exit 2"
expect_nothing_written "unknown format"

"$spectrum" compare "$tmp/profiles" --highlight "No Such Area" -o "$tmp/out/c.html" 2>"$tmp/err"
[ $? -eq 2 ] || fail "a highlight matching no area should exit 2"
expect_contains "names the highlight" "No Such Area" "$tmp/err"
expect_nothing_written "unknown highlight"

# --- mixed instruments: a copy whose first questionnaire has another major version -------------------
awk '/"questionnaires": \[/ { q = 1 } q && !done && /"version": "1\./ { sub(/"version": "1\./, "\"version\": \"2."); done = 1 } { print }' \
  "$tmp/profiles/$first" >"$tmp/mixed_copy.json"
grep -q '"version": "2\.' "$tmp/mixed_copy.json" || fail "could not make the mixed copy"
"$spectrum" compare "$tmp/profiles" "$tmp/mixed_copy.json" -o "$tmp/out/c.html" 2>"$tmp/err"
[ $? -eq 2 ] || fail "mixed instruments should exit 2 without --allow-mixed"
expect_contains "names the mixed copy" "mixed_copy.json" "$tmp/err"
expect_contains "names a reference profile" "$tmp/profiles/" "$tmp/err"
expect_contains "names the instrument" "questionnaire " "$tmp/err"
expect_nothing_written "mixed instruments"

"$spectrum" compare "$tmp/profiles" "$tmp/mixed_copy.json" --allow-mixed -o "$tmp/out/c.csv" -o "$tmp/out/c.html" 2>"$tmp/err"
[ $? -eq 0 ] || { fail "--allow-mixed should compare them"; cat "$tmp/err" >&2; }
[ "$(grep -c ',yes,questionnaire ' "$tmp/out/c.csv")" -eq 1 ] || fail "CSV marks exactly the mixed copy"
expect_contains "HTML says some are mixed" "marked *" "$tmp/out/c.html"

[ $failures -eq 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
echo "compare: all checks passed"
