$CHISO check tests/bad/files/082-edit-unknown-node.chiso --diagnostic-ids
