$CHISO check tests/bad/files/037-condition-arrow-ge.chiso --diagnostic-ids
