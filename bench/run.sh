#!/usr/bin/env bash
# The benchmark behind `make bench`: generates N fictional assessments (default 2000: N/2 boards over
# two periods), then times
#   - spectrum assess over a folder of a thousand assessments, and over all N;
#   - spectrum compare of the N profiles into HTML, CSV, XLSX and JSON;
#   - spectrum compare straight from the folder of a thousand assessments (scored on the spot).
# Usage: bench/run.sh [N]   (BUILD=build-dir, default build). Prints the figures; asserts nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
build=${BUILD:-$here/../build}
count=${1:-${N:-2000}}
spectrum=$build/bin/spectrum
generate=$build/bin/spectrum_bench_generate
for tool in "$spectrum" "$generate"; do
  [ -x "$tool" ] || { echo "bench: $tool is missing; build first (make build, or cmake --build $build)" >&2; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
# timed <label> <command...>: runs the command, prints the seconds it took and, where GNU time is
# installed (Debian package "time"), its peak resident memory.
timed() {
  local label=$1 start end peak=""
  shift
  local measure=()
  [ -x /usr/bin/time ] && measure=(/usr/bin/time -f %M -o "$tmp/last.rss")
  start=$(now)
  "${measure[@]}" "$@" >"$tmp/last.out" 2>"$tmp/last.err" || { echo "bench: $label failed:" >&2; cat "$tmp/last.err" >&2; exit 1; }
  end=$(now)
  [ -s "$tmp/last.rss" ] && peak=$(tail -n 1 "$tmp/last.rss")
  awk -v label="$label" -v a="$start" -v b="$end" -v kb="$peak" \
    'BEGIN { printf "%-62s %8.2f s", label, b - a; if (kb != "") printf "  %7.1f MiB peak", kb / 1024; printf "\n" }'
}

"$generate" "$count" "$tmp/assessments"
thousand=$(( count < 1000 ? count : 1000 ))
mkdir -p "$tmp/thousand" "$tmp/profiles" "$tmp/profiles_thousand" "$tmp/out"
files=("$tmp/assessments"/*.json)
for f in "${files[@]:0:thousand}"; do ln -s "$f" "$tmp/thousand/$(basename "$f")"; done

echo "Spectrum benchmark: $count assessments, $(nproc) CPU(s), $(basename "$build")"
timed "assess: folder of $thousand assessments -> profiles" "$spectrum" assess "$tmp/thousand" -o "$tmp/profiles_thousand"
timed "assess: folder of $count assessments -> profiles" "$spectrum" assess "$tmp/assessments" -o "$tmp/profiles"
highlight=E00000001
timed "compare: $count profiles -> html, csv, xlsx, json (grouped)" "$spectrum" compare "$tmp/profiles" \
  --group-by --highlight "$highlight" -o "$tmp/out/c.html" -o "$tmp/out/c.csv" -o "$tmp/out/c.xlsx" -o "$tmp/out/c.json"
timed "compare: $count profiles -> terminal table" "$spectrum" compare "$tmp/profiles"
timed "compare: folder of $thousand assessments (scored on the spot) -> csv" "$spectrum" compare "$tmp/thousand" \
  -o "$tmp/out/thousand.csv"
for f in c.html c.csv c.xlsx c.json; do printf '  %-8s %10d bytes\n' "$f" "$(stat -c %s "$tmp/out/$f")"; done
