$CHISO diff examples/demo/par-demo-2025.chiso examples/demo/par-demo.chiso --scores examples/demo/scores-2024.yaml --diagnostic-ids
