$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/201-only-blanks.yaml --diagnostic-ids --lang en
