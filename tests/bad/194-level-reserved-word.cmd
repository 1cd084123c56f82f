$CHISO check tests/bad/files/194-level-reserved-word.chiso --diagnostic-ids
