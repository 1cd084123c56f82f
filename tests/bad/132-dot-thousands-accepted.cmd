$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/132-dot-thousands-accepted.yaml --diagnostic-ids --format csv
