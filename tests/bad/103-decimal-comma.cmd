$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/103-decimal-comma.yaml --diagnostic-ids
