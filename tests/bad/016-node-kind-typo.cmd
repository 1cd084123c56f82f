$CHISO check tests/bad/files/016-node-kind-typo.chiso --diagnostic-ids
