#!/usr/bin/env bash
# The benchmark behind `make bench`. Generates fictional assessments, then times each piece of work
# beside a floor measured in the same run on the same files:
#   parse floor  reading and parsing the same input files with the same JSON library (nlohmann), one
#                core, keeping nothing (spectrum_bench_floor parse);
#   write floor  writing as many files of as many bytes as the work wrote (spectrum_bench_floor write).
# Each line prints the wall time, the floors, the ratio of the time to the parse floor and to both
# floors together, and the peak resident memory (GNU time). Covered: assess of N and 2N assessments
# (memory must stay flat), compare of the N profiles to HTML, CSV and XLSX, compare of the N
# assessments scored on the spot, one assessment with R respondents, and the desktop app's re-scoring
# after one answer changes (60 respondents).
# Usage: bench/run.sh [N] [R]   (defaults 10000 and 5000; BUILD=build-dir, default build).
# Prints the figures; asserts nothing (speed depends on the machine and its load).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
build=${BUILD:-$here/../build}
count=${1:-${N:-10000}}
large=${2:-${R:-5000}}
spectrum=$build/bin/spectrum
generate=$build/bin/spectrum_bench_generate
floor=$build/bin/spectrum_bench_floor
rescore=$build/bin/spectrum_bench_rescore
for tool in "$spectrum" "$generate" "$floor"; do
  [ -x "$tool" ] || { echo "bench: $tool is missing; build first (make build, or cmake --build $build)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time, Debian package \"time\") is needed for peak memory" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/spectrum-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# run <command...>: runs it, leaving its wall seconds in $secs, its processor seconds (user + system)
# in $cpu and its peak resident KiB in $peak_kb.
run() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$@" >"$tmp/stdout" 2>"$tmp/err" || {
    local rc=$?
    # assess and compare exit 1 when a domain failed but wrote the rest; anything else is a failure.
    if [ "$rc" -ne 1 ]; then echo "bench: failed ($rc): $*" >&2; cat "$tmp/err" >&2; exit 1; fi
  }
  end=$(date +%s.%N)
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  peak_kb=$(tail -n 1 "$tmp/rss" | cut -d ' ' -f 1)
  cpu=$(tail -n 1 "$tmp/rss" | awk '{ printf "%.2f", $2 + $3 }')
}
# parse_floor PATH...: the parse floor of those inputs, in $parse_secs. It allocates as the folder
# commands do, so that the floor gains what they gain: with mimalloc where the command line links it
# (the floor is linked with it too), else with the larger glibc cache they give themselves
# (app/cli/allocator.h).
parse_floor() { run env GLIBC_TUNABLES=glibc.malloc.tcache_count=1000 "$floor" parse "$@"; parse_secs=$secs; }
# write_floor PATH...: the write floor of those outputs, in $write_secs. Each writes into a folder of
# its own, removed only at the end: on ext4 without a journal, creating files soon after deleting
# thousands makes the kernel look through the recently freed inodes (recently_deleted()), which would
# charge the next measurement seconds of system time that are not its own.
floors=0
write_floor() {
  floors=$((floors + 1))
  run "$floor" write "$tmp/floor_out_$floors" "$@"
  write_secs=$secs
}
bytes() { du -cbL --apparent-size "$@" | tail -n 1 | cut -f 1; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

printf '%-46s %7s %7s %7s %6s %7s %6s %8s\n' "work" "time s" "cpu s" "parse s" "x" "write s" "x all" "peak MiB"
# report <label>: one line from $secs, $cpu, $parse_secs, $write_secs, $peak_kb.
report() {
  awk -v l="$1" -v t="$secs" -v c="$cpu" -v p="$parse_secs" -v w="$write_secs" -v kb="$peak_kb" 'BEGIN {
    printf "%-46s %7.2f %7.2f %7.2f %5.1fx %7.2f %5.1fx %8.1f\n", l, t, c, p, t / p, w, t / (p + w), kb / 1024 }'
}

"$generate" "$((2 * count))" "$tmp/all" >/dev/null
mkdir -p "$tmp/half" "$tmp/profiles" "$tmp/profiles_all" "$tmp/out" "$tmp/large"
files=("$tmp/all"/*.json)
for f in "${files[@]:0:count}"; do ln -s "$f" "$tmp/half/$(basename "$f")"; done
"$generate" 1 "$tmp/large" --respondents "$large" >/dev/null
big=("$tmp/large"/*.json)
"$generate" 1 "$tmp/sixty" --respondents 60 >/dev/null
sixty=("$tmp/sixty"/*.json)

# measure <label> <parse paths> <write paths> <command...>: the command beside the parse floor of the
# first paths and the write floor of the second (space-separated; "" for none), on one line.
measure() {
  local label=$1 parse=$2 write=$3 took kb used
  shift 3
  # shellcheck disable=SC2086  # several paths, split on purpose
  parse_floor $parse
  # What earlier steps wrote goes to disk first: a command that flushes its own outputs (syncfs) would
  # otherwise also pay for writing the generated inputs and the last write floor's files.
  sync
  run "$@"
  took=$secs kb=$peak_kb used=$cpu
  write_secs=0
  # shellcheck disable=SC2086
  [ -z "$write" ] || write_floor $write
  secs=$took peak_kb=$kb cpu=$used
  report "$label"
}

measure "assess $count assessments -> profiles" "$tmp/half" "$tmp/profiles" \
  "$spectrum" assess "$tmp/half" -o "$tmp/profiles"
measure "assess $((2 * count)) assessments -> profiles" "$tmp/all" "$tmp/profiles_all" \
  "$spectrum" assess "$tmp/all" -o "$tmp/profiles_all"
measure "validate $count assessments" "$tmp/half" "" "$spectrum" validate "$tmp/half"
measure "compare $count profiles -> html, csv, xlsx" "$tmp/profiles" \
  "$tmp/out/c.html $tmp/out/c.csv $tmp/out/c.xlsx" \
  "$spectrum" compare "$tmp/profiles" --group-by --highlight E00000001 \
  -o "$tmp/out/c.html" -o "$tmp/out/c.csv" -o "$tmp/out/c.xlsx"
measure "compare $count assessments (scored) -> csv" "$tmp/half" "$tmp/out/a.csv" \
  "$spectrum" compare "$tmp/half" -o "$tmp/out/a.csv"
measure "assess 1 assessment of $large respondents" "${big[*]}" "$tmp/out/large.json" \
  "$spectrum" assess "${big[@]}" -o "$tmp/out/large.json"
large_kb=$peak_kb
in_bytes=$(bytes "$tmp/half"/)
out_bytes=$(bytes "$tmp/profiles")
big_bytes=$(bytes "${big[@]}")

echo
echo "inputs: $count assessments $(mib "$in_bytes") MiB, their profiles $(mib "$out_bytes") MiB" \
  "($(awk -v a="$out_bytes" -v b="$in_bytes" 'BEGIN { printf "%.1f", a / b }')x)"
echo "large area: $(mib "$big_bytes") MiB in, $(mib "$(bytes "$tmp/out/large.json")") MiB profile," \
  "peak memory $(awk -v kb="$large_kb" -v b="$big_bytes" 'BEGIN { printf "%.1f", kb * 1024 / b }')x the file"
if [ -x "$rescore" ]; then
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$rescore" "${sixty[@]}" 40 | sed 's/^/desktop app: /'
else
  echo "desktop app: $rescore not built (no Qt); re-scoring not measured"
fi
echo "machine: $(nproc) CPU(s), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), load $(cut -d ' ' -f 1-3 /proc/loadavg)"
