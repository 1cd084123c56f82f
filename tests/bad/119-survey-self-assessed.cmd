$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/119-survey-self-assessed.yaml --diagnostic-ids
