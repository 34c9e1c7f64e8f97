#!/usr/bin/env bash
# The JSON Schemas in questionnaires/schema/ agree with the loaders: every file the loaders accept
# (fixtures, shipped questionnaires, examples, a profile the CLI writes) is valid under its schema, and
# the broken fixtures whose problems a schema can express are invalid. Needs python3 with jsonschema
# (Debian: python3-jsonschema, installed by scripts/install-deps.sh); without it the test fails.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
# Debian's python3 (where python3-jsonschema lives), even when another python3 comes first on PATH.
python3() { if [ -x /usr/bin/python3 ]; then /usr/bin/python3 "$@"; else command python3 "$@"; fi; }
if ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "FAIL: python3-jsonschema is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/bin/spectrum" assess "$src/examples/northshire.json" -o "$tmp/profile.json" >/dev/null
python3 "$src/tests/cli/lib/responses.py" "$src/examples/northshire.json" "$src/questionnaires" "$tmp/responses"
# A profile with a failed domain, plugin failures and no overall position.
"$build/bin/spectrum" assess "$src/tests/fixtures/assessments/broken_plugins.json" \
  --plugin-dir "$build/tests/fixtures/plugins" --questionnaire-dir "$src/tests/fixtures/questionnaires" -o "$tmp/not_scored.json" >/dev/null 2>&1 || true
[ -s "$tmp/not_scored.json" ] || { echo "FAIL: no profile of broken_plugins.json" >&2; exit 1; }

# Profiles with the consensus records: agreed scores, rounds, the workshop, a moderation.
"$build/bin/spectrum" assess "$src/examples/westmarsh.json" -o "$tmp/workshop.json" >/dev/null
"$build/bin/spectrum" moderate "$tmp/workshop.json" --domain digital --level 1 --rationale "No shared record yet" \
  --by "Care Quality Commission" --date 2017-02-01 -o "$tmp/moderated.json" 2>/dev/null

files=$src/tests/fixtures/files
python3 - "$src/questionnaires/schema" "$src/docs/file-formats.md" <<PY
import glob, json, re, sys
import urllib.parse
from jsonschema import Draft202012Validator, RefResolver
# The schemas' \$ids are URNs; Python's urljoin resolves "#/..." against a URN only when told that
# URNs take relative references (validators such as ajv do so by themselves).
urllib.parse.uses_relative.append("urn")
schema_dir, doc = sys.argv[1], sys.argv[2]
validators = {}  # by format: "questionnaire", "assessment", "profile" (/2), "profile/1" and "response"
files = (("questionnaire", "questionnaire"), ("assessment", "assessment"), ("profile", "profile"),
         ("profile/1", "profile-1"), ("response", "response"))
schemas = {kind: json.load(open(f"{schema_dir}/{file}.schema.json")) for kind, file in files}
store = {schema["\$id"]: schema for schema in schemas.values()}  # a schema may refer to another by its \$id
for kind, schema in schemas.items():
    Draft202012Validator.check_schema(schema)
    validators[kind] = Draft202012Validator(schema, resolver=RefResolver.from_schema(schema, store=store))
failures = 0
def expect(kind, path, valid, document=None):
    global failures
    document = document if document is not None else json.load(open(path))
    errors = list(validators[kind].iter_errors(document))
    if valid and errors:
        failures += 1
        print(f"FAIL: {path} should be a valid {kind}: {errors[0].message}", file=sys.stderr)
    if not valid and not errors:
        failures += 1
        print(f"FAIL: {path} should be an invalid {kind}", file=sys.stderr)
for path in ["$files/mini_questionnaire.json"] + sorted(glob.glob("$src/questionnaires/*.json")):
    expect("questionnaire", path, True)
for path in ["$files/mini_assessment.json"] + sorted(glob.glob("$src/examples/*.json")):
    expect("assessment", path, True)
expect("profile", "$tmp/profile.json", True)
for path in sorted(glob.glob("$tmp/responses/*.json")):
    expect("response", path, True)
for name in ("bad_stamp", "with_name"):
    expect("response", f"$files/response_{name}.json", False)
for block in re.findall(r"\`\`\`json\n(.*?)\`\`\`", open(doc).read(), re.S):
    example = json.loads(block)
    kind = example["format"].split(".")[1]
    expect(kind if kind == "profile/1" else kind.split("/")[0], doc, True, example)
for name in ("questionnaire_bad_items", "questionnaire_bad_relevance"):
    expect("questionnaire", f"$files/{name}.json", False)
for name in ("unknown_sector", "missing_field", "unknown_field", "many_errors"):
    expect("assessment", f"$files/assessment_{name}.json", False)
expect("profile/1", "$files/profile_broken.json", False)
expect("profile", "$files/profile_broken.json", False)
expect("profile/1", "$files/profile_v1.json", True)
expect("profile", "$files/profile_v1.json", False)
expect("profile", "$tmp/not_scored.json", True)
expect("profile", "$files/profile_untrue.json", True)
expect("profile", "$tmp/workshop.json", True)
expect("profile", "$tmp/moderated.json", True)
expect("assessment", "$files/assessment_bad_consensus.json", False)
named = json.load(open("$tmp/moderated.json"))
named["domains"][0]["moderation"]["name"] = "A. Inspector"
expect("profile", "a moderation naming a person", False, named)
named = json.load(open("$tmp/workshop.json"))
named["workshop"]["participants"][0]["name"] = "A. Person"
expect("profile", "a workshop participant named", False, named)
named = json.load(open("$src/examples/westmarsh.json"))
named["consensus"]["participants"][0]["name"] = "A. Person"
expect("assessment", "a consensus participant named", False, named)  # its shape is right; validate finds what is untrue
sys.exit(1 if failures else 0)
PY
echo "schemas: ok"
