$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/127-scores-as-list.yaml --diagnostic-ids
