$CHISO report examples/demo/par-demo.chiso examples/demo/scores-2024.yaml -o /nonexistent-dir/report.html --diagnostic-ids
