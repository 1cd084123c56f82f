$CHISO check tests/bad/files/048-add-without-in.chiso --diagnostic-ids --lang en
