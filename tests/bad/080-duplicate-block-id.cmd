$CHISO check tests/bad/files/080-duplicate-block-id.chiso --diagnostic-ids
