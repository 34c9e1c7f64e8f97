#!/usr/bin/env bash
# Consensus from the command line, as a board and a regulator meet it: the workshop example assesses to
# a profile whose domains show individual and agreed scores side by side, with rounds, and an HTML and
# Markdown report with a Workshop section; --basis chooses the overall basis; `spectrum moderate`
# records a moderated level that `spectrum compare` shows beside the self-assessed one; bad records and
# bad moderations exit 2, name the file, the pointer, the expected and the found, and write nothing.
#   $1 build dir, $2 source dir
set -uo pipefail
build=$1 src=$2
spectrum=$build/bin/spectrum
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$src/tests/cli/lib/checks.sh"
# field <json file> <member or index>...: one value by its path (Debian's python3, as schemas.sh uses)
field() {
  /usr/bin/python3 -c 'import json, sys
v = json.load(open(sys.argv[1]))
for k in sys.argv[2:]:
    v = v[int(k)] if isinstance(v, list) else v[k]
print(json.dumps(v) if isinstance(v, (dict, list)) else v)' "$@" 2>/dev/null
}
example=$src/examples/westmarsh.json
mkdir -p "$tmp/out"

# --- the workshop example ----------------------------------------------------------------------------
"$spectrum" assess "$example" -o "$tmp/p.json" -o "$tmp/r.html" -o "$tmp/r.md" 2>"$tmp/err" ||
  fail "assess the workshop example: $(cat "$tmp/err")"
expect_eq "overall basis" "agreed-where-agreed" "$(field "$tmp/p.json" overall basis)"
leadership=$(field "$tmp/p.json" domains 3 domain)
expect_eq "domain 3" "leadership" "$leadership"
expect_eq "individual level beside the agreed one" "2" "$(field "$tmp/p.json" domains 3 level)"
expect_eq "agreed level" "1" "$(field "$tmp/p.json" domains 3 agreed level)"
expect_eq "difference" "-1.07" "$(field "$tmp/p.json" domains 3 agreed difference)"
expect_eq "rounds converged" "converged" "$(field "$tmp/p.json" domains 3 rounds outcome)"
expect_eq "partners stayed split" "stayed split" "$(field "$tmp/p.json" domains 4 rounds outcome)"
"$spectrum" validate "$tmp/p.json" >/dev/null || fail "the profile validates"
html=$(cat "$tmp/r.html")
expect_contains "HTML has the Workshop section" "<h2>Workshop</h2>" "$html"
expect_contains "HTML gives each rationale" "the written procedure is still a draft" "$html"
expect_contains "HTML lists the items moved from the median" "moved furthest from the median" "$html"
expect_contains "HTML shows the gates on the agreed answers" "Criteria for each level, on the agreed answers" "$html"
expect_contains "Markdown has the Workshop section" "## Workshop" "$(cat "$tmp/r.md")"

# --- --basis ------------------------------------------------------------------------------------------
"$spectrum" assess "$example" --basis individual -o "$tmp/i.json" || fail "--basis individual"
expect_eq "--basis individual" "individual" "$(field "$tmp/i.json" overall basis)"
"$spectrum" assess "$example" --basis agreed -o "$tmp/a.json" || fail "--basis agreed"
expect_eq "--basis agreed counts the agreed domains" "2" "$(field "$tmp/a.json" overall domains)"
"$spectrum" assess "$src/examples/northshire.json" --basis agreed -o "$tmp/out/n.json" 2>"$tmp/err"
expect_eq "--basis agreed without a workshop exits" "2" "$?"
expect_contains "and says why" "expected a \"consensus\" record" "$(cat "$tmp/err")"
[ -z "$(ls -A "$tmp/out")" ] || fail "--basis agreed without a workshop wrote $(ls "$tmp/out")"

# --- moderation and compare ----------------------------------------------------------------------------
"$spectrum" moderate "$tmp/p.json" --domain digital --level 1 --rationale "No shared record in use yet" \
  --by "Care Quality Commission" --date 2017-02-01 -o "$tmp/m.json" 2>"$tmp/err" || fail "moderate: $(cat "$tmp/err")"
