$CHISO check tests/bad/files/023-bands-arrow-typo.chiso --diagnostic-ids
