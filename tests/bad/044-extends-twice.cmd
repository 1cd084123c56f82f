$CHISO check tests/bad/files/044-extends-twice.chiso --diagnostic-ids --lang en
