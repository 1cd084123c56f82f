$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/128-unknown-answer.yaml --diagnostic-ids
