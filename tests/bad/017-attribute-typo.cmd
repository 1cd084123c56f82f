$CHISO check tests/bad/files/017-attribute-typo.chiso --diagnostic-ids --lang en
