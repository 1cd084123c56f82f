$CHISO check tests/bad/files/014-node-without-code.chiso --diagnostic-ids
