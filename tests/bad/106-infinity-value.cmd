$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/106-infinity-value.yaml --diagnostic-ids
