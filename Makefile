# Convenience wrappers around CMake. `make demo` and `make test` work on a fresh Debian bookworm machine.
BUILD   ?= build
PRESET  ?= default
PREFIX  ?= /usr/local
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= examples/northshire.json

.PHONY: all deps configure build demo test bench install clean

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

bench: build
	bash bench/run.sh

install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) out
