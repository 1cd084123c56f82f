$CHISO check tests/bad/files/070-level-amount-above-max.chiso --diagnostic-ids
