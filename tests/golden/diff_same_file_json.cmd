$CHISO diff examples/demo/par-demo.chiso examples/demo/par-demo.chiso --scores examples/demo/scores-2024.yaml --format json | head -20
