$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/144-ratio-written-as-percent-number.yaml --diagnostic-ids --format csv
