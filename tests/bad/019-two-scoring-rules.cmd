$CHISO check tests/bad/files/019-two-scoring-rules.chiso --diagnostic-ids
