$CHISO eval examples/synthetic/sipas-phieu-khao-sat.chiso examples/synthetic/sipas-phieu-khao-sat.yaml
