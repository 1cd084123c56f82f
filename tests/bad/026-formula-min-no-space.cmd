$CHISO check tests/bad/files/026-formula-min-no-space.chiso --diagnostic-ids
