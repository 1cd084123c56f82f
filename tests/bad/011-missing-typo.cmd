$CHISO check tests/bad/files/011-missing-typo.chiso --diagnostic-ids
