$CHISO check tests/bad/files/073-unknown-tree.chiso --diagnostic-ids --lang en
