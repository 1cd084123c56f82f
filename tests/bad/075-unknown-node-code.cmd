$CHISO check tests/bad/files/075-unknown-node-code.chiso --diagnostic-ids
