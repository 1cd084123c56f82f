$CHISO check tests/bad/files/059-duplicate-code.chiso --diagnostic-ids
