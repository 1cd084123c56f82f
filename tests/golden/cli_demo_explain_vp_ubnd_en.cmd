$CHISO explain examples/demo/par-demo.chiso examples/demo/scores-2024.yaml vp-ubnd --lang en
