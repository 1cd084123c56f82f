$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/101-negative-value.yaml --diagnostic-ids
