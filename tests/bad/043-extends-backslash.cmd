$CHISO check tests/bad/files/043-extends-backslash.chiso --diagnostic-ids
