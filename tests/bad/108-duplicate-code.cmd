$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/108-duplicate-code.yaml --diagnostic-ids
