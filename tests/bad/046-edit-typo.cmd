$CHISO check tests/bad/files/046-edit-typo.chiso --diagnostic-ids
