$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/112-na-not-allowed.yaml --diagnostic-ids
