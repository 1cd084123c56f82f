$CHISO check tests/bad/files/343-geometric-weights-too-fine.chiso --diagnostic-ids; $CHISO check tests/bad/files/343-geometric-weights-too-fine.chiso --diagnostic-ids --lang en
