#!/usr/bin/env bash
# spectrum form and spectrum merge as a coordinator meets them: a self-contained form, responses that
# merge and assess, and every refusal (another area or period, another questionnaire edition, the same
# respondent twice, an output that is a response) with exit 2, both files named, nothing written.
#   $1 build dir, $2 source dir
set -uo pipefail
build=$1 src=$2
source "$src/tests/cli/lib/checks.sh"
spectrum=$build/bin/spectrum
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
python3() { if [ -x /usr/bin/python3 ]; then /usr/bin/python3 "$@"; else command python3 "$@"; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
example=$src/examples/northshire.json
python3 "$src/tests/cli/lib/responses.py" "$example" "$src/questionnaires" "$tmp/r"
mapfile -t responses < <(ls "$tmp"/r/*.response.json)
[ "${#responses[@]}" -ge 4 ] || fail "the example gives at least four responses"
r1=${responses[0]} r2=${responses[1]} r3=${responses[2]}

# The form: one file, nothing external.
"$spectrum" form -o "$tmp/f.html" --from "$example" 2>"$tmp/err" || fail "form --from the example: $(cat "$tmp/err")"
expect_contains "form names the response files" "E10000099-REF.response.json" "$(cat "$tmp/err")"
grep -Eiq '<(script|link|img|iframe)[^>]+(src|href)=' "$tmp/f.html" && fail "the form loads no file"
grep -Eiq 'https?://|@import|url\(["'"'"']?//' "$tmp/f.html" && fail "the form refers to nothing on the network"
expect_contains "the form carries each questionnaire's SHA-256" \
  "$(sha256sum "$src/questionnaires/leadership.json" | cut -c1-64)" "$(cat "$tmp/f.html")"
"$spectrum" form -o "$tmp/f.docx" --area X --period 1 2>"$tmp/err"; expect_eq "form to .docx exits" 2 $?
[ ! -e "$tmp/f.docx" ] || fail "nothing written for an unknown form format"
"$spectrum" form -o "$tmp/g.html" --area X --period 1 --domain leadershp 2>"$tmp/err"; expect_eq "an unknown domain exits" 2 $?
expect_contains "an unknown domain lists the installed ones" "leadership" "$(cat "$tmp/err")"
[ ! -e "$tmp/g.html" ] || fail "nothing written for an unknown domain"
"$spectrum" form -o "$tmp/g.html" --area Northshire 2>"$tmp/err"; expect_eq "an area without its period exits" 2 $?
expect_contains "the missing period is named" "--period" "$(cat "$tmp/err")"
[ ! -e "$tmp/g.html" ] || fail "nothing written for an area without its period"
"$spectrum" form -o "$tmp/any.html" 2>"$tmp/err" || fail "a form with neither area nor period: $(cat "$tmp/err")"
expect_contains "a form with neither asks the respondent" "Say below which area and period" "$(cat "$tmp/any.html")"

# Three responses merge into an assessment that scores.
"$spectrum" merge "$r1" "$r2" "$r3" -o "$tmp/a.json" >"$tmp/out" 2>&1 || fail "merge three responses: $(cat "$tmp/out")"
expect_eq "three added" 3 "$(grep -c '^added: ' "$tmp/out")"
"$spectrum" assess "$tmp/a.json" -o "$tmp/p.json" >/dev/null || fail "the merged assessment assesses"
"$spectrum" validate "$r1" >/dev/null || fail "a response validates"

# Another area: exit 2, both files named, nothing written.
sed 's/"name": "Northshire"/"name": "Eastmoor"/' "$r2" > "$tmp/eastmoor.response.json"
"$spectrum" merge "$r1" "$tmp/eastmoor.response.json" -o "$tmp/b.json" >"$tmp/out" 2>&1; expect_eq "another area exits" 2 $?
expect_contains "the refusal names the response" "eastmoor.response.json: /area: made for Eastmoor" "$(cat "$tmp/out")"
expect_contains "and the file it differs from" "$r1 is for Northshire" "$(cat "$tmp/out")"
[ ! -e "$tmp/b.json" ] || fail "nothing written when a response is for another area"
sed 's#"period": "2016/17"#"period": "2017/18"#' "$r2" > "$tmp/later.response.json"
"$spectrum" merge "$tmp/later.response.json" --into "$tmp/a.json" -o "$tmp/b.json" >"$tmp/out" 2>&1
expect_eq "another period exits" 2 $?
expect_contains "another period names the assessment" "the assessment $tmp/a.json is for Northshire (E10000099) 2016/17" "$(cat "$tmp/out")"
[ ! -e "$tmp/b.json" ] || fail "nothing written when a response is for another period"

# Another questionnaire edition: version, or the same version with other bytes.
sed '0,/"version": "1.0.0"/s//"version": "1.1.0"/' "$r2" > "$tmp/v.response.json"
"$spectrum" merge "$r1" "$tmp/v.response.json" -o "$tmp/b.json" >"$tmp/out" 2>&1; expect_eq "another version exits" 2 $?
expect_contains "another version names the installed questionnaire" "1.1.0, but the installed" "$(cat "$tmp/out")"
expect_contains "and its file" "/share/spectrum/questionnaires/" "$(cat "$tmp/out")"
sha=$(sha256sum "$src/questionnaires/digital.json" | cut -c1-64)
sed "s/$sha/$(printf '%064d' 0)/" "$r2" > "$tmp/sha.response.json"
"$spectrum" merge "$tmp/sha.response.json" -o "$tmp/b.json" >"$tmp/out" 2>&1; expect_eq "another SHA-256 exits" 2 $?
expect_contains "another SHA-256 is explained" "changed without a new version" "$(cat "$tmp/out")"
[ ! -e "$tmp/b.json" ] || fail "nothing written for another questionnaire edition"

# The same respondent twice: refused, or replaced with --replace (and the report says so).
cp "$tmp/a.json" "$tmp/a.before"
"$spectrum" merge "$r1" --into "$tmp/a.json" -o "$tmp/a.json" >"$tmp/out" 2>&1; expect_eq "a repeated respondent exits" 2 $?
expect_contains "the repeat names both files" "$r1: /respondent/id: respondent" "$(cat "$tmp/out")"
expect_contains "and the assessment it is in" "is already in $tmp/a.json" "$(cat "$tmp/out")"
cmp -s "$tmp/a.json" "$tmp/a.before" || fail "a refused merge leaves the assessment as it was"
"$spectrum" merge "$r1" "${responses[3]}" --into "$tmp/a.json" -o "$tmp/a.json" --replace >"$tmp/out" 2>&1 \
  || fail "--replace takes the later answers: $(cat "$tmp/out")"
expect_contains "the replacement is reported" "replaced: " "$(cat "$tmp/out")"
expect_contains "the addition is reported" "added: " "$(cat "$tmp/out")"
expect_contains "the total is reported" "4 respondents (1 added, 1 replaced)" "$(cat "$tmp/out")"

# An output that is one of the responses: refused, the response untouched.
cp "$r1" "$tmp/r1.copy"
"$spectrum" merge "$r1" "$r2" -o "$r1" >"$tmp/out" 2>&1; expect_eq "an output that is a response exits" 2 $?
cmp -s "$r1" "$tmp/r1.copy" || fail "the response is not overwritten"
# A broken response: its file and pointer, nothing written.
sed '0,/"sector": "[a-z_]*"/s//"sector": "NHS"/' "$r2" > "$tmp/broken.response.json"
"$spectrum" merge "$r1" "$tmp/broken.response.json" -o "$tmp/b.json" >"$tmp/out" 2>&1; expect_eq "a broken response exits" 2 $?
expect_contains "the broken response's pointer" "broken.response.json: /respondent/sector: \"NHS\" is not one of" "$(cat "$tmp/out")"
[ ! -e "$tmp/b.json" ] || fail "nothing written for a broken response"
finish merge
