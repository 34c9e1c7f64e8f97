#!/usr/bin/env bash
# Whatever a plugin does, it costs at most its own domain, and never a silent or false result. Each
# hostile plugin (tests/fixtures/hostile) is put in reach alone, beside the real plugins, and
# `spectrum assess` (with and without --isolate), `plugins` and `validate` are checked against what
# issue 12 promises.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
spectrum=$build/bin/spectrum
real=${SPECTRUM_BUILD_PLUGIN_DIR:-$build/lib/spectrum/plugins}
hostile=$build/tests/fixtures/hostile
questionnaires=$src/tests/fixtures/hostile
assessment=$src/tests/fixtures/hostile/hostile.json
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
export SPECTRUM_PROBE_TIMEOUT_MS=500

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$src/tests/cli/lib/checks.sh"

# assess_with <name> <extra args...>: runs assess with hostile plugin <name>; sets $status and
# leaves $tmp/out.json (when written), $tmp/out.err.
assess_with() {
  local name=$1
  shift
  rm -f "$tmp/out.json"
  status=0
  "$spectrum" assess --plugin-dir "$real" --plugin-dir "$hostile/$name" --questionnaire-dir "$questionnaires" \
    "$assessment" -o "$tmp/out.json" "$@" >"$tmp/out.stdout" 2>"$tmp/out.err" || status=$?
}
domain() { field "$tmp/out.json" domains domain "$1" "$2"; }

# expect_domain_error <name> <mode> <reason>: exit 1, leadership ok, fixture_hostile in error with
# the reason, and the profile valid.
expect_domain_error() {
  local name=$1 mode=$2 reason=$3
  expect_eq "$name $mode: exit status" "1" "$status"
  if [ ! -f "$tmp/out.json" ]; then
    fail "$name $mode: no profile; stderr: $(cat "$tmp/out.err")"
    return
  fi
  expect_eq "$name $mode: leadership" "ok" "$(domain leadership status)"
  expect_eq "$name $mode: fixture_hostile" "error" "$(domain fixture_hostile status)"
  expect_contains "$name $mode: reason" "$reason" "$(domain fixture_hostile error)"
  "$spectrum" validate "$tmp/out.json" >/dev/null 2>"$tmp/validate.err" ||
    fail "$name $mode: the profile does not validate: $(cat "$tmp/validate.err")"
}

# --- isolated: a crash, an abort, an exit, a loop cost one domain ----------------------------------
assess_with segfault --isolate
expect_domain_error segfault isolated "crashed: Segmentation fault"
assess_with abort --isolate
expect_domain_error abort isolated "crashed: Aborted"
assess_with exit --isolate
expect_domain_error exit isolated "ended before finishing its run"
assess_with loop --isolate --timeout 0.5
expect_domain_error loop isolated "did not finish within 500 ms"

# --- kill -9 of the host while an isolated plugin spins: the helper dies with it -------------------
"$spectrum" assess --isolate --timeout 60 --plugin-dir "$real" --plugin-dir "$hostile/loop" \
  --questionnaire-dir "$questionnaires" "$assessment" -o "$tmp/killed.json" >/dev/null 2>&1 &
host=$!
helper=""
for _ in $(seq 1 100); do
  helper=$(pgrep -P "$host" -f "spectrum-plugin-host score .*hostile_loop.so" || true)
  [ -n "$helper" ] && break
  sleep 0.05
done
[ -n "$helper" ] || fail "kill -9: the isolated loop plugin never started"
kill -9 "$host"
wait "$host" 2>/dev/null || true
for _ in $(seq 1 40); do kill -0 "$helper" 2>/dev/null || break; sleep 0.05; done
if [ -n "$helper" ] && kill -0 "$helper" 2>/dev/null; then
  fail "kill -9: the helper $helper outlived its host"
  kill -9 "$helper" 2>/dev/null || true
fi
[ ! -e "$tmp/killed.json" ] || fail "kill -9: a profile was written"

# --- in-process: a crash or an exit ends the run loudly, naming the plugin, writing nothing --------
assess_with segfault
[ "$status" -ne 0 ] || fail "segfault in-process: exit status 0"
expect_contains "segfault in-process: message" "plugin hostile_segfault (hostile_segfault.so) crashed" "$(cat "$tmp/out.err")"
expect_contains "segfault in-process: signal" "Segmentation fault" "$(cat "$tmp/out.err")"
[ ! -e "$tmp/out.json" ] || fail "segfault in-process: wrote a profile"
assess_with abort
[ "$status" -ne 0 ] || fail "abort in-process: exit status 0"
expect_contains "abort in-process: message" "plugin hostile_abort (hostile_abort.so) crashed while running in-process: Aborted" "$(cat "$tmp/out.err")"
assess_with exit
expect_eq "exit in-process: exit status" "5" "$status"
expect_contains "exit in-process: message" "plugin hostile_exit (hostile_exit.so) called exit()" "$(cat "$tmp/out.err")"
[ ! -e "$tmp/out.json" ] || fail "exit in-process: wrote a profile"

