$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/130-number-form.yaml --diagnostic-ids
