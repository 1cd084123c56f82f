$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/380-phieu-sai-cot.csv --diagnostic-ids
$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/380-phieu-sai-cot.csv --lang en
