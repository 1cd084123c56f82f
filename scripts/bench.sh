#!/usr/bin/env bash
# The benchmark suite (bench/README.md): installs what is missing, builds chiso
# and the benchmarks in Release, generates the national-size inputs under
# build/bench-data and prints the table of figures, targets and pandas ratios.
# CHISO_BENCH_QUICK=1 runs small sizes only (a check that the suite works).
# Run it on an otherwise idle machine: figures are wall-clock times.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target chiso chiso_bench chiso_bench_gen
quick=()
[ "${CHISO_BENCH_QUICK:-0}" = 1 ] && quick=(--quick)
exec ./build/bench/chiso_bench --chiso build/chiso --data build/bench-data "${quick[@]}"
