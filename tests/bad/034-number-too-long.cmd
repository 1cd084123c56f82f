$CHISO check tests/bad/files/034-number-too-long.chiso --diagnostic-ids
