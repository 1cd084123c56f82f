$CHISO check tests/bad/files/020-levels-missing-arrow.chiso --diagnostic-ids
