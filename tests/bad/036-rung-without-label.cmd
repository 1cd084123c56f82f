$CHISO check tests/bad/files/036-rung-without-label.chiso --diagnostic-ids --lang en
