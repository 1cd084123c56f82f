$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/392-phieu-trong.csv --diagnostic-ids
$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/392-phieu-trung-cot.csv --diagnostic-ids
$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/392-phieu-trong.csv --lang en
$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/392-phieu-trung-cot.csv --lang en
