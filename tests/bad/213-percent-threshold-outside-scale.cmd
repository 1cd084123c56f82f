$CHISO check tests/bad/files/213-nguong-120.chiso --diagnostic-ids --lang en
