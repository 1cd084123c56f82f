$CHISO check tests/bad/files/049-move-without-to.chiso --diagnostic-ids
