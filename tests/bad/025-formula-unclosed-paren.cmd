$CHISO check tests/bad/files/025-formula-unclosed-paren.chiso --diagnostic-ids --lang en
