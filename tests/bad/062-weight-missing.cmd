$CHISO check tests/bad/files/062-weight-missing.chiso --diagnostic-ids
