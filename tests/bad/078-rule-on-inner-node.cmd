$CHISO check tests/bad/files/078-rule-on-inner-node.chiso --diagnostic-ids --lang en
