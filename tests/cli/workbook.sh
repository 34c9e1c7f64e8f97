#!/usr/bin/env bash
# The respondent workbook as partners meet it. `spectrum form -o X.xlsx` writes a protected workbook
# whose answer cells carry drop-downs; openpyxl (python3-openpyxl) plays three respondents who fill it
# in knowing only the drop-down lists, and saves it as openpyxl does (inline strings); the same
# workbooks are also written as Excel does (shared strings, rich text, booleans). Both merge and
# assess to the same profile as the same answers written by hand as JSON. Broken workbooks exit 2,
# naming sheet and cell, and write nothing.
#   $1 build dir, $2 source dir
set -uo pipefail
build=$(cd "$1" && pwd -P) src=$(cd "$2" && pwd -P)
spectrum=$build/bin/spectrum
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
source "$src/tests/cli/lib/checks.sh"
python=/usr/bin/python3
[ -x "$python" ] || python=python3
if ! "$python" -c 'import openpyxl' 2>/dev/null; then
  echo "FAIL: python3-openpyxl is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
respondent() { "$python" "$src/tests/cli/lib/workbook_respondent.py" "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
questionnaires=${SPECTRUM_BUILD_QUESTIONNAIRE_DIR:-$build/share/spectrum/questionnaires}

# --- the workbook as written ----------------------------------------------------------------------------
"$spectrum" form -o p.xlsx --area Northshire --code E10000099 --period 2016/17 2>err || fail "form -o p.xlsx"
respondent check-structure p.xlsx "$questionnaires" || fail "the workbook's protection, stamps or answer cells"
"$spectrum" form -o p.docx --area Northshire --period 2016/17 2>err && fail "form -o p.docx should fail"
expect_contains "an unknown form format" ".html or .xlsx" "$(cat err)"
[ -e p.docx ] && fail "form -o p.docx wrote a file"

# --- three respondents, two ways of saving, one hand-written assessment --------------------------------
sectors=(0 1 3)
for i in 1 2 3; do
  respondent fill p.xlsx "r$i.xlsx" "${sectors[$((i - 1))]}" "r$i" "Organisation $i" manager "c$i.json" ||
    fail "respondent $i fills the workbook"
  respondent excel-like "r$i.xlsx" "x$i.xlsx" || fail "respondent $i's workbook as Excel saves it"
done
respondent assessment "$src/questionnaires" hand.json Northshire E10000099 2016/17 c1.json c2.json c3.json
"$spectrum" merge r1.xlsx r2.xlsx r3.xlsx -o inline.json >out 2>err || { fail "merge openpyxl's workbooks"; cat err >&2; }
expect_contains "merge reports each respondent" "added: r2 (Organisation 2) from r2.xlsx" "$(cat out)"
"$spectrum" merge x1.xlsx x2.xlsx x3.xlsx -o shared.json >out 2>err || { fail "merge Excel-like workbooks"; cat err >&2; }
for a in inline shared hand; do
  "$spectrum" assess "$a.json" -o "profile-$a.json" >/dev/null 2>err || { fail "assess $a.json"; cat err >&2; }
done
same_profile() {
  "$python" - "$1" "$2" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
keep = lambda p: (p["domains"], p.get("overall"), p.get("perception_gaps"))
sys.exit(0 if keep(a) == keep(b) else 1)
PY
}
same_profile profile-inline.json profile-hand.json || fail "openpyxl's workbooks score differently from the JSON"
same_profile profile-shared.json profile-hand.json || fail "Excel-like workbooks score differently from the JSON"
"$python" - inline.json hand.json <<'PY' || fail "the merged answers differ from the hand-written ones"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
sys.exit(0 if a["respondents"] == b["respondents"] else 1)
PY

# --- broken workbooks: exit 2, the sheet and cell named, nothing written -------------------------------
expect_refused() {  # <kind> <message part>
  local where
  where=$(respondent break "$1" r1.xlsx "broken-$1.xlsx") || { fail "break $1"; return; }
  "$spectrum" merge "broken-$1.xlsx" r2.xlsx -o broken.json >out 2>err
  expect_eq "$1: exit code" 2 $?
  expect_contains "$1: names the place" "broken-$1.xlsx: $where" "$(cat err)"
  expect_contains "$1: says what is wrong" "$2" "$(cat err)"
  [ -e broken.json ] && fail "$1: merge wrote broken.json"
}
expect_refused label '"Maybe" is not one of: '
expect_refused number "150 is above the maximum 100 %"
expect_refused tick '"maybe" is not a tick'
expect_refused sheet "this sheet is missing"
expect_refused version "made from questionnaire leadership 1.1.0"
echo "not a workbook" >junk.xlsx
"$spectrum" merge junk.xlsx -o broken.json 2>err
expect_eq "a file that is no zip: exit code" 2 $?
expect_contains "a file that is no zip" "junk.xlsx: not an XLSX workbook" "$(cat err)"
"$spectrum" merge p.xlsx -o broken.json 2>err
expect_eq "an unfilled workbook: exit code" 2 $?
expect_contains "an unfilled workbook names the empty cover cell" "p.xlsx: Cover!C6: empty" "$(cat err)"
[ -e broken.json ] && fail "a refused merge wrote broken.json"

# --- a workbook made without an area: the respondent gives it, or merge does ------------------------------
"$spectrum" form -o any.xlsx --domain leadership 2>err || fail "form -o any.xlsx without an area: $(cat err)"
respondent fill any.xlsx any-filled.xlsx 0 r9 "Organisation 9" manager c9.json || fail "fill the area-less workbook"
"$spectrum" merge any-filled.xlsx -o broken.json 2>err
expect_eq "no area anywhere: exit code" 2 $?
expect_contains "no area anywhere names the cover cell" "any-filled.xlsx: Cover!C9: empty: the workbook does not say which area" "$(cat err)"
[ -e broken.json ] && fail "a workbook without an area wrote broken.json"
"$spectrum" merge any-filled.xlsx --area Northshire --code E10000099 --period 2016/17 -o any.json >/dev/null 2>err ||
  fail "merge gives the area and period: $(cat err)"
"$spectrum" assess any.json >/dev/null || fail "the area-less workbook assesses"

finish workbook
