$CHISO check tests/bad/files/029-answers-missing-brace.chiso --diagnostic-ids --lang en
