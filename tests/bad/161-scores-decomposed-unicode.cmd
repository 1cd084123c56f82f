$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/161-scores-decomposed-unicode.yaml --diagnostic-ids
