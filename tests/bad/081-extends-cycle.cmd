$CHISO check tests/bad/files/081-extends-cycle.chiso --diagnostic-ids --lang en
