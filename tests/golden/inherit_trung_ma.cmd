$CHISO check tests/golden/files/inherit_trung_ma.chiso --diagnostic-ids
