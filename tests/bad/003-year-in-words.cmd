$CHISO check tests/bad/files/003-year-in-words.chiso --diagnostic-ids
