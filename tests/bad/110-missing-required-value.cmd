$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/110-missing-required-value.yaml --diagnostic-ids
