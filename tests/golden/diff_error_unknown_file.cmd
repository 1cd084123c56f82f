$CHISO diff examples/demo/par-demo.chiso examples/demo/khong-co.chiso --scores examples/demo/khong-co.yaml --diagnostic-ids
