# The acceptance reports, outlined: the same bytes twice, nothing on standard
# output with -o, the block headings, and per block the bars, cut-off lines,
# heat-map cells and slope lines (tests/browser/ checks them drawn in Chromium).
d=$(mktemp -d)
outline() {
  grep -o '<h2>Khối:[^<]*</h2>\|<h2>Block:[^<]*</h2>\|<rect class="bar"\|<line class="cut\|<line class="rank-cut\|<rect class="heat [a-z0-9-]*"\|<line class="slope' "$1" |
  awk '/<h2>/ { if (b) print b ": " n["bar"]+0 " bars, " n["cut"]+0 " cut-offs, " n["rank"]+0 " rank cut-offs, " n["cell"]+0 " heat cells (" n["na"]+0 " KAD), " n["slope"]+0 " slope lines"
                sub(/<h2>/, ""); sub(/<\/h2>/, ""); b = $0; delete n; next }
       /class="bar"/ { n["bar"]++ } /class="cut/ { n["cut"]++ } /rank-cut/ { n["rank"]++ } /slope/ { n["slope"]++ }
       /class="heat / { n["cell"]++ } /heat na/ { n["na"]++ }
       END { print b ": " n["bar"]+0 " bars, " n["cut"]+0 " cut-offs, " n["rank"]+0 " rank cut-offs, " n["cell"]+0 " heat cells (" n["na"]+0 " KAD), " n["slope"]+0 " slope lines" }'
}
$CHISO report criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml --previous examples/haiphong/par-2018-ket-qua.yaml -o "$d/hp.html" && echo "stdout: [$($CHISO report criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml --previous examples/haiphong/par-2018-ket-qua.yaml -o "$d/hp2.html")]"
cmp "$d/hp.html" "$d/hp2.html" && echo "Hải Phòng: identical"
head -c 40 "$d/hp.html"; echo
outline "$d/hp.html"
$CHISO report examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --lang en > "$d/demo.html"
outline "$d/demo.html"
rm -rf "$d"
