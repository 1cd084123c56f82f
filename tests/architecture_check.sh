#!/usr/bin/env bash
# The arrows of docs/architecture.md, checked on the includes themselves: every
# library's include path is the whole source tree, so `#include "dsl/ast.hpp"` in
# engine/eval/ would compile even though chiso_eval does not link chiso_dsl. Each
# directory below may include only the directories (or single headers) listed for
# it; a directory with no rule fails too, so a new phase states its arrows here.
#   tests/architecture_check.sh [ROOT]     (ROOT: the source tree, default: this one)
set -u
root=${1:-"$(dirname "$0")/.."}
cd "$root" || exit 2

# directory -> allowed include prefixes (a prefix ending in .hpp is one header)
declare -A allow=(
  [engine/core]="engine/core"
  [engine/model]="engine/model engine/core dsl/rule_words.hpp"
  [dsl]="dsl engine/core engine/model/policies.hpp"
  [engine/input]="engine/input engine/core"
  [engine/resolve]="engine/resolve engine/model engine/core dsl"
  [engine/check]="engine/check engine/model engine/core"
  [engine/plan]="engine/plan engine/model engine/core"
  [engine/columns]="engine/columns engine/model engine/core"
  [engine/bind]="engine/bind engine/plan engine/model engine/input engine/core"
  [engine/kernel]="engine/kernel engine/bind engine/columns engine/plan engine/model engine/input engine/core"
  [engine/eval]="engine/eval engine/kernel engine/bind engine/columns engine/plan engine/model engine/input engine/core"
  [engine/compare]="engine/compare engine/columns engine/eval engine/plan engine/model engine/input engine/core"
  # Survey answer sheets: the model's `survey` applied to the input's answer table
  # (engine/plan for the block a unit names, as eval finds it).
  [engine/survey]="engine/survey engine/plan engine/model engine/input engine/core"
  [engine/driver]="engine/driver engine/columns engine/compare engine/eval engine/plan engine/check engine/resolve engine/survey engine/model engine/input engine/core dsl/parser.hpp dsl/origins.hpp dsl/ast.hpp"
  [engine/testing]="engine/testing engine/columns engine/driver engine/compare engine/eval engine/plan engine/model engine/input engine/core"
  [engine/diff]="engine/diff engine/columns engine/eval engine/plan engine/model engine/input engine/core dsl/print.hpp dsl/origins.hpp"
  [engine/replay]="engine/replay engine/columns engine/driver engine/compare engine/check engine/resolve engine/diff engine/eval engine/plan engine/model engine/input engine/core"
  [engine/report]="engine/report engine/columns engine/diff engine/compare engine/eval engine/plan engine/model engine/input engine/core"
  # The report's views and writers see neither the model nor the results: only the
  # views (plain data) and core; the view builder (engine/report/build) makes them.
  [engine/report/view]="engine/report/view engine/report/labels engine/core"
  [engine/report/labels]="engine/report/labels engine/core"
  [engine/report/text]="engine/report/text engine/report/view engine/report/labels engine/core"
  [engine/report/html]="engine/report/html engine/report/view engine/report/labels engine/core"
  [engine/report/xlsx]="engine/report/xlsx engine/report/view engine/report/labels engine/core"
)
# Third-party headers with one home: PEGTL in dsl/parser.cpp's phase, libyaml in input.
declare -A only=([tao/pegtl]="dsl" [yaml.h]="engine/input")

status=0
rule_for() {  # the longest directory with a rule that holds file $1
  local dir=$(dirname "$1") best=""
  while [ "$dir" != "." ] && [ -n "$dir" ]; do
    if [ -n "${allow[$dir]+x}" ]; then best=$dir; break; fi
    dir=$(dirname "$dir")
  done
  echo "$best"
}

# One pass over every include (file:line:text), matched in the shell: no process per line.
declare -A seen=()
checked=0
while IFS= read -r f; do
  rule=$(rule_for "$f")
  if [ -z "$rule" ]; then
    echo "$f: no rule for its directory in tests/architecture_check.sh: say which phases it may include"
    status=1
  fi
  seen[$f]=$rule
  checked=$((checked + 1))
done < <(find dsl engine \( -name '*.cpp' -o -name '*.hpp' \) | sort)

include_re='^[[:space:]]*#[[:space:]]*include[[:space:]]*([<"])([^">]*)[">]'
while IFS= read -r hit; do
  f=${hit%%:*}
  rest=${hit#*:}
  n=${rest%%:*}
  text=${rest#*:}
  [[ $text =~ $include_re ]] || continue
  kind=${BASH_REMATCH[1]}
  inc=${BASH_REMATCH[2]}
  rule=${seen[$f]:-}
  [ -z "$rule" ] && continue
  if [ "$kind" = "<" ]; then
    for lib in "${!only[@]}"; do
      if [[ "$inc" == "$lib"* && "$f" != ${only[$lib]}/* ]]; then
        echo "$f:$n: includes <$inc>, which only ${only[$lib]}/ may see"
        status=1
      fi
    done
    continue
  fi
  ok=0
  for a in ${allow[$rule]}; do
    if [ "$inc" = "$a" ] || { [[ "$a" != *.hpp ]] && [[ "$inc" == "$a"/* ]]; }; then ok=1; break; fi
  done
  if [ $ok = 0 ]; then
    echo "$f:$n: includes \"$inc\", which $rule may not see (allowed: ${allow[$rule]})"
    status=1
  fi
done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include' dsl engine --include='*.cpp' --include='*.hpp')
echo "$checked files checked against the arrows"
exit $status
