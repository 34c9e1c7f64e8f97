#!/usr/bin/env bash
# A folder run scores on every core and still writes all or nothing: its profiles are the ones each
# file gives alone (compact), in place only when every input was valid; an invalid file anywhere leaves
# the output folder as it was, every problem listed in file order (exit 2).
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

# 24 areas: the examples, each under eight codes.
python - "$src/examples" "$tmp/in" <<'PY'
import json, os, sys
os.makedirs(sys.argv[2])
for n in range(24):
    name = ["northshire", "eastmoor", "riverside_city"][n % 3]
    a = json.load(open(os.path.join(sys.argv[1], name + ".json")))
    a["area"]["code"] = "E%08d" % n
    json.dump(a, open(os.path.join(sys.argv[2], "area_%02d.json" % n), "w"), indent=1)
PY
mkdir "$tmp/out" "$tmp/one"
"$spectrum" assess "$tmp/in" -o "$tmp/out" || fail "a folder of 24 assessments should assess"
expect_eq "one profile per assessment" "24" "$(ls "$tmp/out" | wc -l)"
expect_eq "no temporary left" "0" "$(ls -A "$tmp/out" | grep -c '^\.' || true)"
for name in area_03 area_22; do
  "$spectrum" assess "$tmp/in/$name.json" -o "$tmp/one/$name.json"
  python - "$tmp/out/$name.json" "$tmp/one/$name.json" >"$tmp/same" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for p in (a, b):
    p["provenance"].pop("generated")
print("same" if a == b else "different")
PY
  expect_eq "$name scored in the folder run as alone" "same" "$(cat "$tmp/same")"
  expect_eq "$name written compact" "1" "$(wc -l <"$tmp/out/$name.json")"
done

# An invalid file in the middle, another at the end: nothing new is written, both are reported in order.
cp "$tmp/out/area_01.json" "$tmp/before.json"
python - "$tmp/in/area_06.json" "$tmp/in/area_23.json" <<'PY'
import json, sys
for path, sector in zip(sys.argv[1:], ["NHS", "council"]):
    a = json.load(open(path))
    a["respondents"][0]["sector"] = sector
    json.dump(a, open(path, "w"))
PY
touch -d '2001-01-01' "$tmp/out"/*.json
status=0
"$spectrum" assess "$tmp/in" -o "$tmp/out" >/dev/null 2>"$tmp/err" || status=$?
expect_eq "exit status with invalid files" "2" "$status"
expect_contains "first problem named" "area_06.json: /respondents/0/sector" "$(head -n 1 "$tmp/err")"
expect_contains "second problem named" "area_23.json: /respondents/0/sector" "$(sed -n 2p "$tmp/err")"
expect_eq "no profile replaced" "0" "$(find "$tmp/out" -newer "$tmp/before.json" -name '*.json' | wc -l)"
expect_eq "no temporary left after the refusal" "0" "$(ls -A "$tmp/out" | grep -c '^\.' || true)"
finish folder_stream
