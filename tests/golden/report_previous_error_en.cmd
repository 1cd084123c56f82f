# An error in last year's file: English messages, nothing written.
out=$(mktemp -d)/report.html
$CHISO report examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --previous tests/golden/files/years/ket-qua-sipas-2024.yaml -o "$out" --lang en --diagnostic-ids
echo "chiso exit: $?"
test -e "$out" && echo "output written" || echo "no output file"
