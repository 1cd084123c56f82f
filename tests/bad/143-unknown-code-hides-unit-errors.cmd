$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/143-unknown-code-hides-unit-errors.yaml --diagnostic-ids --lang en
