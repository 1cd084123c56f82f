$CHISO check tests/bad/files/040-condition-unknown-value.chiso --diagnostic-ids --lang en
