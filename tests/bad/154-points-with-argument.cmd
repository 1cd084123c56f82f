$CHISO check tests/bad/files/154-points-with-argument.chiso --diagnostic-ids
