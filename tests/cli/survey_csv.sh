#!/usr/bin/env bash
# Survey-tool CSV as a coordinator meets it. `spectrum form --columns` writes the export's header and
# the values each column allows. examples/northshire.json's answers, exported as two survey tools
# would (comma, names, CRLF; semicolon, labels, a BOM, a tool's own column, quoted separators and
# line breaks), merge with --columns and score exactly as the example does. Bad exports (unknown
# columns, options that are not options, numbers out of range, broken quoting, text that is not
# UTF-8, short rows) exit 2, naming the row and the column, and write nothing.
#   $1 build dir, $2 source dir
set -uo pipefail
build=$(cd "$1" && pwd -P) src=$(cd "$2" && pwd -P)
spectrum=$build/bin/spectrum
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
source "$src/tests/cli/lib/checks.sh"
python=/usr/bin/python3
[ -x "$python" ] || python=python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
area=(--area Northshire --code E10000099 --period 2016/17)

# --- the columns to set a survey up with ---------------------------------------------------------------
"$spectrum" form --columns -o columns.csv 2>err || fail "form --columns"
header=$(head -1 columns.csv | tr -d '\r')
expect_contains "header starts with the respondent's columns" "respondent,organisation,sector,role,DG01" "$header"
for id in LD01 PS12 FA03 HP13 DG14; do expect_contains "header has $id" ",$id" "$header"; done
expect_eq "the header is one line" 1 "$(wc -l <columns.csv)"
expect_contains "values: an option by name and label" "LD01,choice,yes,joint,\"NHS and council leaders jointly, as equals\"" "$(cat columns.values.csv)"
expect_contains "values: don't know spelled" "LD01,choice,yes,dont_know,Don't know" "$(cat columns.values.csv)"
expect_contains "values: a number's range" "a number from 0 to 100 %" "$(cat columns.values.csv)"
"$spectrum" form --columns -o columns.txt 2>err && fail "form --columns -o columns.txt should fail"
expect_contains "--columns wants .csv" "expected an output ending in .csv" "$(cat err)"

# --- two exports of the same answers score as the example does -----------------------------------------
"$spectrum" assess "$src/examples/northshire.json" -o expected.json >/dev/null || fail "assess the example"
export_as() { "$python" "$src/tests/cli/lib/survey_export.py" "$src/examples/northshire.json" "$src/questionnaires" "$1" "$2"; }
export_as names.csv names
export_as labels.csv labels
grep -q $'\r$' names.csv || fail "the names export should have CRLF line ends"
head -c 3 labels.csv | grep -q $'\xEF\xBB\xBF' || fail "the labels export should start with a BOM"
grep -q '";' labels.csv || fail "the labels export should quote a field holding a semicolon"
"$spectrum" merge names.csv --columns "${area[@]}" -o from-names.json >out 2>err || { fail "merge names.csv"; cat err >&2; }
expect_contains "merge names the row" "from names.csv, row 2" "$(cat out)"
"$spectrum" merge labels.csv --columns --skip-column Timestamp "${area[@]}" -o from-labels.json >out 2>err ||
  { fail "merge labels.csv"; cat err >&2; }
same_scores() {
  "$python" - "$1" "$2" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
strip = lambda d: {k: v for k, v in d.items() if k not in ("target", "gap_to_target")}
same = [strip(d) for d in a["domains"]] == [strip(d) for d in b["domains"]] and a["perception_gaps"] == b["perception_gaps"]
sys.exit(0 if same else 1)
PY
}
for e in names labels; do
  "$spectrum" assess "from-$e.json" -o "profile-$e.json" >/dev/null || fail "assess from-$e.json"
  same_scores expected.json "profile-$e.json" || fail "the $e export scores differently from the example"
done
# --into takes the area and period from the assessment.
"$spectrum" merge "$src/examples/northshire.json" -o base.json >/dev/null 2>&1 && fail "merge of an assessment should fail"
printf 'respondent,organisation,sector,role,LD01,LD13\r\nnew-1,"Vale Housing, Ltd",housing,manager,joint,yes\r\n' >more.csv
"$spectrum" merge more.csv --columns --into "$src/examples/northshire.json" -o into.json >out 2>err ||
  { fail "merge --columns --into"; cat err >&2; }
expect_contains "--into adds the row" "added: new-1 (Vale Housing, Ltd)" "$(cat out)"

# --- bad exports: exit 2, row and column named, nothing written ----------------------------------------
expect_refused() {  # <what> <file> <message part> [options...]
  local what=$1 file=$2 message=$3
  shift 3
  "$spectrum" merge "$file" --columns "${area[@]}" "$@" -o refused.json >out 2>err
  expect_eq "$what: exit code" 2 $?
  expect_contains "$what" "$file: $message" "$(cat err)"
  [ -e refused.json ] && fail "$what: wrote refused.json"
}
expect_refused "a survey tool's own column" labels.csv 'row 1, column 1: unknown column "Timestamp"'
printf 'respondent,organisation,sector,role,LD1\nr1,Org,nhs,director,joint\n' >typo.csv
expect_refused "an unknown item column" typo.csv 'row 1, column 5: unknown column "LD1"'
printf 'respondent;organisation;sector;role;LD01\nr1;Org;nhs;director;joint\nr2;Org;nhs;director;Maybe\n' >option.csv
expect_refused "an option that is not one" option.csv 'row 3, column LD01: "Maybe" is not one of: "nhs_only"'
printf 'respondent,organisation,sector,role,FA01\nr1,Org,NHS,director,150\n' >range.csv
expect_refused "a number out of range" range.csv "row 2, column FA01: 150 is above the maximum 100 %"
printf 'respondent,organisation,sector,role,FA01\nr1,Org,Health,director,"lots"\n' >sector.csv
expect_refused "an unknown sector" sector.csv 'row 2, column sector: "Health" is not one of'
expect_refused "a word for a number" sector.csv 'row 2, column FA01: expected a number, found "lots"'
printf 'respondent,organisation,sector,role,LD01\nr1,"Org,nhs,director,joint\n' >quote.csv
expect_refused "a quote never closed" quote.csv "line 2: "
printf 'respondent,organisation,sector,role,LD01\nr1,Org,nhs,director\n' >short.csv
expect_refused "a short row" short.csv "row 2: has 4 fields, but the header has 5 columns"
printf 'respondent,organisation,sector,role,DG14\nr1,Caf\xe9 Org,nhs,director,x\n' >latin1.csv
expect_refused "text that is not UTF-8" latin1.csv "line 2: not UTF-8 text"
printf 'respondent,organisation,sector,role,LD01\nr1,,nhs,director,joint\n' >empty.csv
expect_refused "an empty organisation" empty.csv "row 2, column organisation: empty"
"$spectrum" merge names.csv --columns -o refused.json 2>err
expect_contains "no area and period" "give --into ASSESSMENT, or --area NAME and --period PERIOD" "$(cat err)"
"$spectrum" merge names.csv "${area[@]}" -o refused.json 2>err
expect_contains "a CSV without --columns" "only with --columns" "$(cat err)"
[ -e refused.json ] && fail "a refused merge wrote refused.json"

finish survey_csv
