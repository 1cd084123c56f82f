$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/133-several-form-errors.yaml --diagnostic-ids
