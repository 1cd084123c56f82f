$CHISO check tests/bad/files/341-weight-zero-denominator.chiso --diagnostic-ids; $CHISO check tests/bad/files/341-weight-zero-denominator.chiso --diagnostic-ids --lang en
