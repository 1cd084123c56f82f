$CHISO check tests/bad/files/009-ranking-tiebreak-shared.chiso --diagnostic-ids --lang en
