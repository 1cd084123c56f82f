$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml --previous tests/bad/files/197-previous-id-case.yaml --diagnostic-ids
