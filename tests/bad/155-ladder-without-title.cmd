$CHISO check tests/bad/files/155-ladder-without-title.chiso --diagnostic-ids --lang en
