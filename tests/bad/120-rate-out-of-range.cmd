$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/120-rate-out-of-range.yaml --diagnostic-ids
