$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/095-header-wrong-year.yaml --diagnostic-ids
