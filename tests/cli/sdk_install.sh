#!/usr/bin/env bash
# The installed SDK works for a consultant: install the build, build plugins/template out of tree
# against the install with find_package(Spectrum), install the plugin next to the host, and check that
# the installed `spectrum` loads it, both with --plugin-dir and from its own prefix.
#   $1 build dir, $2 source dir
set -euo pipefail
build=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH

tmp=$(mktemp -d)
tmp=$(cd "$tmp" && pwd -P)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
plugin_build=$tmp/template-build
source "$src/tests/cli/lib/checks.sh"
# run <log name> <command>...: runs quietly, shows the log when it fails.
run() {
  local log=$tmp/$1.log
  shift
  "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "FAIL: $*" >&2; exit 1; }
}

# --- install the host and the SDK ------------------------------------------------------------------
run install cmake --install "$build" --prefix "$prefix"
for file in bin/spectrum include/spectrum/plugin.h include/spectrum/scoring.h include/spectrum/abi.h \
    include/spectrum/types.h include/spectrum/numbers.h lib/cmake/Spectrum/SpectrumConfig.cmake \
    lib/cmake/Spectrum/SpectrumConfigVersion.cmake lib/cmake/Spectrum/SpectrumPlugin.cmake \
    lib/cmake/Spectrum/SpectrumTargets.cmake lib/spectrum/plugins/leadership.so \
    share/spectrum/questionnaires/leadership.json; do
  [ -f "$prefix/$file" ] || fail "the install has no $file"
done
# The host's private headers are not part of the SDK.
for file in registry.h pipeline.h model.h; do
  [ ! -e "$prefix/include/spectrum/$file" ] || fail "the install exposes the host header $file"
done

# --- build the template out of tree, against the install only ---------------------------------------
run configure cmake -S "$src/plugins/template" -B "$plugin_build" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
run build cmake --build "$plugin_build" -j 2
grep -q -- "-I$prefix/include\|-isystem $prefix/include" "$plugin_build/compile_commands.json" ||
  fail "the template was not compiled against the installed headers"
! grep -q -- "$src/core/include" "$plugin_build/compile_commands.json" ||
  fail "the template was compiled against the source tree's headers"
[ -f "$plugin_build/lib/spectrum/plugins/prevention.so" ] || fail "no prevention.so in the plugin's build tree"
[ -f "$plugin_build/share/spectrum/questionnaires/prevention.json" ] ||
  fail "no prevention.json in the plugin's build tree"

# --- the installed host loads the out-of-tree build with --plugin-dir --------------------------------
# Its questionnaire is found through the build tree's install-like layout, with no --questionnaire-dir.
"$prefix/bin/spectrum" plugins --json --plugin-dir "$plugin_build/lib/spectrum/plugins" >"$tmp/plugin-dir.json"
expect_eq "prevention path (--plugin-dir)" "$plugin_build/lib/spectrum/plugins/prevention.so" \
  "$(field "$tmp/plugin-dir.json" plugins id prevention path)"
expect_eq "prevention questionnaire (--plugin-dir)" "$plugin_build/share/spectrum/questionnaires/prevention.json" \
  "$(field "$tmp/plugin-dir.json" questionnaires id prevention path)"
expect_eq "leadership next to the installed host" "$prefix/lib/spectrum/plugins/leadership.so" \
  "$(field "$tmp/plugin-dir.json" plugins id leadership path)"

# --- install the plugin into the prefix: the host finds it with no options at all --------------------
run install-plugin cmake --install "$plugin_build" --prefix "$prefix"
"$prefix/bin/spectrum" plugins --json >"$tmp/installed.json"
expect_eq "prevention path (installed)" "$prefix/lib/spectrum/plugins/prevention.so" \
  "$(field "$tmp/installed.json" plugins id prevention path)"
expect_eq "prevention domain (installed)" "prevention" "$(field "$tmp/installed.json" plugins id prevention domain)"
expect_eq "prevention accepts (installed)" '[ "1.0.0", "2.0.0" ]' \
  "$(field "$tmp/installed.json" plugins id prevention accepts)"
expect_eq "prevention questionnaire (installed)" "$prefix/share/spectrum/questionnaires/prevention.json" \
  "$(field "$tmp/installed.json" questionnaires id prevention path)"
broken=$(grep -c '"reason"' "$tmp/installed.json" || true)
expect_eq "broken plugins in a clean install" "0" "$broken"

finish sdk_install
