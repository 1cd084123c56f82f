$CHISO check tests/bad/files/152-deduction-per-without-amount.chiso --diagnostic-ids --lang en
