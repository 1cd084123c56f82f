$CHISO show --definition examples/demo/par-demo.chiso
