$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/150-code-with-space.yaml --diagnostic-ids