# --- a 20 GB allocation under a memory limit: the domain fails, the run goes on -------------------
# (Not under AddressSanitizer, which reserves terabytes of address space and cannot start under ulimit -v.)
for mode in "" --isolate; do
  [ -z "${SPECTRUM_SANITIZED:-}" ] || break
  (ulimit -v 4000000 && assess_with huge_allocation $mode && echo "$status" >"$tmp/status")
  status=$(cat "$tmp/status")
  expect_domain_error huge_allocation "${mode:-in-process}" "could not allocate 20 GB"
done

# --- text the plugin got wrong: repaired or refused, never an invalid profile ----------------------
for mode in "" --isolate; do
  what="${mode:-in-process}"
  assess_with latin1_finding $mode
  expect_eq "latin1_finding $what: exit status" "0" "$status"
  expect_contains "latin1_finding $what: repaired" "Plan \\ufffdtabli" "$(domain fixture_hostile findings)"
  expect_contains "latin1_finding $what: noted" "invalid UTF-8 replaced by U+FFFD" "$(domain fixture_hostile notes)"
  assess_with latin1_error $mode
  expect_domain_error latin1_error "$what" "cannot read /srv/donn�es/r�gion.csv"
  assess_with null_strings $mode
  expect_domain_error null_strings "$what" "passed NULL as a finding text"
  assess_with invalid_gate_item $mode
  expect_domain_error invalid_gate_item "$what" "names item \"\", which is not in the questionnaire"
  assess_with finding_level_99 $mode
  expect_domain_error finding_level_99 "$what" "finding at level 99, outside 0..5"
  assess_with nan_metric $mode
  expect_eq "nan_metric $what: exit status" "0" "$status"
  expect_eq "nan_metric $what: domain kept" "ok" "$(domain fixture_hostile status)"
  metrics=$(domain fixture_hostile metrics | tr -d ' \n')
  expect_eq "nan_metric $what: metric null" '{"divergence":null}' "$metrics"
done

# --- junk on stdout, stderr and every inherited descriptor: the JSON on stdout stays whole ---------
for mode in "" --isolate; do
  what="${mode:-in-process}"
  status=0
  "$spectrum" assess --plugin-dir "$real" --plugin-dir "$hostile/junk_output" --questionnaire-dir "$questionnaires" \
    "$assessment" -o - $mode >"$tmp/junk.json" 2>"$tmp/junk.err" || status=$?
  expect_eq "junk_output $what: exit status" "0" "$status"
  "$spectrum" validate "$tmp/junk.json" >/dev/null 2>"$tmp/validate.err" ||
    fail "junk_output $what: stdout is not a valid profile: $(head -c 300 "$tmp/junk.json")"
  expect_contains "junk_output $what: junk went to stderr" "junk from a hostile plugin" "$(tr -d '\000' <"$tmp/junk.err")"
done

# --- a lingering child is killed when the domain ends ----------------------------------------------
assess_with fork_linger --isolate
expect_eq "fork_linger: exit status" "0" "$status"
expect_eq "fork_linger: domain ok" "ok" "$(domain fixture_hostile status)"
for _ in 1 2 3 4 5 6 7 8 9 10; do pgrep -fx "sleep 3599.5" >/dev/null || break; sleep 0.2; done
if pgrep -fx "sleep 3599.5" >/dev/null; then
  fail "fork_linger: the plugin's child still runs"
  pkill -fx "sleep 3599.5" || true
fi

# --- static initialisers that crash, throw, exit or loop: probed out of process, listed broken -----
for case in "init_segfault:crashed while loading: Segmentation fault" "init_throw:crashed while loading: Aborted" \
    "init_exit:exited while loading" "init_loop:hung while loading"; do
  name=${case%%:*}
  reason=${case#*:}
  status=0
  "$spectrum" plugins --plugin-dir "$real" --plugin-dir "$hostile/$name" --questionnaire-dir "$questionnaires" \
    >"$tmp/plugins.out" 2>&1 || status=$?
  expect_eq "$name plugins: exit status" "1" "$status"
  expect_contains "$name plugins: named with reason" "hostile_$name.so: $reason" "$(cat "$tmp/plugins.out")"
  expect_contains "$name plugins: others loaded" "leadership" "$(sed -n '/Plugins loaded/,/did not load/p' "$tmp/plugins.out")"
  for mode in "" --isolate; do
    assess_with "$name" $mode
    expect_domain_error "$name" "assess ${mode:-in-process}" "no loaded plugin scores questionnaire fixture_hostile"
  done
  status=0
  "$spectrum" validate --plugin-dir "$hostile/$name" "$src/tests/fixtures/files/assessment_bad_syntax.json" \
    >/dev/null 2>&1 || status=$?
  expect_eq "$name validate bad file: exit status" "2" "$status"
  status=0
  "$spectrum" validate --plugin-dir "$hostile/$name" "$src/examples/northshire.json" >/dev/null 2>&1 || status=$?
  expect_eq "$name validate good file: exit status" "0" "$status"
done

finish hostile
