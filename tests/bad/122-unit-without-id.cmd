$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/122-unit-without-id.yaml --diagnostic-ids --lang en
