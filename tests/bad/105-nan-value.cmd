$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/105-nan-value.yaml --diagnostic-ids
