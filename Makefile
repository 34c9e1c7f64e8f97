# Convenience wrappers around CMake. `make demo`, `make test` and `make package` work on a fresh Debian
# bookworm machine: they run `make deps` (scripts/install-deps.sh, the only target that may call
# apt-get) first. `make build` never installs anything.
BUILD   ?= build
PRESET  ?= default
PREFIX  ?= /usr/local
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= examples/northshire.json

FUZZ_SECONDS ?= 300
FUZZERS      := assessment questionnaire profile response sink

CLI_ONLY_BUILD ?= build-cli-only

.PHONY: all deps configure build demo test package check-cli-only check-format format bench install clean check-sanitizers fuzz

all: build

deps:
	@bash scripts/install-deps.sh

configure:
	@if [ ! -f $(BUILD)/CMakeCache.txt ]; then cmake --preset $(PRESET); fi

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: deps build
	@mkdir -p out
	$(BUILD)/bin/spectrum assess $(EXAMPLE)
	$(BUILD)/bin/spectrum assess $(EXAMPLE) -o out/profile.json -o out/report.html -o out/report.pdf -o out/report.md -o out/report.csv
	@echo "demo: wrote out/profile.json and the reports in out/"

test: deps build
	cd $(BUILD) && ctest --output-on-failure --no-tests=error -j $(JOBS)

# Debian packages (spectrum, spectrum-studio, spectrum-dev) in $(BUILD)/packages, checked by lintian
# (an error fails) and then unpacked and run by tests/package/check_packages.sh.
package: deps build
	rm -rf $(BUILD)/packages
	cd $(BUILD) && cpack -G DEB
	lintian --fail-on error $(BUILD)/packages/*.deb
	bash tests/package/check_packages.sh $(BUILD)/packages .

# The build a packager without Qt makes: SPECTRUM_BUILD_STUDIO=OFF SPECTRUM_BUILD_PDF=OFF, the CLI only,
# checked by tests/package/check_cli_only.sh (no libQt6 linked, PDF refused with exit 2).
# Every C++ file laid out as .clang-format says (Debian's clang-format); `make format` rewrites them.
check-format: deps
	bash scripts/check-format.sh

format: deps
	bash scripts/check-format.sh --fix

check-cli-only:
	@if [ ! -f $(CLI_ONLY_BUILD)/CMakeCache.txt ]; then cmake -S . -B $(CLI_ONLY_BUILD) \
	  -DSPECTRUM_BUILD_STUDIO=OFF -DSPECTRUM_BUILD_PDF=OFF -DSPECTRUM_BUILD_TESTS=OFF \
	  -DSPECTRUM_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=Release; fi
	cmake --build $(CLI_ONLY_BUILD) -j $(JOBS) --target spectrum
	bash tests/package/check_cli_only.sh $(CLI_ONLY_BUILD) .

# The whole test suite built with AddressSanitizer and UBSan (the asan preset, build-asan/). Leak
# reports are off: Qt and the fontconfig cache keep memory until exit by design.
check-sanitizers: deps
	@if [ ! -f build-asan/CMakeCache.txt ]; then cmake --preset asan -DSPECTRUM_BUILD_BENCH=OFF; fi
	cmake --build build-asan -j $(JOBS)
	cd build-asan && SPECTRUM_SANITIZED=1 ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ctest --output-on-failure --no-tests=error -j $(JOBS)

# libFuzzer harnesses (tests/fuzz, clang-14 with ASan and UBSan), FUZZ_SECONDS each (default 300;
# .ci/run uses less). New inputs that raise coverage stay in build-fuzz/corpus; a crash fails.
fuzz: deps
	@if [ ! -f build-fuzz/CMakeCache.txt ]; then CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz \
	  -DSPECTRUM_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo; fi
	cmake --build build-fuzz -j $(JOBS)
	@for f in $(FUZZERS); do \
	  mkdir -p build-fuzz/corpus/$$f build-fuzz/crashes && \
	  echo "fuzz_$$f: $(FUZZ_SECONDS) s" && \
	  build-fuzz/bin/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=build-fuzz/crashes/$$f- build-fuzz/corpus/$$f tests/fuzz/corpus/$$f \
	    >build-fuzz/fuzz_$$f.log 2>&1 || { tail -60 build-fuzz/fuzz_$$f.log; exit 1; }; \
	done; echo "fuzz: no crash in $(FUZZERS)"

bench: deps build
	bash bench/run.sh

install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) build-asan build-fuzz $(CLI_ONLY_BUILD) out
