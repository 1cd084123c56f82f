$CHISO eval tests/bad/files/391-khao-sat-trong-so.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/391-phieu-trong-so.csv --diagnostic-ids
$CHISO eval tests/bad/files/391-khao-sat-trong-so.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/391-phieu-trong-so.csv --lang en
