$CHISO check tests/bad/files/012-block-without-name.chiso --diagnostic-ids
