$CHISO check tests/bad/files/015-node-without-title.chiso --diagnostic-ids
