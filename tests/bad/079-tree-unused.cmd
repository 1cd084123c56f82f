$CHISO check tests/bad/files/079-tree-unused.chiso --diagnostic-ids
