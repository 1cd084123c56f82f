$CHISO check tests/bad/files/032-unterminated-title.chiso --diagnostic-ids --lang en
