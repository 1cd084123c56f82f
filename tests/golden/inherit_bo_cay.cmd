$CHISO check tests/golden/files/inherit_bo_cay.chiso --diagnostic-ids
