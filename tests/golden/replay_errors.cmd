# Another index cannot be replayed; a code entered under both its old and its new
# number keeps the new one; every problem of every file is reported.
$CHISO replay tests/fixtures/replay/par-demo-2026.chiso tests/golden/files/replay/diem-sipas.yaml tests/golden/files/replay/diem-1.3-va-1.4.yaml --from examples/demo/par-demo.chiso --diagnostic-ids -o /tmp/chiso-replay-never-written.txt
echo "--- missing rules"
$CHISO replay tests/fixtures/replay/khong-co.chiso examples/demo/scores-2024.yaml --diagnostic-ids
test -e /tmp/chiso-replay-never-written.txt && echo "output written" || echo "no output file"
