$CHISO check tests/bad/files/008-ranking-without-by.chiso --diagnostic-ids
