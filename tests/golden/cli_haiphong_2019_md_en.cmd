$CHISO eval criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml --format md --lang en
