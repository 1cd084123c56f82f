# Without the rules the scores were entered for, 1.3 is unknown to the 2026 rules
# and the renumbered 1.4 has no score: the missing-value policy of the rules applies.
$CHISO replay tests/fixtures/replay/par-demo-2026.chiso examples/demo/scores-2024.yaml --diagnostic-ids --lang en
