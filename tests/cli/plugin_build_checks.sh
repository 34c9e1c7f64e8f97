#!/usr/bin/env bash
# spectrum_add_plugin catches a consultant's mistakes at build time: copies of plugins/template with
# one thing wrong each are built out of tree against the installed SDK, and each build must fail with
# the one-line message the host gives (spectrum-plugin-host --check runs the host's own checks). The
# unchanged template must build, and a failed check must fail the next build too.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH SPECTRUM_PLUGIN_HOST
source "$src/tests/cli/lib/checks.sh"
tmp=$(mktemp -d)
tmp=$(cd "$tmp" && pwd -P)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
export SPECTRUM_CACHE_DIR=$tmp/cache
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log" >&2; exit 1; }

# start_case <name> <sed expression for prevention.cpp> <sed expression for prevention.json>: a copy of
# the template with the change, configured and built in the background (`wait` collects them); the
# status file says 0, the build's exit status, or "configure".
case_dir() { echo "$tmp/$1"; }
start_case() {
  local dir
  dir=$(case_dir "$1")
  cp -r "$src/plugins/template" "$dir"
  sed -i "$2" "$dir/prevention.cpp"
  sed -i "$3" "$dir/prevention.json"
  (status=0
   cmake -S "$dir" -B "$dir/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Debug >"$dir/configure.log" 2>&1 ||
     status=configure
   [ "$status" != 0 ] || cmake --build "$dir/build" >"$dir/build.log" 2>&1 || status=$?
   echo "$status" >"$dir/status") &
}
# expect_refused <name> <message>: the build failed and printed the message as one line of its own.
expect_refused() {
  local dir
  dir=$(case_dir "$1")
  expect_eq "$1: configure" "configured" "$([ "$(cat "$dir/status")" != configure ] && echo configured)"
  expect_eq "$1: build" "failed" "$([ "$(cat "$dir/status")" != 0 ] && echo failed || echo passed)"
  grep -qxF -- "$2" "$dir/build.log" || { fail "$1: expected the line: $2"; sed 's/^/    /' "$dir/build.log" >&2; }
}

start_case correct '' ''
start_case wrong_questionnaire_id 's/\.questionnaire = "prevention"/.questionnaire = "falls_prevention"/' ''
start_case wrong_domain 's/\.domain = "prevention"/.domain = "public_health"/' ''
start_case range_excludes_version 's/\.accepts_from = "1\.0\.0", \.accepts_below = "2\.0\.0"/.accepts_from = "1.1.0", .accepts_below = "2.0.0"/' ''
wait
start_case inverted_range 's/\.accepts_from = "1\.0\.0", \.accepts_below = "2\.0\.0"/.accepts_from = "2.0.0", .accepts_below = "1.0.0"/' ''
start_case empty_range 's/\.accepts_below = "2\.0\.0"/.accepts_below = "1.0.0"/' ''
start_case invalid_questionnaire '' 's/"weight": 2,/"weight": "two",/'
start_case questionnaire_not_json '' '$ s/}$//'
wait

expect_eq "the unchanged template builds" "0" "$(cat "$(case_dir correct)/status")"
grep -q "prevention.so: ok, scores questionnaire prevention 1.0.0 (domain prevention)" "$(case_dir correct)/build.log" ||
  fail "the unchanged template's build did not check it"
expect_refused wrong_questionnaire_id \
  'prevention.so: questionnaire "falls_prevention" is not the id of prevention.json, expected its id "prevention"'
expect_refused wrong_domain \
  'prevention.so: domain "public_health" differs from questionnaire "prevention", expected its domain "prevention"'
expect_refused range_excludes_version \
  "prevention.so: questionnaire \"prevention\" version 1.0.0 ($(case_dir range_excludes_version)/prevention.json) is outside the accepted range, expected >= 1.1.0 and < 2.0.0"
expect_refused inverted_range \
  'prevention.so: accepted questionnaire versions [2.0.0, 1.0.0) are an inverted range, expected accepts_below above accepts_from'
expect_refused empty_range \
  'prevention.so: accepted questionnaire versions [1.0.0, 1.0.0) are an empty range, expected accepts_below above accepts_from'
expect_refused invalid_questionnaire \
  "$(case_dir invalid_questionnaire)/prevention.json: /sections/0/items/0/weight: expected a number, found a string \"two\""
# The same messages as the host's: `spectrum validate` on the broken questionnaire.
validate=$("$prefix/bin/spectrum" validate "$(case_dir invalid_questionnaire)/prevention.json" 2>&1 || true)
expect_contains "spectrum validate gives the build's message" \
  "$(case_dir invalid_questionnaire)/prevention.json: /sections/0/items/0/weight: expected a number, found a string \"two\"" "$validate"
grep -q "$(case_dir questionnaire_not_json)/prevention.json: .*JSON" "$(case_dir questionnaire_not_json)/build.log" ||
  fail "questionnaire_not_json: expected a JSON syntax error naming the file"
[ "$(cat "$(case_dir questionnaire_not_json)/status")" != 0 ] || fail "questionnaire_not_json: the build passed"

# A failed check is not forgotten: the next build fails again.
status=0
cmake --build "$(case_dir wrong_domain)/build" >"$tmp/again.log" 2>&1 || status=$?
[ "$status" != 0 ] || fail "a second build of wrong_domain passed"
grep -qF 'prevention.so: domain "public_health" differs' "$tmp/again.log" || fail "the second build did not say why"

finish plugin_build_checks
