$CHISO check tests/bad/files/050-change-without-attribute.chiso --diagnostic-ids
