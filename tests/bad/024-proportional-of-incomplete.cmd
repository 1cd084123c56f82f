$CHISO check tests/bad/files/024-proportional-of-incomplete.chiso --diagnostic-ids
