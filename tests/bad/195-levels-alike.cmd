$CHISO check tests/bad/files/195-levels-alike.chiso --diagnostic-ids --lang en
