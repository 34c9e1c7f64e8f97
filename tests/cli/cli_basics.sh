#!/usr/bin/env bash
# The spectrum command as a user meets it: exit codes, nothing written on bad input, the formats of
# what it writes. Arguments: $1 build dir, $2 source dir.
set -uo pipefail
build=$1 src=$2
spectrum=$build/bin/spectrum
example=$src/examples/northshire.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$spectrum" --version > "$tmp/version" || fail "--version exits 0"
grep -q '^spectrum [0-9]' "$tmp/version" || fail "--version"
"$spectrum" --help > "$tmp/help" || fail "--help exits 0"
grep -q assess "$tmp/help" || fail "--help lists assess"

# usage errors exit 2
"$spectrum" assess >/dev/null 2>&1; [ $? -eq 2 ] || fail "assess without a file should exit 2"
"$spectrum" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown subcommand should exit 2"
"$spectrum" assess "$example" -o "$tmp/x.docx" 2>"$tmp/err"; [ $? -eq 2 ] || fail "an unknown output format should exit 2"
grep -q 'x.docx' "$tmp/err" || fail "the unknown format's file is named"
[ ! -e "$tmp/x.docx" ] || fail "nothing written for an unknown format"
"$spectrum" assess "$example" --combine average -o "$tmp/p.json" 2>"$tmp/err"; [ $? -eq 2 ] || fail "an unknown policy should exit 2"
grep -q 'capped-mean' "$tmp/err" || fail "the known policies are named"

# a broken assessment: an unknown sector
sed '0,/"sector": "nhs"/s//"sector": "NHS"/' "$example" > "$tmp/broken.json"
"$spectrum" validate "$tmp/broken.json" 2>"$tmp/err"; [ $? -eq 2 ] || fail "validate broken.json should exit 2"
grep -q 'broken.json: /respondents/[0-9]*/sector: "NHS" is not one of nhs, local_government, housing, voluntary, other' "$tmp/err" \
  || { cat "$tmp/err"; fail "validate names the file, pointer, expected and found"; }
"$spectrum" assess "$tmp/broken.json" -o "$tmp/x.json" 2>/dev/null; [ $? -eq 2 ] || fail "assess broken.json should exit 2"
[ ! -e "$tmp/x.json" ] || fail "x.json must not exist after bad input"
printf '{ "format": "spectrum.assessment/1", ' > "$tmp/truncated.json"
"$spectrum" validate "$tmp/truncated.json" 2>"$tmp/err"; [ $? -eq 2 ] || fail "truncated JSON should exit 2"
grep -q 'truncated.json' "$tmp/err" || fail "a syntax error names the file"

# the happy path
"$spectrum" validate "$example" >/dev/null || fail "the example validates"
"$spectrum" assess "$example" -o "$tmp/p.json" || fail "assess the example"
grep -q '"format": "spectrum.profile/2"' "$tmp/p.json" || fail "the profile has its format"
"$spectrum" assess "$example" -o - > "$tmp/stdout.json" || fail "assess -o -"
grep -q '"format": "spectrum.profile/2"' "$tmp/stdout.json" || fail "-o - writes the profile to stdout"
"$spectrum" validate "$tmp/p.json" >/dev/null || fail "the written profile validates"
"$spectrum" assess "$example" > "$tmp/summary.txt" || fail "terminal summary"
for d in leadership partner_sensitivity financial_alignment housing_partnership digital; do
  grep -q "$d" "$tmp/summary.txt" || fail "summary shows $d"
done
grep -q 'Overall:' "$tmp/summary.txt" || fail "summary shows the overall position"
ls -A "$tmp" | grep -q '\.tmp' && fail "no temporary file is left behind"

"$spectrum" template -o "$tmp/blank.json" 2>/dev/null || fail "template"
grep -q '"format": "spectrum.assessment/1"' "$tmp/blank.json" || fail "the template is an assessment"
"$spectrum" validate "$tmp/blank.json" >/dev/null || fail "the blank template validates"

# a folder of assessments into a folder of profiles
mkdir "$tmp/in" "$tmp/out"
cp "$src"/examples/*.json "$tmp/in/"
"$spectrum" assess "$tmp/in" -o "$tmp/out" || fail "assess a folder"
[ "$(ls "$tmp/out" | wc -l)" -eq "$(ls "$tmp/in" | wc -l)" ] || fail "one profile per assessment"
echo "cli basics: ok"
