#!/usr/bin/env bash
# The report's layers (engine/report/CMakeLists.txt, docs/architecture.md "Report:
# views and writers"), held by the includes each folder may write:
#   view/, labels/  compute facts; they never include a writer (text/, html/, xlsx/);
#   labels/         the catalogues: core messages only (and the diff's change kinds);
#   text/, html/, xlsx/  the writers: the views, the labels and core; not another
#                   writer, and none of the phases before evaluation (dsl, resolve,
#                   check, plan, input, driver, diff's syntax tree);
#   libxlsxwriter only in xlsx/, nlohmann::json only in text/.
# Writers may not include engine/model/ or engine/eval/ headers, except the files
# listed in ALLOWED below, which still do: the list may only shrink.
set -u
cd "$(dirname "$0")/.."
status=0
fail() { echo "report layers: $*"; status=1; }

# "path: included" for every project include of the files under $1.
includes() { grep -o '#include [<"][^>"]*[>"]' "$@" /dev/null 2>/dev/null | sed 's/#include [<"]\([^>"]*\)[>"]/\1/'; }

for dir in view labels; do
  includes engine/report/$dir/* | grep -E ':engine/report/(text|html|xlsx)/' | while read -r hit; do
    echo "report layers: a view includes a writer: $hit"
  done | grep . && status=1
done

includes engine/report/labels/* | grep -E ':(dsl|engine|cli)/' | grep -vE ':(engine/core/|engine/diff/rule_diff\.hpp|engine/report/labels/)' |
  while read -r hit; do echo "report layers: a catalogue includes more than core: $hit"; done | grep . && status=1

for writer in text html xlsx; do
  others=$(echo text html xlsx | tr ' ' '\n' | grep -vx $writer | paste -sd'|')
  includes engine/report/$writer/* | grep -E ":engine/report/($others)/" |
    while read -r hit; do echo "report layers: one writer includes another: $hit"; done | grep . && status=1
  includes engine/report/$writer/* |
    grep -E ':(dsl/|engine/(resolve|check|plan|input|driver|testing|replay)/|engine/diff/syntax|engine/report/criteria_text)' |
    while read -r hit; do echo "report layers: a writer reaches before the views: $hit"; done | grep . && status=1
done

includes engine/report/*.* engine/report/view/* engine/report/labels/* engine/report/text/* engine/report/html/* |
  grep -E ':xlsxwriter' | while read -r hit; do echo "report layers: libxlsxwriter outside xlsx/: $hit"; done | grep . && status=1
includes engine/report/*.* engine/report/view/* engine/report/labels/* engine/report/html/* engine/report/xlsx/* |
  grep -E ':nlohmann/' | while read -r hit; do echo "report layers: nlohmann::json outside text/: $hit"; done | grep . && status=1

# Writers that still include the model or the results directly (the entry points
# still hand them Results and Definition; issue 13, parts "cols" and "views").
ALLOWED="
engine/report/html/html_block.hpp
engine/report/html/html_explanation.hpp
engine/report/html/html_report.hpp
"
includes engine/report/text/* engine/report/html/* engine/report/xlsx/* | grep -E ':engine/(model|eval)/' | cut -d: -f1 | sort -u |
  while read -r file; do
    echo "$ALLOWED" | grep -qx "$file" || echo "report layers: a writer includes the model or the results: $file"
  done | grep . && status=1

[ $status = 0 ] && echo "report layers: $(ls engine/report/*/* | wc -l) files checked"
exit $status
