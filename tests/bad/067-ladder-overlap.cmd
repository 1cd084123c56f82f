$CHISO check tests/bad/files/067-ladder-overlap.chiso --diagnostic-ids
