$CHISO explain tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml so-tu-phap --answers tests/bad/files/380-phieu.csv
