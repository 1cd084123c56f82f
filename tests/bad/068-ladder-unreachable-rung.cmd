$CHISO check tests/bad/files/068-ladder-unreachable-rung.chiso --diagnostic-ids
