$CHISO check tests/bad/files/002-locality-name-only.chiso --diagnostic-ids --lang en
