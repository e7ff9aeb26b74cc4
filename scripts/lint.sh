#!/usr/bin/env bash
# `make lint` (and CI): every C++ file formatted by the checked-in .clang-format, the .clang-tidy
# checks clean over every C++ folder (core, CLI, scenarios, fuzz, tests, bench, wasm), Prettier's
# formatting, the page's types (tsc) and ESLint clean over every JavaScript and TypeScript file. Fix
# formatting with `make format`.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${JOBS:-2}"

echo "lint: clang-format"
git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run -Werror

echo "lint: prettier"
npx prettier --check --log-level warn web tools tests e2e playwright.config.ts eslint.config.js

echo "lint: tsc (the page against the engine's contract, web/screener/contract.d.ts)"
npx tsc -p .

echo "lint: eslint"
npx eslint --max-warnings 0 web tools tests e2e playwright.config.ts eslint.config.js

echo "lint: clang-tidy"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
# The generated synonym header must exist before clang-tidy reads search.cpp (configure writes it).
# wasm/ compiles only for WebAssembly: its compile commands come from an emcmake configure (nothing is
# built), and em++ adds its target, sysroot and defines itself, so clang-tidy gets them from
# `em++ --cflags` (less -mllvm and its argument: options for the code generator, which it never runs).
# (emcmake prints its command line on stderr: shown only if the configure fails.)
if ! configured=$(NODE_PATH=/usr/share/nodejs emcmake cmake -S . -B build/wasm-tidy -DCMAKE_BUILD_TYPE=MinSizeRel \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON 2>&1 >/dev/null); then
  echo "$configured" >&2
  exit 1
fi
read -ra em_flags <<<"$(em++ --cflags)"
wasm_args=()
for ((i = 0; i < ${#em_flags[@]}; i++)); do
  if [ "${em_flags[i]}" = -mllvm ]; then
    i=$((i + 1))
    continue
  fi
  wasm_args+=("--extra-arg=${em_flags[i]}")
done
# Every problem is listed before failing: the log decides (a crash shows as "xargs: ... signal"), not
# the first clang-tidy to exit non-zero.
{
  git ls-files 'core/src/*.cpp' 'cli/*.cpp' 'fuzz/*.cpp' 'scenarios/*.cpp' 'tests/*.cpp' 'bench/*.cpp' |
    xargs -P "$jobs" -n 4 clang-tidy -p build/native --quiet --extra-arg=-Wno-unknown-warning-option || true
  # Both engines that include wasm/bindings.cpp (with and without the test hooks) are checked.
  git ls-files 'wasm/*.cpp' |
    xargs clang-tidy -p build/wasm-tidy --quiet --extra-arg=-Wno-unknown-warning-option "${wasm_args[@]}" || true
} 2>&1 |
  { grep -v -E '^[0-9]+ warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter' || true; } |
  tee build/clang-tidy.log
if grep -q -E 'error:|warning:|^Error while|^xargs:' build/clang-tidy.log; then
  echo "lint: clang-tidy found problems (above)"
  exit 1
fi
echo "lint: all clean"
