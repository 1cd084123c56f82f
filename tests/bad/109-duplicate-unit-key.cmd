$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/109-duplicate-unit-key.yaml --diagnostic-ids
