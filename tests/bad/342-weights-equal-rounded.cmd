$CHISO check tests/bad/files/342-weights-equal-rounded.chiso --diagnostic-ids; $CHISO check tests/bad/files/342-weights-equal-rounded.chiso --diagnostic-ids --lang en
