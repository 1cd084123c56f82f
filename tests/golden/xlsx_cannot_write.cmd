# The directory does not exist: libxlsxwriter's reason is quoted, nothing is left behind.
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --format xlsx -o /nonexistent-chiso-dir/kq.xlsx --diagnostic-ids
