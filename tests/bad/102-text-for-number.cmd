$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/102-text-for-number.yaml --diagnostic-ids
