# Two years of scores entered under the 2024 codes, evaluated under the 2026
# rules: `--from` carries the renumbered criterion 1.3 to 1.4; the removed 2.2 is
# left out with a warning; the year of the scores need not match the rules.
$CHISO replay tests/fixtures/replay/par-demo-2026.chiso examples/demo/scores-2024.yaml tests/fixtures/years/scores-2023.yaml --from examples/demo/par-demo.chiso --diagnostic-ids
