$CHISO check tests/bad/files/001-index-without-title.chiso --diagnostic-ids
