$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/123-tab-indentation.yaml --diagnostic-ids
