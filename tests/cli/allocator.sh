#!/usr/bin/env bash
# The commands that read folders start again once with glibc's larger allocation cache
# (app/cli/allocator.h): the same output and exit code whatever GLIBC_TUNABLES holds, a tunable the
# user set kept beside it, and a cache size the user chose left alone. A build with mimalloc never
# restarts.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
spectrum=$build/bin/spectrum
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$src/tests/cli/lib/checks.sh"

examples=("$src/examples/northshire.json" "$src/examples/eastmoor.json")
env -u GLIBC_TUNABLES "$spectrum" compare "${examples[@]}" -o "$tmp/plain.csv" ||
  fail "compare without GLIBC_TUNABLES should succeed"
GLIBC_TUNABLES=glibc.malloc.check=0 "$spectrum" compare "${examples[@]}" -o "$tmp/other.csv" ||
  fail "compare with another tunable set should succeed"
GLIBC_TUNABLES=glibc.malloc.tcache_count=7 "$spectrum" compare "${examples[@]}" -o "$tmp/own.csv" ||
  fail "compare with the user's own cache size should succeed"
cmp -s "$tmp/plain.csv" "$tmp/other.csv" || fail "the comparison should not change with GLIBC_TUNABLES"
cmp -s "$tmp/plain.csv" "$tmp/own.csv" || fail "the comparison should not change with the cache size"
set +e
env -u GLIBC_TUNABLES "$spectrum" validate "$tmp/no_such.json" 2>"$tmp/err"
rc=$?
set -e
expect_eq "a bad input still exits 2 after the restart" "2" "$rc"
expect_contains "and says why once" "no_such.json" "$(cat "$tmp/err")"
expect_eq "one message" "1" "$(grep -c no_such.json "$tmp/err")"

# A build with mimalloc (SPECTRUM_MIMALLOC, the default) does not use glibc's malloc: it never restarts.
linked=$(ldd "$spectrum")  # read whole: `ldd | grep -q` can fail on SIGPIPE under pipefail
if [[ $linked == *libmimalloc* ]]; then
  if command -v strace >/dev/null; then
    env -u GLIBC_TUNABLES strace -f -qq -e trace=execve -o "$tmp/trace" "$spectrum" validate "${examples[0]}" \
      >/dev/null 2>&1 || true
    expect_eq "no restart with mimalloc" "0" "$(grep -c 'execve("/proc/self/exe"' "$tmp/trace")"
  fi
  finish allocator
  exit 0
fi
# Without it, where strace is installed: exactly one restart, with the tunable beside the user's, and
# none when the user named the cache size.
if command -v strace >/dev/null; then
  trace() { strace -f -qq -e trace=execve -e signal=none -v -s 4096 -o "$tmp/trace" "$@" >/dev/null 2>&1 || true; }
  GLIBC_TUNABLES=glibc.malloc.check=0 trace "$spectrum" validate "${examples[0]}"
  expect_eq "one restart" "1" "$(grep -c 'execve("/proc/self/exe"' "$tmp/trace")"
  expect_contains "the user's tunable kept beside the cache size" \
    "GLIBC_TUNABLES=glibc.malloc.check=0:glibc.malloc.tcache_count=1000" "$(cat "$tmp/trace")"
  GLIBC_TUNABLES=glibc.malloc.tcache_count=7 trace "$spectrum" validate "${examples[0]}"
  expect_eq "no restart when the user set the cache size" "0" "$(grep -c 'execve("/proc/self/exe"' "$tmp/trace")"
  env -u GLIBC_TUNABLES strace -f -qq -e trace=execve -o "$tmp/trace" "$spectrum" --version >/dev/null 2>&1 || true
  expect_eq "no restart for a command that reads no folder" "0" "$(grep -c 'execve("/proc/self/exe"' "$tmp/trace")"
else
  echo "allocator: strace not installed; the restart itself is not traced"
fi
finish allocator
