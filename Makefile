# Convenience wrappers around CMake. `make demo` and `make test` work on a fresh Debian bookworm machine.
BUILD   ?= build
PRESET  ?= default
PREFIX  ?= /usr/local
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= examples/northshire.json

FUZZ_SECONDS ?= 300
FUZZERS      := assessment questionnaire profile response sink

.PHONY: all deps configure build demo test bench install clean check-sanitizers fuzz

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD)/CMakeCache.txt ]; then cmake --preset $(PRESET); fi

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@mkdir -p out
	$(BUILD)/bin/spectrum assess $(EXAMPLE)
	$(BUILD)/bin/spectrum assess $(EXAMPLE) -o out/profile.json -o out/report.html -o out/report.pdf -o out/report.md -o out/report.csv
	@echo "demo: wrote out/profile.json and the reports in out/"

test: build
	cd $(BUILD) && ctest --output-on-failure --no-tests=error -j $(JOBS)

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

bench: build
	bash bench/run.sh

install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) build-asan build-fuzz out
