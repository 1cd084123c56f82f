$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/111-empty-value.yaml --diagnostic-ids --lang en
