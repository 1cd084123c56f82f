# On an error in last year's file no output file is written.
out=$(mktemp -d)/ket-qua.txt
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --previous tests/golden/files/years/ket-qua-sipas-2024.yaml -o "$out" --lang en
echo "chiso exit: $?"
test -e "$out" && echo "output written" || echo "no output file"
