$CHISO check tests/bad/files/149-percent-with-space.chiso --diagnostic-ids --lang en
