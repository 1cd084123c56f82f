$CHISO check tests/bad/files/045-edit-without-extends.chiso --diagnostic-ids
