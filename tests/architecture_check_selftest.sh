#!/usr/bin/env bash
# tests/architecture_check.sh must fail on what it is there to catch: run on a copy
# of the source tree with one forbidden include added at a time.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
expect_failure() {  # $1: file to add, $2: its text, $3: the message expected
  rm -rf "$tmp/tree" && mkdir -p "$tmp/tree" && cp -r "$src/dsl" "$src/engine" "$tmp/tree/"
  mkdir -p "$(dirname "$tmp/tree/$1")" && printf '%s\n' "$2" >"$tmp/tree/$1"
  if out=$("$here/architecture_check.sh" "$tmp/tree" 2>&1); then
    echo "NOT CAUGHT: $1 ($2)"; status=1
  elif ! grep -qF "$3" <<<"$out"; then
    echo "WRONG MESSAGE for $1: $out"; status=1
  else
    echo "caught: $1"
  fi
}
expect_failure engine/eval/forbidden.cpp '#include "dsl/ast.hpp"' 'engine/eval/forbidden.cpp:1: includes "dsl/ast.hpp"'
expect_failure engine/model/forbidden.hpp '#include "engine/eval/results.hpp"' 'which engine/model may not see'
expect_failure engine/input/forbidden.hpp '#include "engine/testing/run_case.hpp"' 'which engine/input may not see'
expect_failure engine/report/forbidden.cpp '#include "dsl/print.hpp"' 'which engine/report may not see'
# the writers see the views and core only, never the model, the results or the view builder
expect_failure engine/report/html/forbidden.cpp '#include "engine/model/definition.hpp"' 'which engine/report/html may not see'
expect_failure engine/report/text/forbidden.cpp '#include "engine/report/build/report_views.hpp"' 'which engine/report/text may not see'
expect_failure engine/report/xlsx/forbidden.hpp '#include "engine/eval/results.hpp"' 'which engine/report/xlsx may not see'
expect_failure engine/report/view/forbidden.hpp '#include "engine/compare/year_comparison.hpp"' 'which engine/report/view may not see'
expect_failure dsl/forbidden.cpp '#include "engine/model/definition.hpp"' 'which dsl may not see'
expect_failure engine/eval/yaml_here.cpp '#include <yaml.h>' 'only engine/input/ may see'
expect_failure engine/newphase/x.cpp '#include "engine/core/source.hpp"' 'no rule for its directory'
# and the tree as it is passes
"$here/architecture_check.sh" "$src" >/dev/null || { echo "the source tree itself fails"; status=1; }
exit $status
