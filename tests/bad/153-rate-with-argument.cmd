$CHISO check tests/bad/files/153-rate-with-argument.chiso --diagnostic-ids
