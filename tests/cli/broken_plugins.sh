#!/usr/bin/env bash
# Broken plugins cost their own domain, never the run: `spectrum plugins` names each broken fixture with
# its reason, and `spectrum assess` scores the other domains, marks the failed ones "error" with the
# reason and exits 1.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
spectrum=$build/bin/spectrum
fixtures=$build/tests/fixtures/plugins
real=${SPECTRUM_BUILD_PLUGIN_DIR:-$build/lib/spectrum/plugins}
questionnaires=$src/tests/fixtures/questionnaires
assessment=$src/tests/fixtures/assessments/broken_plugins.json
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$src/tests/cli/lib/checks.sh"

# --- spectrum plugins --json --plugin-dir <fixtures> ----------------------------------------------
# --plugin-dir is searched before the folder next to the executable, so the fixture claiming the id
# "leadership" is found first and keeps it; the real leadership.so is then the duplicate.
# Plugins failed to load: exit 1, so that a script notices, with the JSON printed all the same.
status=0
"$spectrum" plugins --json --plugin-dir "$fixtures" --questionnaire-dir "$questionnaires" >"$tmp/plugins.json" || status=$?
expect_eq "plugins exit status with broken plugins" "1" "$status"
status=0
"$spectrum" plugins --plugin-dir "$fixtures" --questionnaire-dir "$questionnaires" >"$tmp/plugins.txt" || status=$?
expect_eq "plugins (text) exit status with broken plugins" "1" "$status"
expect_contains "plugins text names a broken plugin" "wrong_abi.so: built for SDK ABI 2" "$(cat "$tmp/plugins.txt")"
status=0
"$spectrum" plugins >/dev/null || status=$?
expect_eq "plugins exit status when all load" "0" "$status"
expect_eq "leadership id" "leadership" "$(field "$tmp/plugins.json" plugins id leadership id)"
expect_eq "leadership abi" "1" "$(field "$tmp/plugins.json" plugins id leadership abi)"
expect_eq "leadership questionnaire" "leadership" "$(field "$tmp/plugins.json" plugins id leadership questionnaire)"
expect_eq "leadership path, fixtures first" "$fixtures/duplicate_id.so" "$(field "$tmp/plugins.json" plugins id leadership path)"
expect_contains "real leadership.so refused" "leadership.so: id \"leadership\" is already taken by $fixtures/duplicate_id.so" \
  "$(field "$tmp/plugins.json" broken path "*/leadership.so" reason)"
for loaded in throws_from_score invalid_result; do
  expect_eq "$loaded loads" "$fixtures/$loaded.so" "$(field "$tmp/plugins.json" plugins id "$loaded" path)"
done

# --- the real plugins first, then the fixtures: every broken fixture named with its reason ---------
"$spectrum" plugins --json --plugin-dir "$real" --plugin-dir "$fixtures" --questionnaire-dir "$questionnaires" \
  >"$tmp/plugins.json" || true
leadership_path=$(field "$tmp/plugins.json" plugins id leadership path)
expect_eq "leadership path, real first" "$real/leadership.so" "$leadership_path"
[[ "$(field "$tmp/plugins.json" plugins id leadership version)" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] ||
  fail "leadership version is not a semantic version"
reason() { field "$tmp/plugins.json" broken path "*/$1" reason; }
expect_eq "no_descriptor.so" \
  "no_descriptor.so: does not export spectrum_plugin_descriptor(), expected a Spectrum plugin declared with SPECTRUM_PLUGIN" \
  "$(reason no_descriptor.so)"
expect_eq "wrong_abi.so" "wrong_abi.so: built for SDK ABI 2, this host speaks ABI 1" "$(reason wrong_abi.so)"
expect_eq "undefined_symbol.so" "undefined_symbol.so: cannot be loaded: undefined symbol: fixture_defined_nowhere" \
  "$(reason undefined_symbol.so)"
expect_eq "duplicate_id.so" \
  "duplicate_id.so: id \"leadership\" is already taken by $real/leadership.so, expected each plugin id once" \
  "$(reason duplicate_id.so)"

# --- spectrum assess with the throwing and the invalid plugin present ------------------------------
status=0
"$spectrum" assess "$assessment" -o "$tmp/profile.json" --plugin-dir "$real" --plugin-dir "$fixtures" \
  --questionnaire-dir "$questionnaires" >"$tmp/assess.out" 2>&1 || status=$?
expect_eq "assess exit status" "1" "$status"
if [ -f "$tmp/profile.json" ]; then
  domain() { field "$tmp/profile.json" domains domain "$1" "$2"; }
  expect_eq "leadership status" "ok" "$(domain leadership status)"
  expect_eq "fixture_domain status" "error" "$(domain fixture_domain status)"
  expect_contains "fixture_domain error" "fixture: deliberate failure" "$(domain fixture_domain error)"
  expect_eq "fixture_invalid status" "error" "$(domain fixture_invalid status)"
  expect_contains "fixture_invalid error" "outside 0..5" "$(domain fixture_invalid error)"
  expect_eq "a failed domain has no level name" "" "$(domain fixture_domain level_name)"
  expect_contains "the reason a plugin failed to load is in the profile" "wrong_abi.so: built for SDK ABI 2" \
    "$(field "$tmp/profile.json" plugin_failures file wrong_abi.so reason)"
  for format in md html csv; do
    "$spectrum" assess "$assessment" -o "$tmp/report.$format" --plugin-dir "$real" --plugin-dir "$fixtures" \
      --questionnaire-dir "$questionnaires" >/dev/null 2>&1 || true
    expect_contains "the $format report names the plugin that failed to load" "built for SDK ABI 2, this host speaks ABI 1" \
      "$(cat "$tmp/report.$format")"
  done
  terminal=$("$spectrum" assess "$assessment" --plugin-dir "$real" --plugin-dir "$fixtures" \
    --questionnaire-dir "$questionnaires" 2>/dev/null || true)
  expect_contains "the terminal names the plugin that failed to load" "wrong_abi.so: built for SDK ABI 2" "$terminal"
else
  fail "assess wrote no profile; it said: $(cat "$tmp/assess.out")"
fi

finish broken_plugins
