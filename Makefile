# The two front-door commands: `make run` and `make test`. Everything they need is installed first.
.PHONY: all deps native wasm site run test test-native test-wasm test-e2e test-browsers dist bench clean lint format sanitize fuzz

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
	@node tools/build-site.mjs

run: site
	@echo "Threshold Screener: http://127.0.0.1:$(PORT)/"
	@cd build/site && python3 -m http.server $(PORT) --bind 127.0.0.1

test: site test-native test-wasm test-e2e test-browsers

test-native: native
	@cd $(NATIVE) && ctest --output-on-failure -j $(JOBS)

# The engine module in Node: imports as ESM, never throws, no leak over 5,000 calls; the page's
# engine layer over the engine in a worker; and what it sends against web/screener/contract.d.ts.
test-wasm: wasm
	@node tests/engine_node_test.mjs
	@node tests/engine_worker_test.mjs
	@node tests/contract_test.mjs

test-e2e: site
	@npx playwright test

# The same flows in Chromium, Firefox ESR and WebKitGTK (e2e/engines/, e2e/README.md): a screening in
# every pack, a pathway, the widget on the demo host, the offline file. Serves build/site on
# TS_ENGINES_PORT (default 8092); `timeout` because a browser driver can hang rather than fail.
test-browsers: site
	@timeout 600 node e2e/engines/run.mjs

dist: site
	@node tools/build-site.mjs --dist

bench: site
	@$(NATIVE)/threshold_bench
	@node tools/bench.mjs
	@node tools/stress.mjs

# Checks CI enforces (.ci/run): formatting, clang-tidy, ESLint, the page's types. `make format` applies
# clang-format and Prettier.
lint: deps
	@scripts/install-deps.sh lint
	@scripts/lint.sh

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i
	@npx prettier --write --log-level warn web tools tests e2e playwright.config.ts eslint.config.js

# Every ctest test (unit, scenarios, CLI contract, fuzz corpus replay) and every pack's scenarios
# through the CLI, under AddressSanitizer and UndefinedBehaviorSanitizer (also in CI).
SANITIZE := build/sanitize
sanitize: deps
	@cmake -S . -B $(SANITIZE) -DCMAKE_BUILD_TYPE=Debug -DTHRESHOLD_SANITIZE=ON >/dev/null
	@cmake --build $(SANITIZE) -j $(JOBS)
	@cd $(SANITIZE) && ctest --output-on-failure -j $(JOBS)
	@for pack in content/*/pack.json; do $(SANITIZE)/threshold scenarios --pack $$pack || exit 1; done

# libFuzzer, FUZZ_SECONDS per target (default 60): scripts/fuzz.sh says where findings go.
fuzz:
	@scripts/fuzz.sh

clean:
	rm -rf build dist
