$CHISO check tests/bad/files/061-weights-not-100.chiso --diagnostic-ids
