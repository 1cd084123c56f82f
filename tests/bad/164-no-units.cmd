$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/164-no-units.yaml --diagnostic-ids --lang en
