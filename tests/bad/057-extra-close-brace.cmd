$CHISO check tests/bad/files/057-extra-close-brace.chiso --diagnostic-ids
