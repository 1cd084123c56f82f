#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/) with clang into build-fuzz and runs each
# one for SECONDS seconds, one fuzzer process at a time, then prints the executions
# per harness and in total. Usage:
#   scripts/fuzz.sh [SECONDS] [HARNESS...]     (default: 60 s; parse check scores eval; also fast_scores, kernel,
#                                               answer_sheet: the survey CSV reader, seeded with every *.csv)
# The corpus of each harness starts from the repository's criteria and score files,
# copied at run time into build-fuzz/corpus/<harness>/ (kept between runs, never
# committed); crashes, hangs and leaks go to build-fuzz/artifacts/<harness>/.
# Extra libFuzzer flags: CHISO_FUZZ_FLAGS="-only_ascii=1 …". A build with UBSan
# only (several times more executions per second, no ASan):
#   CHISO_FUZZ_BUILD=build-fuzz-ubsan CHISO_FUZZ_SANITIZERS=undefined scripts/fuzz.sh 600
# See fuzz/README.md.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(parse check scores eval)
build=${CHISO_FUZZ_BUILD:-build-fuzz}

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCHISO_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCHISO_FUZZ_SANITIZERS="${CHISO_FUZZ_SANITIZERS:-address,undefined}" >/dev/null || exit 2
fi
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" -j2 --target "${targets[@]}" || exit 2

# Seeds: every criteria file for the parser and the checker, every YAML file for
# the loader and the evaluation (test cases too: wrong shapes are good seeds).
seed() {
  local harness=$1 corpus=$build/corpus/$1
  mkdir -p "$corpus"
  local pattern='*.chiso'
  case $harness in scores|fast_scores|eval|kernel) pattern='*.yaml' ;; answer_sheet) pattern='*.csv' ;; esac
  find criteria examples tests/golden/files tests/cases fuzz/seeds -type f -name "$pattern" 2>/dev/null |
    while read -r f; do cp "$f" "$corpus/seed-$(printf '%s' "$f" | tr '/' '_')"; done
}

dict_of() {
  case $1 in parse|check) echo fuzz/chiso.dict ;; answer_sheet) echo fuzz/csv.dict ;; *) echo fuzz/yaml.dict ;; esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

total=0
status=0
report=()
for h in "${harnesses[@]}"; do
  seed "$h"
  mkdir -p "$build/artifacts/$h" "$build/logs"
  log=$build/logs/fuzz_$h.log
  echo "== fuzz_$h: ${seconds}s (log: $log)"
  # One process: without -jobs/-workers libFuzzer fuzzes in this process
  # (-jobs=1 -workers=1 would fork one child and send its output to fuzz-0.log).
  # shellcheck disable=SC2086
  "$build/fuzz/fuzz_$h" "$build/corpus/$h" \
    -dict="$(dict_of "$h")" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$root/$build/artifacts/$h/" ${CHISO_FUZZ_FLAGS:-} >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  runs=${runs:-0}
  total=$((total + runs))
  if [ $rc -ne 0 ]; then
    status=1
    report+=("fuzz_$h: $runs executions — FAILED (exit $rc), see $log and $build/artifacts/$h/")
    grep -m3 -E 'ERROR: |runtime error|invariant failed|SUMMARY' "$log" | sed 's/^/    /'
  else
    report+=("fuzz_$h: $runs executions")
  fi
  echo "   ${report[-1]}"
done

echo
echo "Executions per harness:"
printf '  %s\n' "${report[@]}"
echo "Total: $total executions"
exit $status
