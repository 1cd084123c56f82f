$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/134-several-content-errors.yaml --diagnostic-ids --lang en
