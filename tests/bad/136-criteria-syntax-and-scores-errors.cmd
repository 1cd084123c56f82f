$CHISO eval tests/bad/files/136-criteria-syntax-and-scores-errors.chiso tests/bad/files/135-criteria-and-scores-errors.yaml --diagnostic-ids --lang en
