#!/usr/bin/env bash
# Installs what the build and tests need, once: quiet and quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# binaryen (wasm-opt) comes with emscripten; named because the engine build runs it itself.
# firefox-esr and webkit2gtk-driver (WebKitWebDriver and MiniBrowser) are the cross-engine run's other
# two browsers (e2e/engines/); MiniBrowser has no headless mode, so it draws into xvfb (xvfb-run, xauth).
packages=(cmake g++ make emscripten binaryen nlohmann-json3-dev libgtest-dev chromium python3 nodejs
  firefox-esr webkit2gtk-driver xvfb xauth)
# Extras, only for the steps that need them: `install-deps.sh lint` (format and static checks),
# `install-deps.sh fuzz` (clang with libFuzzer and the sanitizer runtimes).
for extra in "$@"; do
  case "$extra" in
    lint) packages+=(clang-format clang-tidy) ;;
    fuzz) packages+=(clang libclang-rt-dev) ;;
    *) echo "install-deps.sh: unknown extra '$extra' (lint, fuzz)" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from outside Debian (the machine's own node); only ask apt for it when there is none.
if command -v node >/dev/null 2>&1; then
  missing=("${missing[@]/nodejs}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -f package-lock.json ]; then
  stamp=node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    echo "Installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
