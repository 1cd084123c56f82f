$CHISO check tests/bad/files/148-code-with-trailing-dot.chiso --diagnostic-ids
