$CHISO check tests/bad/files/091-several-structure-errors.chiso --diagnostic-ids --lang en
