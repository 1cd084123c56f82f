# The byte-order mark is for CSV only.
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --bom --diagnostic-ids
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --format xlsx -o kq.xlsx --bom --lang en --diagnostic-ids
