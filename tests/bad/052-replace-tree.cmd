$CHISO check tests/bad/files/052-replace-tree.chiso --diagnostic-ids --lang en
