#!/usr/bin/env bash
# Outputs are all or nothing and never destroy an input: an output that is an input (by name, symlink
# or folder) is refused before anything is read; one bad output leaves every other untouched; a full
# or closed standard output is an error; a kill -9 leaves no partial output, and the next run removes
# the temporaries it left.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
spectrum=$build/bin/spectrum
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$src/tests/cli/lib/checks.sh"

# refused <what> <expected message> <command...>: exit 2 and the message.
refused() {
  local what=$1 message=$2
  shift 2
  local code=0
  "$@" >"$tmp/refused.out" 2>&1 || code=$?
  expect_eq "$what: exit status" "2" "$code"
  expect_contains "$what: message" "$message" "$(cat "$tmp/refused.out")"
}

# --- never destroy an input -------------------------------------------------------------------------
cp "$src/examples/northshire.json" "$tmp/a.json"
before=$(sha256sum <"$tmp/a.json")
refused "assess a.json -o a.json" "is the input $tmp/a.json" "$spectrum" assess "$tmp/a.json" -o "$tmp/a.json"
ln -s a.json "$tmp/link.json"
refused "assess a.json -o symlink-to-a.json" "is the input" "$spectrum" assess "$tmp/a.json" -o "$tmp/link.json"
ln "$tmp/a.json" "$tmp/hard.json"
refused "assess a.json -o hard-link-to-a.json" "is the input" "$spectrum" assess "$tmp/a.json" -o "$tmp/hard.json"
rm "$tmp/hard.json"
refused "compare a.json -o a.json" "is the input" "$spectrum" compare "$tmp/a.json" -o "$tmp/a.json"
mkdir "$tmp/folder"
cp "$src/examples/northshire.json" "$src/examples/eastmoor.json" "$tmp/folder/"
refused "assess folder -o folder" "expected an output that is not an input" "$spectrum" assess "$tmp/folder" -o "$tmp/folder"
refused "compare folder -o folder/x.html" "lies inside the input folder" \
  "$spectrum" compare "$tmp/folder" -o "$tmp/folder/x.html"
expect_eq "a.json unchanged" "$before" "$(sha256sum <"$tmp/a.json")"
expect_eq "input folder unchanged" "2" "$(ls -A "$tmp/folder" | wc -l)"

# --- all or nothing -------------------------------------------------------------------------------
refused "a missing folder" "no such folder: $tmp/nodir" \
  "$spectrum" assess "$tmp/a.json" -o "$tmp/good.json" -o "$tmp/nodir/x.html"
[ ! -e "$tmp/good.json" ] || fail "good.json was written although another output was refused"
echo "old content" >"$tmp/good.json"
refused "an unknown extension" "expected an output ending in" \
  "$spectrum" assess "$tmp/a.json" -o "$tmp/good.json" -o "$tmp/x.docx"
expect_eq "good.json keeps its old content" "old content" "$(cat "$tmp/good.json")"
mkdir "$tmp/locked" && chmod 555 "$tmp/locked"
if [ ! -w "$tmp/locked" ]; then  # (root writes anywhere)
  refused "an unwritable folder" "is not writable" \
    "$spectrum" assess "$tmp/a.json" -o "$tmp/good.json" -o "$tmp/locked/x.json"
  expect_eq "good.json still old" "old content" "$(cat "$tmp/good.json")"
fi
refused "the same output twice" "named as an output twice" \
  "$spectrum" assess "$tmp/a.json" -o "$tmp/p.json" -o "$tmp/./p.json"

# --- standard output is checked -------------------------------------------------------------------
for command in "assess $tmp/a.json -o -" "compare $tmp/folder -o -" "plugins --json" "template"; do
  code=0
  # shellcheck disable=SC2086
  "$spectrum" $command >/dev/full 2>"$tmp/full.err" || code=$?
  [ "$code" -ne 0 ] || fail "$command >/dev/full: exit status 0"
  expect_contains "$command >/dev/full: message" "cannot write to standard output" "$(cat "$tmp/full.err")"
done

# --- kill -9 during a folder assess: no partial output; the next run removes its temporaries ----------
mkdir "$tmp/many" "$tmp/out"
for i in $(seq 1 200); do cp "$src/examples/northshire.json" "$tmp/many/area$i.json"; done
"$spectrum" assess --isolate "$tmp/many" -o "$tmp/out" >/dev/null 2>&1 &
victim=$!
for _ in $(seq 1 100); do  # until the isolated scoring is well under way
  [ -n "$(pgrep -P "$victim" 2>/dev/null)" ] && break
  sleep 0.05
done
sleep 0.5
kill -9 "$victim" 2>/dev/null || true
wait "$victim" 2>/dev/null || true
expect_eq "no profile written by the killed run" "" "$(ls "$tmp/out")"
echo "stale" >"$tmp/out/.area1.json.spectrum-tmp-999999999-1-0"
"$spectrum" assess "$tmp/folder" -o "$tmp/out" >/dev/null 2>&1
expect_eq "no temporary left after the next run" "" "$(ls -A "$tmp/out" | grep -v '^[a-z]*\.json$' || true)"
expect_eq "the next run's profiles" "eastmoor.json northshire.json" "$(ls "$tmp/out" | tr '\n' ' ' | sed 's/ $//')"

# --- a large area (12,000 respondents, 18 MB) --------------------------------------------------------
/usr/bin/python3 - "$src/examples/northshire.json" "$tmp/big.json" <<'PY'
import copy, json, sys
a = json.load(open(sys.argv[1]))
base = a["respondents"]
a["respondents"] = [dict(copy.deepcopy(base[i % len(base)]), id="r%d" % i) for i in range(12000)]
json.dump(a, open(sys.argv[2], "w"))
PY

# Its profile is far larger than a pipe holds: a reader that goes away is noticed.
code=0
"$spectrum" assess "$tmp/big.json" -o - 2>"$tmp/pipe.err" | head -c 10 >/dev/null || code=${PIPESTATUS[0]}
[ "$code" -ne 0 ] || fail "assess -o - into a closed pipe: exit status 0"

# --- out of memory: a clear message, exit code 4, nothing written (not under AddressSanitizer) -------
# 160 MB of address space starts the program and reads the file, but does not score it.
if [ -z "${SPECTRUM_SANITIZED:-}" ]; then
  code=0
  (ulimit -v 160000 && exec "$spectrum" assess "$tmp/big.json" -o "$tmp/big-profile.json") 2>"$tmp/oom.err" || code=$?
  expect_eq "out of memory: exit status" "4" "$code"
  expect_contains "out of memory: message" "spectrum: out of memory; nothing was written" "$(cat "$tmp/oom.err")"
  [ ! -e "$tmp/big-profile.json" ] || fail "out of memory: a profile was written"
fi

# A device as an output (as root, /dev/null itself would be replaced by a file): refused, left as it was.
if mknod "$tmp/device.json" c 1 3 2>/dev/null; then
  code=0
  "$spectrum" assess "$src/examples/northshire.json" -o "$tmp/device.json" 2>"$tmp/device.err" || code=$?
  expect_eq "a device as an output: exit status" "2" "$code"
  expect_contains "a device as an output: message" "is not a regular file" "$(cat "$tmp/device.err")"
  [ -c "$tmp/device.json" ] || fail "a device as an output was replaced"
fi

finish outputs
