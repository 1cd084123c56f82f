$CHISO check tests/bad/files/060-children-max-sum.chiso --diagnostic-ids --lang en
