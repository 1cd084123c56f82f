$CHISO check tests/bad/files/035-rung-without-when.chiso --diagnostic-ids
