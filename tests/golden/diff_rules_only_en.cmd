$CHISO diff examples/demo/par-demo.chiso examples/demo/par-demo-2025.chiso --lang en
