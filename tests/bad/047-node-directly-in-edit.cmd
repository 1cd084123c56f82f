$CHISO check tests/bad/files/047-node-directly-in-edit.chiso --diagnostic-ids
