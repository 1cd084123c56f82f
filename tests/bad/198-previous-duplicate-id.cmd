$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml --previous tests/bad/files/198-previous-duplicate-id.yaml --diagnostic-ids
