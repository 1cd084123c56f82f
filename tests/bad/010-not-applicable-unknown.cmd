$CHISO check tests/bad/files/010-not-applicable-unknown.chiso --diagnostic-ids
