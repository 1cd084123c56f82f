$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/099-unknown-code.yaml --diagnostic-ids
