$CHISO check tests/bad/files/006-publish-vietnamese-word.chiso --diagnostic-ids
