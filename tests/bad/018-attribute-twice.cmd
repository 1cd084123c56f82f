$CHISO check tests/bad/files/018-attribute-twice.chiso --diagnostic-ids
