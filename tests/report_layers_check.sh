#!/usr/bin/env bash
# The report's layers (engine/report/CMakeLists.txt, docs/architecture.md "Report:
# views and writers"), held by the includes each folder may write:
#   view/, labels/  what crosses to the writers: plain data, core only (the per-folder
#                   allow-list of tests/architecture_check.sh), and never the view
#                   builder (build/), a writer or an entry point;
#   build/          the view builder: Results and the Definition to views; never a writer;
#   text/, html/, xlsx/  the writers: the views, the labels and core (architecture_check.sh);
#                   not another writer, not the view builder, not an entry point;
#   libxlsxwriter only in xlsx/; nlohmann::json only in text/ and the
#   replay's entry point (replay_report.cpp), which nests the JSON of each year.
# The writers also link nothing but chiso_report_view and core (ctest report.writers_link).
#   tests/report_layers_check.sh [ROOT]     (ROOT: the source tree, default: this one)
set -u
cd "${1:-$(dirname "$0")/..}" || exit 2
status=0
r=engine/report

# "path: included" for every include of the files under the folders given.
includes() {
    local files=()
    for dir in "$@"; do
        local folder="$r/$dir"
        [ "$dir" = . ] && folder=$r
        for f in "$folder"/*; do [ -f "$f" ] && files+=("$f"); done
    done
    [ ${#files[@]} = 0 ] && return
    grep -o '#include [<"][^>"]*[>"]' "${files[@]}" /dev/null 2>/dev/null | sed 's/#include [<"]\([^>"]*\)[>"]/\1/'
}
refuse() {  # $1: message; reads "path:included" lines
    local found=0
    while read -r hit; do echo "report layers: $1: $hit"; found=1; done
    return $found
}
top="$r/[a-z_]+\\.hpp"  # the entry points' headers (report.hpp, diff_report.hpp, replay_report.hpp)

includes view labels | grep -E ":($r/(build|text|html|xlsx)/|$top\$)" |
    refuse "a view includes the builder, a writer or an entry point" || status=1
includes labels | grep -E ':(dsl|engine|cli)/' | grep -vE ":(engine/core/|$r/labels/)" |
    refuse "a catalogue includes more than core" || status=1
includes build | grep -E ":$r/(text|html|xlsx)/" | refuse "the view builder includes a writer" || status=1

for writer in text html xlsx; do
    others=$(echo text html xlsx | tr ' ' '\n' | grep -vx $writer | paste -sd'|')
    includes $writer | grep -E ":$r/($others)/" | refuse "one writer includes another" || status=1
    includes $writer | grep -E ":($r/build/|$top\$)" | refuse "a writer includes the view builder or an entry point" || status=1
done

includes . view labels build text html | grep -E ':xlsxwriter' |
    refuse "libxlsxwriter outside xlsx/" || status=1
includes . view labels build html xlsx | grep -E ':nlohmann/' | grep -v "^$r/replay_report.cpp:" |
    refuse "nlohmann::json outside text/ and the replay" || status=1

[ $status = 0 ] && echo "report layers: $(ls $r/*/* | wc -l) files checked"
exit $status
