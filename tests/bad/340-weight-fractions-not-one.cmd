$CHISO check tests/bad/files/340-weight-fractions-not-one.chiso --diagnostic-ids; $CHISO check tests/bad/files/340-weight-fractions-not-one.chiso --diagnostic-ids --lang en
