$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/214-value-va-tham-dinh.yaml --diagnostic-ids
