$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/381-phieu-ngoai-thang.csv --diagnostic-ids
$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/381-phieu-ngoai-thang.csv --lang en
