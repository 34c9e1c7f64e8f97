#!/usr/bin/env bash
# Installs the Debian packages Spectrum needs to build, test and demo, but only those missing:
# each is checked with dpkg-query, and apt-get runs only when something is not installed.
set -euo pipefail

packages=(
  g++ cmake make pkg-config            # toolchain
  libboost-dev                         # Boost.DLL (header-only) to load plugins
  nlohmann-json3-dev                   # JSON for every file format
  libcli11-dev                         # command-line parsing
  libssl-dev                           # SHA-256 of plugins and questionnaires (provenance)
  catch2                               # tests
  qt6-base-dev qt6-svg-dev libqt6opengl6-dev  # reports (PDF) and the desktop app
  libxlsxwriter-dev                    # XLSX workbooks for regulators
  poppler-utils                        # pdftotext/pdftoppm: tests read back the PDF report
  python3-jsonschema                   # tests check the JSON Schemas against the loaders' fixtures
  zlib1g-dev                           # tests read the XLSX workbook's zip members
  xvfb xauth                           # screenshots of the desktop app in a real window
  fonts-dejavu-core                    # a font to embed in PDFs on a bare machine
  procps                               # pgrep: tests check that plugins' processes are gone
  clang-14 libfuzzer-14-dev            # make fuzz: libFuzzer harnesses with ASan and UBSan
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
