#!/usr/bin/env bash
# `make lint` (and CI): every C++ file formatted by the checked-in .clang-format, the .clang-tidy
# checks clean over every C++ folder, Prettier's formatting and ESLint clean over every JavaScript and
# TypeScript file. Fix formatting with `make format`.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${JOBS:-2}"

echo "lint: clang-format"
git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run -Werror

echo "lint: prettier"
npx prettier --check --log-level warn web tools tests e2e playwright.config.ts eslint.config.js

echo "lint: eslint"
npx eslint --max-warnings 0 web tools tests e2e playwright.config.ts eslint.config.js

echo "lint: clang-tidy"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
# The generated synonym header must exist before clang-tidy reads search.cpp (configure writes it).
git ls-files 'core/src/*.cpp' 'cli/*.cpp' 'fuzz/*.cpp' |
  xargs -P "$jobs" -n 4 clang-tidy -p build/native --quiet --extra-arg=-Wno-unknown-warning-option 2>&1 |
  { grep -v -E '^[0-9]+ warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter' || true; } |
  tee build/clang-tidy.log
if grep -q -E 'error:|warning:' build/clang-tidy.log; then
  echo "lint: clang-tidy found problems (above)"
  exit 1
fi
echo "lint: all clean"
