$CHISO check tests/bad/files/033-backslash-in-title.chiso --diagnostic-ids
