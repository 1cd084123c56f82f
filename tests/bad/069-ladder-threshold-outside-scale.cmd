$CHISO check tests/bad/files/069-ladder-threshold-outside-scale.chiso --diagnostic-ids --lang en
