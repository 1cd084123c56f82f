$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/094-header-wrong-index.yaml --diagnostic-ids --lang en
