$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/187-flag-not-in-criteria.yaml --diagnostic-ids --lang en
