#!/usr/bin/env bash
# --isolate: a plugin that crashes or hangs costs its own domain, never the run. `spectrum assess
# --isolate --timeout 2` with crashes_in_score.so and hangs_in_score.so present writes the profile with
# both domains "error" (the signal, the timeout) and leadership scored, and exits 1. --timeout is
# checked: only with --isolate, and a number of seconds above 0. The faulty fixtures only ever run
# isolated here.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
spectrum=$build/bin/spectrum
real=${SPECTRUM_BUILD_PLUGIN_DIR:-$build/lib/spectrum/plugins}
fixtures=$build/tests/fixtures/isolation
questionnaires=$src/tests/fixtures/isolation
assessment=$src/tests/fixtures/isolation/isolation.json
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$src/tests/cli/lib/checks.sh"

# --- a crash and a hang cost one domain each ------------------------------------------------------
status=0
"$spectrum" assess --isolate --timeout 2 --plugin-dir "$real" --plugin-dir "$fixtures" \
  --questionnaire-dir "$questionnaires" "$assessment" -o "$tmp/p.json" >"$tmp/assess.out" 2>"$tmp/assess.err" ||
  status=$?
expect_eq "assess exit status" "1" "$status"
if [ -f "$tmp/p.json" ]; then
  domain() { field "$tmp/p.json" domains domain "$1" "$2"; }
  expect_eq "leadership status" "ok" "$(domain leadership status)"
  expect_eq "fixture_crash status" "error" "$(domain fixture_crash status)"
  expect_contains "fixture_crash error" "crashed: Segmentation fault" "$(domain fixture_crash error)"
  expect_eq "fixture_hang status" "error" "$(domain fixture_hang status)"
  expect_contains "fixture_hang error" "did not finish within 2000 ms" "$(domain fixture_hang error)"
else
  fail "assess wrote no profile; it said: $(cat "$tmp/assess.out" "$tmp/assess.err")"
fi
errors=$(cat "$tmp/assess.err")
expect_contains "crash on stderr" "error: fixture_crash: crashes_in_score crashed: Segmentation fault" "$errors"
expect_contains "hang on stderr" "error: fixture_hang: hangs_in_score did not finish within 2000 ms" "$errors"

# --- --timeout is checked before anything runs (only the real plugins are in reach) ----------------
# usage <what> <expected message> <args...>: exit 2, the message on stderr, nothing written.
usage() {
  local what=$1 message=$2
  shift 2
  local code=0
  "$spectrum" assess --plugin-dir "$real" "$src/examples/eastmoor.json" -o "$tmp/usage.json" "$@" \
    >"$tmp/usage.out" 2>&1 || code=$?
  expect_eq "$what: exit status" "2" "$code"
  expect_contains "$what: message" "$message" "$(cat "$tmp/usage.out")"
  [ ! -e "$tmp/usage.json" ] || fail "$what: wrote $tmp/usage.json"
  rm -f "$tmp/usage.json"
}
usage "--timeout without --isolate" "--timeout requires --isolate" --timeout 5
usage "--timeout 0" "expected a number of seconds above 0 and at most 86400, found \"0\"" --isolate --timeout 0
usage "--timeout -1" "expected a number of seconds above 0" --isolate --timeout=-1
usage "--timeout soon" "expected a number of seconds above 0 and at most 86400, found \"soon\"" --isolate --timeout soon
usage "--timeout 1e9" "at most 86400" --isolate --timeout 1e9

help=$("$spectrum" assess --help)
expect_contains "help names --timeout" "--timeout SECONDS" "$help"
expect_contains "help says --timeout needs --isolate" "Only with --isolate" "$help"

finish isolate
