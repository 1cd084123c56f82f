# The directory does not exist: the reason is given, nothing is left behind.
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --format xlsx -o /nonexistent-chiso-dir/kq.xlsx --diagnostic-ids
