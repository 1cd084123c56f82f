$CHISO check tests/bad/files/071-duplicate-level.chiso --diagnostic-ids
