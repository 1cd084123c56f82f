$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/145-rate-written-as-fraction.yaml --diagnostic-ids --format csv
