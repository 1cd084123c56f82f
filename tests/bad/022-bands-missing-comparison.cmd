$CHISO check tests/bad/files/022-bands-missing-comparison.chiso --diagnostic-ids
