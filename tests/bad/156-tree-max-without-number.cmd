$CHISO check tests/bad/files/156-tree-max-without-number.chiso --diagnostic-ids
