$CHISO check tests/bad/files/076-formula-unknown-input.chiso --diagnostic-ids
