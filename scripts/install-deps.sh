#!/usr/bin/env bash
# Installs the Debian packages Spectrum needs to build, test and demo, but only those missing:
# each is checked with dpkg-query, and apt-get runs only when something is not installed.
set -euo pipefail

packages=(
  g++ cmake make pkg-config            # toolchain
  libboost-dev                         # Boost.DLL (header-only) to load plugins
  nlohmann-json3-dev                   # JSON for every file format
  libcli11-dev                         # command-line parsing
  libmimalloc-dev                      # the CLI's memory allocator (faster folder runs)
  libssl-dev                           # SHA-256 of plugins and questionnaires (provenance)
  catch2                               # tests
  qt6-base-dev qt6-svg-dev libqt6opengl6-dev  # reports (PDF) and the desktop app
  libxlsxwriter-dev                    # XLSX workbooks for regulators, and respondent workbooks
  libzip-dev libpugixml-dev            # reading filled respondent workbooks back (XLSX: zip of XML)
  libcsv-dev                           # reading survey-tool CSV exports (quotes, line breaks, separators)
  python3-openpyxl                     # tests fill respondent workbooks as a person would
  poppler-utils                        # pdftotext/pdftoppm: tests read back the PDF report
  python3-jsonschema                   # tests check the JSON Schemas against the loaders' fixtures
  zlib1g-dev                           # tests read the XLSX workbook's zip members
  xvfb xauth                           # screenshots of the desktop app in a real window
  chromium chromium-driver python3-selenium  # tests drive the respondent form in a real headless browser
  fonts-dejavu-core                    # a font to embed in PDFs on a bare machine
  locales                              # de_DE.UTF-8: tests prove numbers never follow the locale ("2,50")
  procps                               # pgrep: tests check that plugins' processes are gone
  clang-14 libfuzzer-14-dev            # make fuzz: libFuzzer harnesses with ASan and UBSan
  clang-format                         # make check-format: CI checks every C++ file's layout
  lintian dpkg-dev                     # make package: checks the .deb files; dpkg-shlibdeps for their Depends
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

sudo=""
need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to $1" >&2; exit 1; }
    sudo="sudo"
  fi
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  need_root "install: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The locale tests run under (a decimal comma): generated once, only when missing.
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf-\?8'; then
  echo "install-deps: generating the de_DE.UTF-8 locale"
  need_root "generate the de_DE.UTF-8 locale"
  $sudo localedef -i de_DE -f UTF-8 de_DE.UTF-8
fi
