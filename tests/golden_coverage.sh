#!/usr/bin/env bash
# Every user-facing message of the engine and CLI catalogues must appear, by id,
# in at least one golden expectation (tests/golden/*.out, run with
# --diagnostic-ids). Parser and score-loader messages are covered message by
# message in their unit tests (tests/unit/dsl, tests/unit/input).
set -u
cd "$(dirname "$0")/.."
missing=0
ids=$(grep -ho 'MessageDef k[A-Za-z0-9]*{"[a-z]*\.[a-z0-9-]*"' \
        engine/core/*_messages.hpp engine/resolve/*_messages.hpp engine/check/*_messages.hpp engine/eval/*_messages.hpp \
        engine/driver/*_messages.hpp engine/compare/*_messages.hpp cli/*_messages.hpp \
        engine/testing/*_messages.hpp engine/input/test_case_messages.hpp engine/diff/*_messages.hpp engine/input/results_messages.hpp \
        engine/input/answer_messages.hpp engine/survey/*_messages.hpp | sed 's/.*{"\(.*\)"/\1/' | sort -u)
count=0
for id in $ids; do
  count=$((count + 1))
  if ! grep -qF "[$id]" tests/golden/*.out tests/bad/*.out 2>/dev/null; then
    echo "no golden test shows message $id"
    missing=$((missing + 1))
  fi
done
echo "$count messages, $missing without a golden test"
[ "$missing" -eq 0 ]
