$CHISO explain examples/synthetic/sipas-phieu-khao-sat.chiso examples/synthetic/sipas-phieu-khao-sat.yaml bach-long-vi
