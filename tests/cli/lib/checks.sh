# Checks shared by the shell tests in tests/cli, sourced after $src (the source dir) is set. This folder
# is not globbed: ctest runs only tests/cli/*.sh. A check that fails is counted and the script goes on;
# `finish <name>` ends it, with status 1 when any check failed.
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# field <json file> <path...>: one value out of a JSON file (see json_field.cmake)
field() { cmake -P "$src/tests/cli/json_field.cmake" "$@"; }
# expect_eq <what> <expected> <found>
expect_eq() { [ "$2" = "$3" ] || fail "$1: expected '$2', found '$3'"; }
# expect_contains <what> <needle> <haystack>
expect_contains() { [[ "$3" == *"$2"* ]] || fail "$1: expected to contain '$2', found '$3'"; }
# finish <name>
finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$1: $failures check(s) failed" >&2
    exit 1
  fi
  echo "$1: all checks passed"
}
