$CHISO check tests/bad/files/090-several-syntax-errors.chiso --diagnostic-ids