expect_eq "moderated level" "1" "$(field "$tmp/m.json" domains 0 moderation level)"
expect_eq "self-assessed level kept" "2" "$(field "$tmp/m.json" domains 0 level)"
"$spectrum" assess "$src/examples/northshire.json" -o "$tmp/n.json" || fail "assess northshire"
"$spectrum" compare "$tmp/m.json" "$tmp/n.json" >"$tmp/table" 2>"$tmp/err" || fail "compare: $(cat "$tmp/err")"
expect_contains "compare shows the moderated level beside the self-assessed one" "2.00 L2 M1" "$(cat "$tmp/table")"
expect_contains "compare lists the difference" "self-assessed 2 Alignment, moderated 1 Consultation" "$(cat "$tmp/table")"
"$spectrum" compare --rank-by agreed "$tmp/m.json" "$tmp/n.json" -o "$tmp/c.json" || fail "compare --rank-by agreed"
expect_eq "ranked by agreed scores" "agreed" "$(field "$tmp/c.json" rank_by)"
expect_eq "the moderation in the comparison" "1" "$(field "$tmp/c.json" moderation_differences 0 moderated)"
"$spectrum" compare "$tmp/m.json" "$tmp/n.json" -o "$tmp/c.html" -o "$tmp/c.md" || fail "compare to HTML and Markdown"
expect_contains "the HTML comparison lists moderated levels" "Moderated levels beside self-assessed ones" "$(cat "$tmp/c.html")"
expect_contains "the Markdown comparison lists the difference" "Digital and information sharing: self-assessed 2 Alignment, moderated 1 Consultation" "$(cat "$tmp/c.md")"
"$spectrum" compare --rank-by agreed "$tmp/m.json" "$tmp/n.json" -o "$tmp/c.csv" || fail "compare to CSV"
header=$(head -1 "$tmp/c.csv")
expect_contains "the CSV has the moderated level beside the level" "digital level,digital uncertain,digital agreed,digital moderated_level,digital moderated_by,digital moderated_on" "$header"
expect_contains "the CSV says which scores are agreed" "leadership agreed" "$header"
column_of() { head -1 "$tmp/c.csv" | tr ',' '\n' | grep -nx "$1" | cut -d: -f1; }
moderated_row=$(grep -m1 "Westmarsh" "$tmp/c.csv")
expect_eq "the CSV's moderated level" "1" "$(echo "$moderated_row" | cut -d, -f"$(column_of "digital moderated_level")")"
expect_eq "the CSV's moderator" "Care Quality Commission" "$(echo "$moderated_row" | cut -d, -f"$(column_of "digital moderated_by")")"
expect_eq "the CSV's leadership score is the agreed one" "yes" "$(echo "$moderated_row" | cut -d, -f"$(column_of "leadership agreed")")"
"$spectrum" compare "$tmp/n.json" "$tmp/n.json" -o "$tmp/plain.csv" 2>/dev/null || true
if [ -f "$tmp/plain.csv" ]; then
  case "$(head -1 "$tmp/plain.csv")" in *moderated*|*agreed*) fail "a comparison without moderation or agreed ranking has no such columns" ;; esac
fi

# --- refusals: exit 2, file + pointer + expected + found, nothing written -------------------------------
"$spectrum" moderate "$tmp/p.json" --domain digital --level 1 --rationale "x" --by CQC --date 2017-02-30 \
  -o "$tmp/out/m.json" 2>"$tmp/err"
expect_eq "a bad date exits" "2" "$?"
expect_contains "names file and pointer" "$tmp/p.json: /domains/0/moderation/date: expected a date YYYY-MM-DD, found \"2017-02-30\"" "$(cat "$tmp/err")"
"$spectrum" moderate "$tmp/p.json" --domain digitl --level 1 --rationale "x" --by CQC -o "$tmp/out/m.json" 2>"$tmp/err"
expect_eq "an unknown domain exits" "2" "$?"
"$spectrum" moderate "$tmp/p.json" --domain digital --level 6 --rationale "x" --by CQC -o "$tmp/out/m.json" 2>/dev/null
expect_eq "a level above 5 exits" "2" "$?"
"$spectrum" moderate "$tmp/m.json" --domain digital --level 2 --rationale "x" --by CQC -o "$tmp/out/m.json" 2>"$tmp/err"
expect_eq "a second moderation without --replace exits" "2" "$?"
"$spectrum" moderate "$tmp/p.json" --domain digital --level 2 --rationale "x" --by CQC -o "$tmp/p.json" 2>/dev/null
expect_eq "moderating a profile onto itself exits" "2" "$?"
"$spectrum" assess "$src/tests/fixtures/files/assessment_bad_consensus.json" -o "$tmp/out/b.json" 2>"$tmp/err"
expect_eq "a bad consensus record exits" "2" "$?"
expect_contains "a person's name is refused" "assessment_bad_consensus.json: /consensus/participants/0/name: a participant is an organisation, a sector and a role, never a person's name" "$(cat "$tmp/err")"
expect_contains "a bad round number" "/rounds/0/round: expected round 2" "$(cat "$tmp/err")"
"$spectrum" validate "$src/tests/fixtures/files/assessment_bad_consensus.json" >/dev/null 2>&1
expect_eq "validate refuses it too" "2" "$?"
[ -z "$(ls -A "$tmp/out")" ] || fail "refusals wrote $(ls "$tmp/out")"
finish consensus
