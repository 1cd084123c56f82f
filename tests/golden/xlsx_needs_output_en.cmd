$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --format xlsx --lang en --diagnostic-ids
