$CHISO check criteria/haiphong/par-2019.chiso examples/demo/par-demo.chiso
