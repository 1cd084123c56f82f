$CHISO check tests/bad/files/053-remove-node-outside-edit.chiso --diagnostic-ids
