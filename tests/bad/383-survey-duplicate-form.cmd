$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/383-phieu-trung-ma.csv --diagnostic-ids
$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/383-phieu-trung-ma.csv --lang en
