$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/097-header-key-typo.yaml --diagnostic-ids --lang en
