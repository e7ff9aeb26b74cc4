#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets with clang (ASan + UBSan) and runs each for FUZZ_SECONDS
# (default 60; FUZZ_TARGETS, FUZZ_TIMEOUT), starting from the checked-in corpus (fuzz/corpus/<target>) plus the real content.
# New interesting inputs collect in build/fuzz/corpus/<target> (not checked in); a crash leaves its
# input in build/fuzz/artifacts/ and fails. Copy a reproducer into fuzz/corpus/<target>/ (named
# repro-...) with its fix, so that ctest replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
# Seconds one input may take before libFuzzer calls it a hang: raise it on a loaded machine (the
# first inputs also load every pack, under the sanitizers).
timeout="${FUZZ_TIMEOUT:-10}"
targets=(${FUZZ_TARGETS:-json_reader json_utf8 answers pathway pack pack_structure})
build=build/fuzz

scripts/install-deps.sh fuzz
CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTHRESHOLD_FUZZ=ON >/dev/null
cmake --build "$build" -j "${JOBS:-2}" --target $(printf 'fuzz_%s ' "${targets[@]}")

mkdir -p "$build/artifacts"
for target in "${targets[@]}"; do
  work="$build/corpus/$target"
  mkdir -p "$work"
  seeds=("fuzz/corpus/$target")
  case "$target" in
    json_reader) seeds+=(content tests/fixtures) ;;
    pack | pack_structure) mkdir -p "$build/seed-packs"
          for f in content/*/pack.json; do cp "$f" "$build/seed-packs/$(basename "$(dirname "$f")").json"; done
          seeds+=("$build/seed-packs") ;;
  esac
  echo "== fuzz_$target for ${seconds}s"
  # -max_len: short inputs run hundreds of times faster and reach the same code; packs need their
  # real size (about 180 KB) to load at all.
  max_len=$(case "$target" in pack | pack_structure) echo 262144 ;; *) echo 4096 ;; esac)
  "$build/fuzz_$target" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/${target}-" "$work" "${seeds[@]}" 2>"$build/$target.log" ||
    { tail -40 "$build/$target.log"; echo "fuzz_$target FOUND A PROBLEM: input in $build/artifacts/"; exit 1; }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov: " "$build/$target.log" | tail -3
done
