$CHISO check tests/bad/files/083-edit-unknown-ladder.chiso --diagnostic-ids
