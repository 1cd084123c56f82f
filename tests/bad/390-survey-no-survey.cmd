$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml --answers tests/bad/files/380-phieu.csv --diagnostic-ids
$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml --answers tests/bad/files/380-phieu.csv --lang en
