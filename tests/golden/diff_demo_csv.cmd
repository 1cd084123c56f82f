$CHISO diff examples/demo/par-demo.chiso examples/demo/par-demo-2025.chiso --scores examples/demo/scores-2024.yaml --format csv
