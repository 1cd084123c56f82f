$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/380-phieu.csv --diagnostic-ids
$CHISO eval tests/bad/files/382-khao-sat-khong-danh-gia.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/380-phieu.csv --diagnostic-ids
$CHISO eval tests/bad/files/382-khao-sat-khong-danh-gia.chiso tests/bad/files/380-khao-sat.yaml --answers tests/bad/files/380-phieu.csv --lang en
