$CHISO eval criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml --previous examples/haiphong/par-2018-ket-qua.yaml
