#!/usr/bin/env bash
# tests/report_layers_check.sh must fail on what it is there to catch: run on a copy
# of engine/ with one forbidden include added at a time.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
expect_failure() {  # $1: file to add, $2: its text, $3: the message expected
    rm -rf "$tmp/tree" && mkdir -p "$tmp/tree" && cp -r "$here/../engine" "$tmp/tree/"
    mkdir -p "$(dirname "$tmp/tree/$1")" && printf '%s\n' "$2" >"$tmp/tree/$1"
    if out=$("$here/report_layers_check.sh" "$tmp/tree" 2>&1); then
        echo "NOT CAUGHT: $1 ($2)"; status=1
    elif ! grep -qF "$3" <<<"$out"; then
        echo "WRONG MESSAGE for $1: $out"; status=1
    else
        echo "caught: $1"
    fi
}
expect_failure engine/report/html/x.cpp '#include "engine/report/build/report_views.hpp"' 'a writer includes the view builder'
expect_failure engine/report/text/x.cpp '#include "engine/report/report.hpp"' 'a writer includes the view builder or an entry point'
expect_failure engine/report/xlsx/x.cpp '#include "engine/report/html/html_writer.hpp"' 'one writer includes another'
expect_failure engine/report/view/x.hpp '#include "engine/report/build/block_facts.hpp"' 'a view includes the builder'
expect_failure engine/report/build/x.cpp '#include "engine/report/text/csv_cells.hpp"' 'the view builder includes a writer'
expect_failure engine/report/labels/x.hpp '#include "engine/eval/results.hpp"' 'a catalogue includes more than core'
expect_failure engine/report/html/x.cpp '#include <nlohmann/json.hpp>' 'nlohmann::json outside'
expect_failure engine/report/text/x.cpp '#include <xlsxwriter.h>' 'libxlsxwriter outside xlsx/'
"$here/report_layers_check.sh" >/dev/null || { echo "the source tree itself fails"; status=1; }
exit $status
