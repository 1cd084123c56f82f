$CHISO eval tests/bad/files/co_so.chiso tests/bad/files/diem-hop-le.yaml --diagnostic-ids --lang en
