$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/193-blanks-accepted.yaml --diagnostic-ids
