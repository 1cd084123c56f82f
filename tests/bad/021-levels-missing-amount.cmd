$CHISO check tests/bad/files/021-levels-missing-amount.chiso --diagnostic-ids --lang en
