$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/096-header-wrong-locality.yaml --diagnostic-ids
