#!/usr/bin/env bash
# Checks that every C++ file in the repository is laid out as .clang-format says, with Debian's
# clang-format (14 on bookworm). Prints each file that differs and exits 1; `make format` fixes them.
# Usage: scripts/check-format.sh [--fix]
set -euo pipefail
cd "$(dirname "$0")/.."

tool=""
for candidate in clang-format clang-format-14; do
  if command -v "$candidate" >/dev/null; then tool=$candidate; break; fi
done
[ -n "$tool" ] || { echo "check-format: clang-format is not installed (make deps installs it)" >&2; exit 2; }

mapfile -t files < <(git ls-files -- '*.cpp' '*.h' '*.hpp' '*.cc')  # .h.in are CMake templates, not C++
if [ "${1:-}" = "--fix" ]; then
  "$tool" -i "${files[@]}"
  echo "check-format: formatted ${#files[@]} files"
  exit 0
fi

bad=()
for f in "${files[@]}"; do
  "$tool" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -ne 0 ]; then
  echo "check-format: ${#bad[@]} of ${#files[@]} files differ from .clang-format ($("$tool" --version)):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  echo "check-format: run 'make format' to fix them" >&2
  exit 1
fi
echo "check-format: all ${#files[@]} C++ files follow .clang-format"
