#!/usr/bin/env bash
# What Spectrum writes is true: a profile edited to say something false fails validate and compare
# (exit 2, with the JSON pointer); an organisation named like a formula reaches the CSV neutralised.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
spectrum=$build/bin/spectrum
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$src/tests/cli/lib/checks.sh"
python() { /usr/bin/python3 "$@"; }

"$spectrum" assess "$src/examples/northshire.json" -o "$tmp/p.json" >/dev/null
"$spectrum" validate "$tmp/p.json" >/dev/null || fail "a profile spectrum wrote does not validate"

# The level_name of a level-1 domain edited to "Integrated provision".
python - "$tmp/p.json" "$tmp/edited.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
index = next(i for i, d in enumerate(p["domains"]) if d.get("level") == 1)
p["domains"][index]["level_name"] = "Integrated provision"
json.dump(p, open(sys.argv[2], "w"), indent=2)
open(sys.argv[2] + ".pointer", "w").write(f"/domains/{index}/level_name")
PY
pointer=$(cat "$tmp/edited.json.pointer")
status=0
"$spectrum" validate "$tmp/edited.json" >"$tmp/out" 2>"$tmp/err" || status=$?
expect_eq "validate exit status for a false level_name" "2" "$status"
expect_contains "validate names the pointer" "$pointer: expected \"Consultation\", the name of level 1" "$(cat "$tmp/err")"

status=0
"$spectrum" compare "$tmp/p.json" "$tmp/edited.json" -o "$tmp/c.csv" >/dev/null 2>"$tmp/err" || status=$?
expect_eq "compare exit status with a false profile" "2" "$status"
expect_contains "compare names the pointer" "$pointer" "$(cat "$tmp/err")"
[ ! -e "$tmp/c.csv" ] || fail "compare wrote its output despite a false profile"

status=0
"$spectrum" validate "$src/tests/fixtures/files/profile_untrue.json" 2>"$tmp/err" >/dev/null || status=$?
expect_eq "validate exit status for the untrue fixture" "2" "$status"
for problem in "/domains/2/domain: domain \"leadership\" is listed twice" \
  "/domains/2/level: expected level 3, the floor of score 3.50, found 1" \
  "/provenance/plugins/0/sha256: expected a SHA-256 (64 hex digits), found \"not-a-sha\"" \
  "/overall/score: expected 2.50"; do
  expect_contains "the untrue fixture: $problem" "$problem" "$(cat "$tmp/err")"
done
"$spectrum" validate "$src/tests/fixtures/files/profile_v1.json" >/dev/null || fail "a spectrum.profile/1 no longer validates"

# An organisation named =1+1 reaches the CSV neutralised; numbers stay numbers.
python - "$src/examples/northshire.json" "$tmp/formula.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
a["respondents"][0]["organisation"] = "=1+1"
a["respondents"][1]["organisation"] = "@SUM(A1)"
json.dump(a, open(sys.argv[2], "w"), indent=2)
PY
"$spectrum" assess "$tmp/formula.json" -o "$tmp/r.csv" --detail >/dev/null
grep -q "^answer,.*,'=1+1," "$tmp/r.csv" || fail "=1+1 is not neutralised in the CSV"
grep -q "'@SUM(A1)" "$tmp/r.csv" || fail "@SUM(A1) is not neutralised in the CSV"
if grep -q ",=1+1," "$tmp/r.csv"; then fail "=1+1 reached the CSV as a formula"; fi

finish truth
