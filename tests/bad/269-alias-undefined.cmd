$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/269-alias-undefined.yaml --diagnostic-ids
