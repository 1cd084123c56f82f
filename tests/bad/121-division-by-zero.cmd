$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/121-division-by-zero.yaml --diagnostic-ids
