$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/200-level-value-unknown.yaml --diagnostic-ids
