$CHISO check tests/bad/files/055-unknown-statement-vietnamese.chiso --diagnostic-ids --lang en
