$CHISO show --resolved examples/synthetic/sipas-phieu-khao-sat.chiso
