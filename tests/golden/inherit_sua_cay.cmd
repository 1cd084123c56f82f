$CHISO check tests/golden/files/inherit_sua_cay.chiso --diagnostic-ids
