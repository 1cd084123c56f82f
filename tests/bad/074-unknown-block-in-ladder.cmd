$CHISO check tests/bad/files/074-unknown-block-in-ladder.chiso --diagnostic-ids
