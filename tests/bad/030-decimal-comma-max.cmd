$CHISO check tests/bad/files/030-decimal-comma-max.chiso --diagnostic-ids
