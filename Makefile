# The two front-door commands: `make run` and `make test`. Everything they need is installed first.
.PHONY: all deps native wasm site run test test-native test-e2e dist bench clean

PORT ?= 8080
NATIVE := build/native
WASM := build/wasm
JOBS ?= 2

all: native wasm site

deps:
	@scripts/install-deps.sh

native: deps
	@cmake -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(NATIVE) -j $(JOBS)

wasm: deps
	@NODE_PATH=/usr/share/nodejs emcmake cmake -S . -B $(WASM) -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null
	@NODE_PATH=/usr/share/nodejs cmake --build $(WASM) -j $(JOBS)

site: native wasm
	@if [ -f tools/build-site.mjs ]; then node tools/build-site.mjs; fi

run: site
	@echo "Threshold Screener: http://127.0.0.1:$(PORT)/"
	@cd build/site 2>/dev/null || cd web; python3 -m http.server $(PORT) --bind 127.0.0.1

test: site test-native test-e2e

test-native: native
	@cd $(NATIVE) && ctest --output-on-failure -j $(JOBS)

test-e2e: site
	@if ls e2e/*.spec.* >/dev/null 2>&1; then npx playwright test; fi

dist: site
	@node tools/build-site.mjs --dist

bench: site
	@$(NATIVE)/threshold_bench
	@if [ -f tools/bench.mjs ]; then node tools/bench.mjs; fi

clean:
	rm -rf build dist
