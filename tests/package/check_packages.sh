#!/usr/bin/env bash
# The Debian packages work as installed: unpacks every .deb that `make package` wrote with dpkg-deb -x
# into a scratch root (no dpkg database, no root) and, from there only, checks that
#   - there are three packages, versioned from the project, with dependencies from their libraries;
#   - spectrum --version, spectrum plugins and spectrum assess on an example work, the binary finding
#     its plugins, questionnaires and helper relative to itself;
#   - spectrum-studio builds its main window offscreen (--self-test);
#   - plugins/template, as spectrum-dev ships it, builds against the unpacked SDK with
#     find_package(Spectrum), is checked by the unpacked host at build time, and then loads.
#   $1 the folder of the .deb files, $2 the source dir
set -euo pipefail
debs=$(cd "$1" && pwd -P)
src=$(cd "$2" && pwd -P)
unset SPECTRUM_PLUGIN_PATH SPECTRUM_QUESTIONNAIRE_PATH SPECTRUM_PLUGIN_HOST SPECTRUM_REPORT_TEMPLATES
source "$src/tests/cli/lib/checks.sh"

tmp=$(mktemp -d)
tmp=$(cd "$tmp" && pwd -P)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
export SPECTRUM_CACHE_DIR=$tmp/cache
version=$(sed -n 's/^project(Spectrum VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
run() {  # run <log name> <command>...: quietly; shows the log when it fails
  local log=$tmp/$1.log
  shift
  "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "FAIL: $*" >&2; exit 1; }
}

# --- three packages, versioned, with their dependencies ---------------------------------------------
for package in spectrum spectrum-studio spectrum-dev; do
  deb=$(ls "$debs/${package}_"*.deb 2>/dev/null | head -1 || true)
  [ -n "$deb" ] || { fail "no ${package}_*.deb in $debs"; continue; }
  expect_eq "$package version" "$version-1" "$(dpkg-deb -f "$deb" Version)"
  expect_eq "$package name" "$package" "$(dpkg-deb -f "$deb" Package)"
  dpkg-deb -x "$deb" "$root"
done
[ "$failures" -eq 0 ] || finish check_packages
spectrum_deb=$(ls "$debs"/spectrum_*.deb)
expect_contains "spectrum depends on libc (dpkg-shlibdeps)" "libc6" "$(dpkg-deb -f "$spectrum_deb" Depends)"
expect_contains "spectrum depends on libssl (dpkg-shlibdeps)" "libssl" "$(dpkg-deb -f "$spectrum_deb" Depends)"
expect_contains "spectrum depends on libxlsxwriter (dpkg-shlibdeps)" "libxlsxwriter" \
  "$(dpkg-deb -f "$spectrum_deb" Depends)"
studio_deps=$(dpkg-deb -f "$debs"/spectrum-studio_*.deb Depends)
expect_contains "spectrum-studio depends on Qt widgets (dpkg-shlibdeps)" "libqt6widgets6" "$studio_deps"
expect_contains "spectrum-studio depends on spectrum" "spectrum (= $version-1)" "$studio_deps"
expect_contains "spectrum-dev depends on spectrum" "spectrum (= $version-1)" \
  "$(dpkg-deb -f "$debs"/spectrum-dev_*.deb Depends)"

usr=$root/usr
libdir=$(cd "$usr" && find lib -type d -path '*/spectrum/plugins' | head -1)
for file in bin/spectrum bin/spectrum-studio libexec/spectrum/spectrum-plugin-host "$libdir/leadership.so" \
    share/spectrum/questionnaires/leadership.json share/applications/spectrum-studio.desktop \
    share/icons/hicolor/scalable/apps/spectrum-studio.svg include/spectrum/plugin.h \
    share/spectrum/template/CMakeLists.txt share/doc/spectrum/copyright share/doc/spectrum-dev/copyright \
    share/doc/spectrum-studio/copyright; do
  [ -f "$usr/$file" ] || fail "the packages install no /usr/$file"
done
[ ! -e "$usr/include/spectrum/registry.h" ] || fail "spectrum-dev ships the host's private header registry.h"

# --- the CLI, from the unpacked tree -----------------------------------------------------------------
expect_contains "spectrum --version" "$version" "$("$usr/bin/spectrum" --version)"
"$usr/bin/spectrum" plugins --json >"$tmp/plugins.json" || fail "spectrum plugins failed"
builtin=$(sed -n 's/^set(SPECTRUM_BUILTIN_PLUGINS \(.*\))$/\1/p' "$src/plugins/CMakeLists.txt")
[ -n "$builtin" ] || fail "no SPECTRUM_BUILTIN_PLUGINS in plugins/CMakeLists.txt"
for plugin in $builtin; do
  expect_eq "$plugin found next to the unpacked binary" "$usr/$libdir/$plugin.so" \
    "$(field "$tmp/plugins.json" plugins id "$plugin" path)"
done
expect_eq "broken plugins or questionnaires in the packages" "0" "$(grep -c '"reason"' "$tmp/plugins.json" || true)"
mkdir -p "$tmp/out"
"$usr/bin/spectrum" assess "$src/examples/northshire.json" -o "$tmp/out/profile.json" -o "$tmp/out/report.pdf" \
  -o "$tmp/out/report.html" >"$tmp/assess.log" 2>&1 || { cat "$tmp/assess.log" >&2; fail "spectrum assess failed"; }
expect_eq "the profile scores every built-in domain" "$(wc -w <<<"$builtin")" \
  "$(grep -c '"plugin":' "$tmp/out/profile.json" || true)"
[ "$(head -c 5 "$tmp/out/report.pdf" 2>/dev/null)" = "%PDF-" ] || fail "spectrum assess wrote no PDF"

# --- the studio builds its main window, offscreen ----------------------------------------------------
studio=$(QT_QPA_PLATFORM=offscreen "$usr/bin/spectrum-studio" --self-test 2>"$tmp/studio.err") ||
  { cat "$tmp/studio.err" >&2; fail "spectrum-studio --self-test failed"; }
expect_contains "spectrum-studio --self-test" "main window shown, $(wc -w <<<"$builtin") plugins" "$studio"

# --- the template plugin builds against the unpacked SDK --------------------------------------------
cp -r "$usr/share/spectrum/template" "$tmp/template"
run configure cmake -S "$tmp/template" -B "$tmp/template-build" -DCMAKE_PREFIX_PATH="$usr" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
run build cmake --build "$tmp/template-build" -j 2
grep -q -- "-I$usr/include\|-isystem $usr/include" "$tmp/template-build/compile_commands.json" ||
  fail "the template was not compiled against the unpacked headers"
grep -q "prevention.so: ok" "$tmp/build.log" || fail "the build did not check the plugin with the unpacked host"
plugin_dir=$(dirname "$(find "$tmp/template-build" -name prevention.so | head -1)")
"$usr/bin/spectrum" plugins --json --plugin-dir "$plugin_dir" >"$tmp/template.json"
expect_eq "the template plugin loads" "prevention" "$(field "$tmp/template.json" plugins id prevention domain)"

finish check_packages
