$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/107-duplicate-unit.yaml --diagnostic-ids --lang en
