$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/192-code-twice-with-blank.yaml --diagnostic-ids
