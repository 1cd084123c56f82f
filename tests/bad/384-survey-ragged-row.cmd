$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/384-phieu-le-hang.csv --diagnostic-ids
$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/384-phieu-le-hang.csv --lang en
