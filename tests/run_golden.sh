#!/usr/bin/env bash
# Runs one golden case: <case>.cmd is a shell line using $CHISO; its combined
# stdout+stderr followed by "exit: N" must equal <case>.out byte for byte.
# CHISO_UPDATE_GOLDEN=1 rewrites the expectation instead (review the diff!).
set -u
export CHISO="$1"
case_file="$2"
expected="${case_file%.cmd}.out"
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
( bash -c "$(cat "$case_file")" ) >"$actual" 2>&1 </dev/null
echo "exit: $?" >>"$actual"
if [ "${CHISO_UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$actual" "$expected"
  exit 0
fi
if [ ! -f "$expected" ]; then
  echo "missing expectation $expected; actual output:"; cat "$actual"; exit 1
fi
if ! diff -u "$expected" "$actual"; then
  echo "golden mismatch for $case_file"; exit 1
fi
