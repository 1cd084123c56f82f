$CHISO check tests/bad/files/038-condition-vietnamese-and.chiso --diagnostic-ids
